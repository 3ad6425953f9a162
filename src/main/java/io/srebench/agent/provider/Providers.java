package io.srebench.agent.provider;

import io.srebench.agent.model.Endpoint;
import io.srebench.agent.model.EnvLookup;
import io.srebench.agent.model.ModelClient;
import io.srebench.agent.model.RetryPolicy;
import io.srebench.agent.model.RetryingModelClient;
import io.srebench.agent.model.Sleeper;
import java.util.Random;

/** Builds the model client for an endpoint: the provider's SDK client wrapped in our retries. */
public final class Providers {
    private Providers() {
    }

    /** The single-attempt SDK client for {@code endpoint}. */
    public static ModelClient direct(Endpoint endpoint, EnvLookup env) {
        return switch (endpoint.kind()) {
            case ANTHROPIC -> new AnthropicMessagesClient(endpoint, env);
            case OPENAI, OPENAI_COMPATIBLE -> new OpenAiChatClient(endpoint, env);
            default -> throw new IllegalArgumentException("unknown endpoint kind " + endpoint.kind());
        };
    }

    /** The client with retries, reading keys from the process environment. */
    public static ModelClient create(Endpoint endpoint) {
        return create(endpoint, EnvLookup.SYSTEM, RetryPolicy.DEFAULT, Sleeper.REAL);
    }

    public static ModelClient create(Endpoint endpoint, EnvLookup env, RetryPolicy policy, Sleeper sleeper) {
        return new RetryingModelClient(direct(endpoint, env), policy, sleeper, new Random());
    }
}
