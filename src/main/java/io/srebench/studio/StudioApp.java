package io.srebench.studio;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.srebench.store.SqliteStore;
import io.srebench.studio.app.FxBackgroundExecutor;
import io.srebench.studio.app.StudioSettings;
import io.srebench.studio.runs.RunsView;
import io.srebench.studio.runs.RunsViewModel;
import io.srebench.task.UserDirs;
import java.nio.file.Path;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/** The studio window: a toolbar, and tabs for the runs browser and opened runs. */
public final class StudioApp extends Application {
    public static final String TITLE = "srebench studio";

    private SqliteStore store;
    private FxBackgroundExecutor executor;
    private RunsView runsView;

    @Override
    public void start(Stage stage) {
        Map<String, String> named = getParameters().getNamed();
        Path db = named.containsKey("db") ? Path.of(named.get("db")) : SqliteStore.defaultFile();
        StudioSettings settings = new StudioSettings(UserDirs.current().config().resolve("studio.properties"));
        applyTheme(settings.darkMode());
        executor = new FxBackgroundExecutor(3);
        try {
            store = SqliteStore.open(db);
        } catch (RuntimeException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage());
            a.setHeaderText("Cannot open the store");
            a.showAndWait();
            Platform.exit();
            return;
        }
        RunsViewModel runs = new RunsViewModel(store, executor);
        runsView = new RunsView(runs, r -> { });
        TabPane tabs = new TabPane(new Tab("Runs", runsView));
        tabs.getTabs().get(0).setClosable(false);
        BorderPane root = new BorderPane(tabs);
        root.setTop(toolbar(settings, db));
        stage.setTitle(TITLE + " — " + db);
        stage.setScene(new Scene(root, 1400, 860));
        stage.show();
        runs.refresh();
    }

    private ToolBar toolbar(StudioSettings settings, Path db) {
        Label app = new Label("srebench");
        app.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
        Label store = new Label("store: " + db);
        ToggleButton dark = new ToggleButton("Dark");
        dark.setId("dark-toggle");
        dark.setSelected(settings.darkMode());
        dark.selectedProperty().addListener((o, a, b) -> {
            settings.setDarkMode(b);
            applyTheme(b);
        });
        Pane grow = new Pane();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ToolBar bar = new ToolBar(app, store, grow, dark);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.setStyle("-fx-alignment: center-left;");
        HBox.setHgrow(store, Priority.NEVER);
        store.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    @Override
    public void stop() {
        if (runsView != null) {
            runsView.dispose();
        }
        if (executor != null) {
            executor.close();
        }
        if (store != null) {
            store.close();
        }
    }
}
