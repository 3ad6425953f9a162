package io.srebench.studio.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

/**
 * What every studio dialog window has: a Close/Cancel button at the bottom right and Escape to close it (issue 13,
 * item 5). Escape still reaches a focused control first (an open combo-box popup closes before the window does).
 */
public final class DialogStages {
    private DialogStages() {
    }

    /**
     * Puts {@code content} above a button bar holding a cancel button that closes {@code stage}; Escape fires it.
     *
     * @param label {@code Close} for settings windows, {@code Cancel} for ones that start something
     * @param id the button's id
     */
    public static Parent withCloseBar(Parent content, Stage stage, String label, String id) {
        Button close = new Button(label);
        close.setId(id);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox bar = new HBox(8, close);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(6, 10, 8, 10));
        BorderPane root = new BorderPane(content);
        root.setBottom(bar);
        // a window-level filter as well as the cancel-button accelerator: Escape works wherever the focus is
        stage.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                stage.close();
            }
        });
        return root;
    }
}
