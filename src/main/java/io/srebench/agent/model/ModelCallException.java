package io.srebench.agent.model;

import java.time.Duration;

/**
 * A model call that failed. A run that ends with one is marked errored, never scored.
 *
 * <p>The message is one line, names the endpoint, and never contains an API key.
 */
public class ModelCallException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the call failed. */
    public enum Kind {
        RATE_LIMITED, SERVER_ERROR, TIMEOUT, CONNECTION, CONTEXT_LENGTH, AUTH, BAD_REQUEST, BAD_RESPONSE, MISSING_KEY,
        OTHER
    }

    private final Kind kind;
    private final boolean retryable;
    private final int status;
    private final transient Duration retryAfter;

    /**
     * @param status HTTP status, or 0 when there was no HTTP response
     * @param retryAfter the server's Retry-After, or null
     */
    public ModelCallException(String message, Kind kind, boolean retryable, int status, Duration retryAfter) {
        super(message);
        this.kind = kind;
        this.retryable = retryable;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    public boolean retryable() {
        return retryable;
    }

    /** HTTP status, or 0 when there was no HTTP response. */
    public int status() {
        return status;
    }

    /** The server's requested wait, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The prompt no longer fits the model's context window: retrying the same request cannot help. */
    public boolean contextLength() {
        return kind == Kind.CONTEXT_LENGTH;
    }
}
