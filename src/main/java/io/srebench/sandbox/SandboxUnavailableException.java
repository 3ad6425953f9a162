package io.srebench.sandbox;

/** Thrown when the required isolation (bubblewrap) cannot be used and falling back is not allowed. */
public final class SandboxUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SandboxUnavailableException(String message) {
        super(message);
    }
}
