package io.srebench.report.archfixture;

import io.srebench.store.SqliteStore;

/** Makes an import ADR 0001 forbids, so that ForbiddenImportsTest can show the rule failing on it. Never used. */
public final class ReportUsesStore {
    private SqliteStore forbidden;

    private ReportUsesStore() {
    }

    SqliteStore forbidden() {
        return forbidden;
    }
}
