package io.srebench.studio.kit.archfixture;

import io.srebench.studio.compare.CompareViewModel;

/** Makes an import ADR 0001 forbids, so that ForbiddenImportsTest can show the rule failing on it. Never used. */
public final class KitUsesCompare {
    private CompareViewModel forbidden;

    private KitUsesCompare() {
    }

    CompareViewModel forbidden() {
        return forbidden;
    }
}
