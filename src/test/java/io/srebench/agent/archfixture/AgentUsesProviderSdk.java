package io.srebench.agent.archfixture;

import com.openai.client.OpenAIClient;

/** Makes an import ADR 0001 forbids, so that ForbiddenImportsTest can show the rule failing on it. Never used. */
public final class AgentUsesProviderSdk {
    private OpenAIClient forbidden;

    private AgentUsesProviderSdk() {
    }

    OpenAIClient forbidden() {
        return forbidden;
    }
}
