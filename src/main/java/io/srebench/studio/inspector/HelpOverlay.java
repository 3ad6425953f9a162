package io.srebench.studio.inspector;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The key help shown over the inspector ({@code ?} toggles it, Esc or a click closes it). */
public final class HelpOverlay extends StackPane {
    /** Keys and what they do, in display order. */
    public static final List<String[]> KEYS = List.of(
            new String[] {"j / k", "next / previous turn"},
            new String[] {"g / G", "first / last turn"},
            new String[] {"/  or  Ctrl+F", "find in transcript (Enter searches)"},
            new String[] {"n / N", "next / previous match"},
            new String[] {"Esc", "leave the search field, close this help"},
            new String[] {"?", "show / hide this help"},
            new String[] {"mouse", "wheel zooms the topology, drag pans; click a node or a scored entity to select it"},
            new String[] {"topology", "one node per component; Show pods & replica sets expands workloads; Fit shows all"});

    public HelpOverlay() {
        setId("help-overlay");
        getStyleClass().add("help-overlay");
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        for (int i = 0; i < KEYS.size(); i++) {
            Label k = new Label(KEYS.get(i)[0]);
            k.getStyleClass().add("help-key");
            grid.add(k, 0, i);
            grid.add(new Label(KEYS.get(i)[1]), 1, i);
        }
        Label title = new Label("Inspector keys");
        title.getStyleClass().add("pane-title");
        VBox card = new VBox(10, title, grid);
        card.getStyleClass().add("help-card");
        card.setPadding(new Insets(16));
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
        setVisible(false);
        setOnMouseClicked(e -> setVisible(false));
    }
}
