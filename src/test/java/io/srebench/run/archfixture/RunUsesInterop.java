package io.srebench.run.archfixture;

import io.srebench.interop.ImportService;

/** Makes an import ADR 0001 forbids, so that ForbiddenImportsTest can show the rule failing on it. Never used. */
public final class RunUsesInterop {
    private ImportService forbidden;

    private RunUsesInterop() {
    }

    ImportService forbidden() {
        return forbidden;
    }
}
