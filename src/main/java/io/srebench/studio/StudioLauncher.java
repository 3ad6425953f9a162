package io.srebench.studio;

import io.srebench.studio.app.FxLogging;
import java.nio.file.Path;
import javafx.application.Application;

/**
 * The studio's one entry point from outside it (the CLI): starts the desktop application, or renders one of its views
 * to a PNG without a display. Nothing else in {@code io.srebench.studio} is for the CLI (pinned by the layering test).
 */
public final class StudioLauncher {
    private StudioLauncher() {
    }

    /**
     * Starts the JavaFX toolkit and the studio application; returns when the window closes.
     * Arguments are JavaFX named parameters, e.g. {@code --db=/path/to/srebench.db}.
     */
    public static void launch(String[] args) {
        FxLogging.quiet();
        Application.launch(StudioApp.class, args);
    }

    /**
     * What {@code srebench studio --snapshot} renders.
     *
     * @param db the store
     * @param tasksDir task definitions, or null for the bundled tasks
     * @param view the view's name: runs, matrix, leaderboard, inspector, compare
     * @param runId the run (inspector and compare)
     * @param runId2 the second run (compare), else null
     * @param turn the turn to show (inspector), 1-based; null for the last
     * @param size the image size, {@code WIDTHxHEIGHT}
     * @param out the PNG file
     * @param dark dark theme
     */
    public record SnapshotOptions(Path db, Path tasksDir, String view, Long runId, Long runId2, Integer turn, String size,
                                  Path out, boolean dark) {
    }

    /** A written snapshot: the file and the image's size in pixels. */
    public record Snapshot(Path file, int width, int height) {
    }

    /**
     * Renders the view to the PNG and returns what was written; bad options (size, view, unknown runs) are bad input.
     * Starts and stops the JavaFX toolkit headless: it must be the process's only toolkit use.
     */
    public static Snapshot renderSnapshot(SnapshotOptions o) {
        int[] wh = HeadlessSnapshot.parseSize(o.size());
        HeadlessSnapshot.render(new HeadlessSnapshot.Request(o.db(), o.tasksDir(), o.view(), o.runId(), o.runId2(), o.turn(),
                wh[0], wh[1], o.out(), o.dark()));
        return new Snapshot(o.out(), wh[0], wh[1]);
    }
}
