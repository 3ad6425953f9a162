package io.srebench.cli.archfixture;

import javafx.scene.control.Label;

/** Makes an import ADR 0001 forbids, so that ForbiddenImportsTest can show the rule failing on it. Never used. */
public final class CliUsesJavaFx {
    private Label forbidden;

    private CliUsesJavaFx() {
    }

    Label forbidden() {
        return forbidden;
    }
}
