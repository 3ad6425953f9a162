package io.srebench.studio.app;

import io.srebench.common.BadInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The studio's views, by identity: what the main window's tabs hold, what {@code --snapshot --view NAME} renders and
 * what code selects. Tabs carry their view as user data, so selecting one never depends on the order of the tabs.
 */
public enum StudioView {
    /** The runs browser (a fixed tab). */
    RUNS("Runs"),
    /** The task × agent matrix (a fixed tab). */
    MATRIX("Matrix"),
    /** The leaderboard with its charts (a fixed tab). */
    LEADERBOARD("Leaderboard"),
    /** One run's trajectory inspector (a tab per opened run). */
    INSPECTOR(null),
    /** Two runs side by side (a tab per opened comparison). */
    COMPARE(null),
    /** A started or resumed benchmark's progress (a tab per benchmark). */
    BENCHMARK(null);

    private final String fixedTitle;

    StudioView(String fixedTitle) {
        this.fixedTitle = fixedTitle;
    }

    /** The name used on the command line ({@code --view runs}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the main window always has exactly one tab of this view (it cannot be closed). */
    public boolean fixed() {
        return fixedTitle != null;
    }

    /** The title of the fixed tab; only for {@link #fixed()} views. */
    public String fixedTitle() {
        if (fixedTitle == null) {
            throw new IllegalStateException(this + " has a tab per opened item, no fixed title");
        }
        return fixedTitle;
    }

    /** The view {@code --snapshot} can render by that name; refuses others as bad input. */
    public static StudioView forSnapshot(String id) {
        for (StudioView v : snapshotViews()) {
            if (v.id().equals(id)) {
                return v;
            }
        }
        throw new BadInputException("--view: unknown view \"" + id + "\" (known: "
                + Arrays.stream(snapshotViews()).map(StudioView::id).collect(Collectors.joining(", ")) + ")");
    }

    /** What {@code --snapshot} can render: every view but a benchmark's progress (nothing is running headless). */
    static StudioView[] snapshotViews() {
        return new StudioView[] {RUNS, MATRIX, LEADERBOARD, INSPECTOR, COMPARE};
    }
}
