package io.srebench.studio;

import io.srebench.common.BadInputException;
import io.srebench.studio.app.SplitMemory;
import io.srebench.studio.app.StudioContext;
import io.srebench.studio.app.StudioView;
import io.srebench.studio.app.Subscriptions;
import io.srebench.studio.inspector.InspectorView;
import io.srebench.studio.kit.RunViewContext;
import javafx.scene.control.Tab;

/** Wires the feature views into the main window (one place, shared by the app and headless rendering). */
final class Studio {
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

    /**
     * Shows {@code view} in the window: selects a fixed view's tab, or opens the run ({@code runId} at {@code turn},
     * 1-based, null for the last) or the comparison of {@code runId} and {@code runId2}; unknown runs are bad input.
     */
    static void show(StudioContext ctx, MainWindow window, StudioView view, Long runId, Long runId2, Integer turn) {
        switch (view) {
            case RUNS, MATRIX, LEADERBOARD -> window.select(view);
            case INSPECTOR -> {
                if (ctx.store().run(runId).isEmpty()) {
                    throw new BadInputException("--run: no run " + runId + " in " + ctx.store().file());
                }
                window.openRun(runId, turn);
            }
            case COMPARE -> {
                Long[] ids = {runId, runId2};
                for (int i = 0; i < ids.length; i++) {
                    if (ids[i] == null || ctx.store().run(ids[i]).isEmpty()) {
                        throw new BadInputException((i == 0 ? "--run" : "--run2") + ": no run " + ids[i] + " in "
                                + ctx.store().file());
                    }
                }
                window.openCompare(runId, runId2);
            }
            default -> throw new IllegalArgumentException("the " + view.id() + " view cannot be shown on its own");
        }
    }
}
