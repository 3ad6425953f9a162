package io.srebench.studio;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The studio window. */
public final class StudioApp extends Application {
    public static final String TITLE = "srebench studio";

    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane(new Label("srebench — SRE agent benchmark studio"));
        stage.setTitle(TITLE);
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }
}
