package io.srebench.studio;

import io.srebench.studio.app.FxLogging;
import javafx.application.Application;

/**
 * Starts the JavaFX toolkit and the studio application; returns when the window closes.
 * Arguments are JavaFX named parameters, e.g. {@code --db=/path/to/srebench.db}.
 */
public final class StudioLauncher {
    private StudioLauncher() {
    }

    public static void launch(String[] args) {
        FxLogging.quiet();
        Application.launch(StudioApp.class, args);
    }
}
