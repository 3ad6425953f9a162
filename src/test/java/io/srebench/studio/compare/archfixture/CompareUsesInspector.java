package io.srebench.studio.compare.archfixture;

import io.srebench.studio.inspector.InspectorViewModel;

/** Makes an import ADR 0001 forbids, so that ForbiddenImportsTest can show the rule failing on it. Never used. */
public final class CompareUsesInspector {
    private InspectorViewModel forbidden;

    private CompareUsesInspector() {
    }

    InspectorViewModel forbidden() {
        return forbidden;
    }
}
