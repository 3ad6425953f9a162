package io.srebench.run.archfixture;

import javafx.scene.control.Label;

/** Makes an import ADR 0001 forbids, so that ForbiddenImportsTest can show the rule failing on it. Never used. */
public final class RunUsesJavaFx {
    private Label forbidden;

    private RunUsesJavaFx() {
    }

    Label forbidden() {
        return forbidden;
    }
}
