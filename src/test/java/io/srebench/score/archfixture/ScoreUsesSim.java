package io.srebench.score.archfixture;

import io.srebench.sim.Simulator;

/** Makes an import ADR 0001 forbids, so that ForbiddenImportsTest can show the rule failing on it. Never used. */
public final class ScoreUsesSim {
    private Simulator forbidden;

    private ScoreUsesSim() {
    }

    Simulator forbidden() {
        return forbidden;
    }
}
