package io.srebench.studio.app;

import io.srebench.studio.app.MainWindowViewModel.Notice;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;

/** The dialogs of {@link MainWindowViewModel}: a notice shown without blocking, and a modal yes/no question. */
public final class NoticeDialogs {
    private NoticeDialogs() {
    }

    /** Shows {@code n} (nothing for null); returns at once. */
    public static void show(Notice n) {
        if (n == null) {
            return;
        }
        Alert a = new Alert(switch (n.kind()) {
            case ERROR -> Alert.AlertType.ERROR;
            case WARNING -> Alert.AlertType.WARNING;
            case INFORMATION -> Alert.AlertType.INFORMATION;
        }, n.text());
        a.setHeaderText(n.header());
        a.show();
    }

    /** Asks and waits; Escape and the window's close box answer No. */
    public static boolean confirm(String header, String text) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.YES, ButtonType.NO);
        a.setHeaderText(header);
        ((Button) a.getDialogPane().lookupButton(ButtonType.NO)).setCancelButton(true);
        return a.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }
}
