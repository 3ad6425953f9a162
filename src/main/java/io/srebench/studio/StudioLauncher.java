package io.srebench.studio;

import javafx.application.Application;

/** Starts the JavaFX toolkit and the studio application; returns when the window closes. */
public final class StudioLauncher {
    private StudioLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(StudioApp.class, args);
    }
}
