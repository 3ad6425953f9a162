package io.srebench.studio.endpoints;

import io.srebench.trajectory.ChatMessage;
import io.srebench.agent.model.Endpoint;
import io.srebench.agent.model.EnvLookup;
import io.srebench.agent.model.ModelReply;
import io.srebench.agent.model.ModelRequest;
import io.srebench.agent.provider.Providers;
import java.util.List;

/** Sends one tiny request to an endpoint to check that the URL, model and key work. */
@FunctionalInterface
public interface ConnectionTester {
    /**
     * @return a one-line description of the success
     * @throws Exception the failure, whose message is shown (never contains the key)
     */
    String test(Endpoint endpoint) throws Exception;

    /** The real thing: one attempt through {@link Providers}, keys from the process environment, 64 output tokens. */
    ConnectionTester PROVIDERS = e -> {
        Endpoint small = new Endpoint(e.name(), e.kind(), e.baseUrl(), e.model(), e.apiKeyEnv(), e.prices(),
                e.reasoningEffort(), e.maxTokens() == null ? 64 : Math.min(e.maxTokens(), 64), null, 60.0);
        ModelReply reply = Providers.direct(small, EnvLookup.SYSTEM).complete(new ModelRequest(List.of(
                new ChatMessage.User(ChatMessage.User.TASK, "Reply with the single word OK.")), List.of()));
        return "connected: " + e.model() + " answered in " + reply.latencyMs() + " ms (" + reply.usage().input() + " in / "
                + reply.usage().output() + " out tokens)";
    };
}
