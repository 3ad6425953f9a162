package io.srebench.agent.trajectory;

import io.srebench.agent.model.Endpoint;

/**
 * The model a run used, as recorded. Deliberately without the key and without the key's variable name.
 *
 * @param kind {@code openai}, {@code anthropic} or {@code openai-compatible}
 */
public record EndpointInfo(String name, String kind, String model, String reasoningEffort, Integer maxTokens,
                           Integer thinkingBudget) {

    public static EndpointInfo of(Endpoint e) {
        return e == null ? null : new EndpointInfo(e.name(), e.kind().id(), e.model(), e.reasoningEffort(), e.maxTokens(),
                e.thinkingBudget());
    }
}
