package io.srebench.store.archfixture;

import io.srebench.studio.StudioLauncher;

/** Makes an import ADR 0001 forbids, so that ForbiddenImportsTest can show the rule failing on it. Never used. */
public final class StoreUsesStudio {
    private StudioLauncher forbidden;

    private StoreUsesStudio() {
    }

    StudioLauncher forbidden() {
        return forbidden;
    }
}
