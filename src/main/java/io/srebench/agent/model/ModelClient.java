package io.srebench.agent.model;

/**
 * Sends a conversation to a model and returns its reply. Implementations are the provider clients
 * ({@code io.srebench.agent.provider}) and {@link RetryingModelClient}, which wraps one of them.
 *
 * <p>A provider client makes exactly one HTTP attempt per call (SDK retries are disabled); retrying is
 * {@link RetryingModelClient}'s job. Failures are always {@link ModelCallException}; their messages never
 * contain the API key.
 */
public interface ModelClient {
    ModelReply complete(ModelRequest request) throws ModelCallException;
}
