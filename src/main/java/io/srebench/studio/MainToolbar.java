package io.srebench.studio;

import io.srebench.studio.app.StudioContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

/** The main window's toolbar: the store, and buttons that run the window's actions. */
final class MainToolbar {
    /**
     * What the buttons do.
     *
     * @param launch "New benchmark…", or null when no tasks were found (the button is disabled)
     * @param baselines "Run baselines", or null when no tasks were found
     */
    record Handlers(Runnable launch, Runnable baselines, Runnable endpoints, Runnable htmlReport, Runnable refresh) {
    }

    private MainToolbar() {
    }

    static ToolBar create(StudioContext ctx, Handlers h) {
        Label app = new Label("srebench");
        app.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
        Label store = new Label(ctx.store().file().toString());
        store.setStyle("-fx-opacity: 0.7;");
        Button baselines = button("Run baselines", "run-baselines", h.baselines());
        Button launch = button("New benchmark…", "new-benchmark", h.launch());
        Button endpoints = button("Endpoints…", "endpoints-button", h.endpoints());
        Button reload = button("Refresh", null, h.refresh());
        ToggleButton dark = new ToggleButton("Dark");
        dark.setId("dark-toggle");
        dark.setSelected(ctx.settings().darkMode());
        dark.selectedProperty().addListener((o, a, b) -> {
            ctx.settings().setDarkMode(b);
            MainWindow.applyTheme(b);
        });
        Pane grow = new Pane();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button html = button("HTML report…", "export-html", h.htmlReport());
        return new ToolBar(app, store, grow, launch, baselines, endpoints, html, reload, dark);
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        if (id != null) {
            b.setId(id);
        }
        b.setDisable(action == null);
        if (action != null) {
            b.setOnAction(e -> action.run());
        }
        return b;
    }
}
