package io.srebench.sandbox.kubernetes;

/**
 * A sandbox pod could not start or stopped serving commands: unschedulable, image pull failed, evicted,
 * deleted, or its exec stream was lost. The message is one line starting with {@code kubernetes:}; the run
 * that owned the pod ends errored, which {@code resume --retry-errored} runs again.
 */
public final class SandboxPodException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SandboxPodException(String message) {
        super(oneLine(message));
    }

    public SandboxPodException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    private static String oneLine(String s) {
        String m = s == null ? "kubernetes: unknown failure" : s.replaceAll("\\s+", " ").trim();
        return m.startsWith("kubernetes:") ? m : "kubernetes: " + m;
    }
}
