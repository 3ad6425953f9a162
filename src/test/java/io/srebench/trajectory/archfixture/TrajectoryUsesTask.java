package io.srebench.trajectory.archfixture;

import io.srebench.task.EntityRef;

/** Makes an import ADR 0001 forbids, so that ForbiddenImportsTest can show the rule failing on it. Never used. */
public final class TrajectoryUsesTask {
    private EntityRef forbidden;

    private TrajectoryUsesTask() {
    }

    EntityRef forbidden() {
        return forbidden;
    }
}
