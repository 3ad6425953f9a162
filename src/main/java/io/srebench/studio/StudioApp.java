package io.srebench.studio;

import io.srebench.store.SqliteStore;
import io.srebench.studio.app.FxBackgroundExecutor;
import io.srebench.studio.app.StudioContext;
import io.srebench.studio.app.StudioSettings;
import io.srebench.common.UserDirs;
import java.nio.file.Path;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * The studio application. Named parameters: {@code --db=FILE} (default: the embedded store in the
 * user's data dir), {@code --tasks=DIR} (default: the bundled tasks), {@code --demo=true} (run the
 * baseline agents on the bundled tasks without asking).
 */
public final class StudioApp extends Application {
    public static final String TITLE = "srebench studio";

    private StudioContext ctx;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        Map<String, String> named = getParameters().getNamed();
        Path db = named.containsKey("db") ? Path.of(named.get("db")) : SqliteStore.defaultFile();
        Path tasks = named.containsKey("tasks") ? Path.of(named.get("tasks")) : null;
        StudioSettings settings = new StudioSettings(UserDirs.current().config().resolve("studio.properties"));
        MainWindow.applyTheme(settings.darkMode());
        SqliteStore store;
        try {
            store = SqliteStore.open(db);
        } catch (RuntimeException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage());
            a.setHeaderText("Cannot open the store");
            a.showAndWait();
            Platform.exit();
            return;
        }
        ctx = new StudioContext(store, new FxBackgroundExecutor(3), settings, tasks);
        window = new MainWindow(ctx);
        Studio.configure(window);
        stage.setTitle(TITLE + " — " + db);
        stage.setScene(new Scene(window, 1500, 920));
        stage.show();
        if (Boolean.parseBoolean(named.getOrDefault("smoke", "false"))) {
            // CI smoke test: the window opened on a real (virtual) display; say so and leave
            Platform.runLater(() -> {
                System.out.println("studio window shown: " + stage.getTitle()); // checkstyle: the CI smoke line
                Platform.exit();
            });
            return;
        }
        window.firstLaunch(Boolean.parseBoolean(named.getOrDefault("demo", "false")));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
        if (ctx != null) {
            ctx.close();
        }
    }
}
