package io.srebench.cli.archfixture;

import io.srebench.studio.runs.RunsView;

/** Makes an import ADR 0001 forbids, so that ForbiddenImportsTest can show the rule failing on it. Never used. */
public final class CliUsesStudioView {
    private RunsView forbidden;

    private CliUsesStudioView() {
    }

    RunsView forbidden() {
        return forbidden;
    }
}
