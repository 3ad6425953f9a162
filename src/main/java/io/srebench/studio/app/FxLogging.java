package io.srebench.studio.app;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Quiets JavaFX's start-up warning about running from the classpath (our supported layout, see
 * ADR 0001): users should see our messages, not toolkit noise. The logger is held strongly, or
 * java.util.logging would forget the level.
 */
public final class FxLogging {
    private static final Logger PLATFORM = Logger.getLogger("com.sun.javafx.application.PlatformImpl");
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private FxLogging() {
    }

    public static void quiet() {
        PLATFORM.setLevel(Level.SEVERE);
        JAVAFX.setLevel(Level.SEVERE);
    }
}
