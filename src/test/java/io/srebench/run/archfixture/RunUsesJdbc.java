package io.srebench.run.archfixture;

import java.sql.Connection;

/** Makes an import ADR 0001 forbids, so that ForbiddenImportsTest can show the rule failing on it. Never used. */
public final class RunUsesJdbc {
    private Connection forbidden;

    private RunUsesJdbc() {
    }

    Connection forbidden() {
        return forbidden;
    }
}
