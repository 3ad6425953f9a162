package io.srebench.task.archfixture;

import io.srebench.score.Score;

/** Makes an import ADR 0001 forbids, so that ForbiddenImportsTest can show the rule failing on it. Never used. */
public final class TaskUsesScore {
    private Score forbidden;

    private TaskUsesScore() {
    }

    Score forbidden() {
        return forbidden;
    }
}
