package io.srebench.sandbox.archfixture;

import io.srebench.agent.Agent;

/** Makes an import ADR 0001 forbids, so that ForbiddenImportsTest can show the rule failing on it. Never used. */
public final class SandboxUsesAgent {
    private Agent forbidden;

    private SandboxUsesAgent() {
    }

    Agent forbidden() {
        return forbidden;
    }
}
