package io.srebench.agent.archfixture;

import io.srebench.run.BenchmarkRunner;

/** Makes an import ADR 0001 forbids, so that ForbiddenImportsTest can show the rule failing on it. Never used. */
public final class AgentUsesRun {
    private BenchmarkRunner forbidden;

    private AgentUsesRun() {
    }

    BenchmarkRunner forbidden() {
        return forbidden;
    }
}
