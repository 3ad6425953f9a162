package io.srebench.trajectory;

/**
 * The model a run used, as recorded. Deliberately without the key and without the key's variable name.
 *
 * @param kind {@code openai}, {@code anthropic} or {@code openai-compatible}
 */
public record EndpointInfo(String name, String kind, String model, String reasoningEffort, Integer maxTokens,
                           Integer thinkingBudget) {
}
