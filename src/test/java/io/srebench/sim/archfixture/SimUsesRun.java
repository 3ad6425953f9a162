package io.srebench.sim.archfixture;

import io.srebench.run.Leaderboard;

/** Makes an import ADR 0001 forbids, so that ForbiddenImportsTest can show the rule failing on it. Never used. */
public final class SimUsesRun {
    private Leaderboard forbidden;

    private SimUsesRun() {
    }

    Leaderboard forbidden() {
        return forbidden;
    }
}
