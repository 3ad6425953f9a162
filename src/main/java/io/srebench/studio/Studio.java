package io.srebench.studio;

import io.srebench.studio.app.SplitMemory;
import io.srebench.studio.app.StudioContext;
import io.srebench.studio.app.Subscriptions;
import io.srebench.studio.kit.RunViewContext;
import io.srebench.studio.inspector.InspectorView;
import io.srebench.common.BadInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.control.Tab;

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
        VIEWS.put("leaderboard", (ctx, w, r) -> {
            w.tabs().getSelectionModel().select(2);
            return w;
        });
        VIEWS.put("inspector", (ctx, w, r) -> {
            if (ctx.store().run(r.runId()).isEmpty()) {
                throw new BadInputException("--run: no run " + r.runId() + " in " + ctx.store().file());
            }
            w.openRun(r.runId(), r.turn());
            return w;
        });
        VIEWS.put("compare", (ctx, w, r) -> {
            Long[] ids = {r.runId(), r.runId2()};
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] == null || ctx.store().run(ids[i]).isEmpty()) {
                    throw new BadInputException((i == 0 ? "--run" : "--run2") + ": no run " + ids[i] + " in "
                            + ctx.store().file());
                }
            }
            w.openCompare(r.runId(), r.runId2());
            return w;
        });
    }

    private Studio() {
    }

    static void configure(MainWindow window) {
        window.setRunOpener((ctx, runId, turn) -> {
            InspectorView view = InspectorView.open(RunViewContext.from(ctx), runId, turn);
            Subscriptions remembered = new Subscriptions();
            SplitMemory.bind(view.mainSplit(), "inspector", ctx.settings(), remembered);
            Tab tab = new Tab("Run " + runId, view);
            tab.setOnClosed(e -> {
                remembered.releaseAll();
                view.dispose();
            });
            window.onDispose(remembered::releaseAll);
            window.onDispose(view::dispose);
            return tab;
        });
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
