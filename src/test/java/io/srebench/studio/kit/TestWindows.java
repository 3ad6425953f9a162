package io.srebench.studio.kit;

import io.srebench.store.SqliteStore;
import io.srebench.studio.MainWindow;
import io.srebench.studio.app.BackgroundExecutor;
import io.srebench.studio.app.StudioContext;
import io.srebench.studio.app.StudioSettings;
import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** How the studio TestFX tests put what they test on screen. */
public final class TestWindows {
    private TestWindows() {
    }

    /** A main window on {@code store} (direct background work, in-memory settings, the bundled tasks). */
    public static MainWindow mainWindow(SqliteStore store) {
        return new MainWindow(new StudioContext(store, BackgroundExecutor.direct(), StudioSettings.inMemory(),
                Path.of(System.getProperty("user.dir"), "tasks")));
    }

    /** Shows {@code root} alone on {@code stage}, {@code width} by {@code height}. */
    public static void show(Stage stage, Parent root, double width, double height) {
        stage.setScene(new Scene(root, width, height));
        stage.show();
    }
}
