package io.srebench.studio.archfixture;

import io.srebench.cli.SrebenchCommand;

/** Makes an import ADR 0001 forbids, so that ForbiddenImportsTest can show the rule failing on it. Never used. */
public final class StudioUsesCli {
    private SrebenchCommand forbidden;

    private StudioUsesCli() {
    }

    SrebenchCommand forbidden() {
        return forbidden;
    }
}
