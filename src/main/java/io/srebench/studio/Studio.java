package io.srebench.studio;

import io.srebench.studio.app.StudioContext;
import io.srebench.task.BadInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Parent;

/** Wires the feature views into the main window (one place, shared by the app and headless rendering). */
final class Studio {
    private static final Map<String, HeadlessSnapshot.ViewFactory> VIEWS = new LinkedHashMap<>();

    static {
        VIEWS.put("runs", (ctx, w, r) -> {
            w.tabs().getSelectionModel().select(0);
            return w;
        });
        VIEWS.put("matrix", (ctx, w, r) -> {
            w.tabs().getSelectionModel().select(1);
            return w;
        });
    }

    private Studio() {
    }

    static void configure(MainWindow window) {
        // feature views that open runs register here: window.setRunOpener(...)
    }

    static Parent viewFor(StudioContext ctx, MainWindow window, HeadlessSnapshot.Request r) {
        HeadlessSnapshot.ViewFactory f = VIEWS.get(r.view());
        if (f == null) {
            throw new BadInputException("--view: unknown view \"" + r.view() + "\" (known: " + String.join(", ", VIEWS.keySet())
                    + ")");
        }
        return f.build(ctx, window, r);
    }
}
