package io.srebench.common.archfixture;

import io.srebench.trajectory.RunStatus;

/** Makes an import ADR 0001 forbids, so that ForbiddenImportsTest can show the rule failing on it. Never used. */
public final class CommonUsesTrajectory {
    private RunStatus forbidden;

    private CommonUsesTrajectory() {
    }

    RunStatus forbidden() {
        return forbidden;
    }
}
