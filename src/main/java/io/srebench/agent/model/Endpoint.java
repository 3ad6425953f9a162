package io.srebench.agent.model;

import io.srebench.trajectory.EndpointInfo;
import java.util.Objects;

/**
 * A model behind an API: what a model agent talks to. Safe to serialise: it names the environment variable
 * holding the key, never the key, which is read from that variable at call time only.
 *
 * @param name the user's label for it (e.g. {@code gpt41}, {@code local-qwen})
 * @param kind which API it speaks
 * @param baseUrl API base URL; null for the provider's default (for OpenAI-compatible servers include
 *     {@code /v1}, e.g. {@code http://localhost:11434/v1})
 * @param model model id sent to the API
 * @param apiKeyEnv NAME of the environment variable holding the key; may be null for local
 *     OpenAI-compatible servers that need none
 * @param prices per-million-token prices; null to look the model up in the {@link PriceTable}
 * @param reasoningEffort OpenAI {@code reasoning_effort} ({@code minimal|low|medium|high}), or null
 * @param maxTokens cap on output tokens per call, or null for the default (OpenAI: server default,
 *     Anthropic: 16384, which the API requires)
 * @param thinkingBudget Anthropic extended-thinking budget in tokens, or null for no extended thinking
 * @param timeoutSeconds per-attempt HTTP timeout; null for 600 s
 */
public record Endpoint(String name, EndpointKind kind, String baseUrl, String model, String apiKeyEnv, Prices prices,
                       String reasoningEffort, Integer maxTokens, Integer thinkingBudget, Double timeoutSeconds) {
    public static final double DEFAULT_TIMEOUT_SECONDS = 600;

    public Endpoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(model, "model");
    }

    /** The endpoint with only the essentials set. */
    public static Endpoint of(String name, EndpointKind kind, String baseUrl, String model, String apiKeyEnv) {
        return new Endpoint(name, kind, baseUrl, model, apiKeyEnv, null, null, null, null, null);
    }

    public double timeoutOrDefault() {
        return timeoutSeconds == null ? DEFAULT_TIMEOUT_SECONDS : timeoutSeconds;
    }

    public Endpoint withPrices(Prices p) {
        return new Endpoint(name, kind, baseUrl, model, apiKeyEnv, p, reasoningEffort, maxTokens, thinkingBudget,
                timeoutSeconds);
    }

    public Endpoint withTimeoutSeconds(double seconds) {
        return new Endpoint(name, kind, baseUrl, model, apiKeyEnv, prices, reasoningEffort, maxTokens, thinkingBudget,
                seconds);
    }

    /** What a trajectory records of this endpoint: never the key, nor the key's variable name. */
    public EndpointInfo info() {
        return new EndpointInfo(name, kind.id(), model, reasoningEffort, maxTokens, thinkingBudget);
    }
}
