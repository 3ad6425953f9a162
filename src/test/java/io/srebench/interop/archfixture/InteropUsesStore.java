package io.srebench.interop.archfixture;

import io.srebench.store.SqliteStore;

/** Makes an import ADR 0001 forbids, so that ForbiddenImportsTest can show the rule failing on it. Never used. */
public final class InteropUsesStore {
    private SqliteStore forbidden;

    private InteropUsesStore() {
    }

    SqliteStore forbidden() {
        return forbidden;
    }
}
