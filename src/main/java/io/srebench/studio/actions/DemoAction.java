package io.srebench.studio.actions;

import io.srebench.run.BenchmarkRunner;
import io.srebench.run.RunQuery;
import io.srebench.run.RunSummary;
import io.srebench.run.RunnerListener;
import io.srebench.studio.app.DemoBenchmark;
import io.srebench.studio.app.MainWindowViewModel;
import io.srebench.studio.app.StudioContext;
import io.srebench.trajectory.RunStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Run baselines": the offline baseline agents on every bundled task ({@link DemoBenchmark}), with progress in the
 * status bar; offered at first launch when the store is empty; when done, opens the most interesting run.
 * The benchmark is created on the background executor and runs on the runner's own workers; {@link #dispose()}
 * cancels it (the finished runs are kept).
 */
public final class DemoAction {
    /** Refreshes the overviews at most this often while the baselines run. */
    private static final long REFRESH_MS = 1500;

    private final StudioContext ctx;
    private final MainWindowViewModel vm;
    private BenchmarkRunner.Handle demo;
    private boolean starting;

    public DemoAction(StudioContext ctx, MainWindowViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
    }

    /** Whether the baselines can run here (the bundled tasks were found). */
    public boolean available() {
        return ctx.workbench().isPresent();
    }

    /** Offers the baselines when the store is empty; with {@code force} starts them without asking. */
    public void offer(boolean force) {
        ctx.executor().submit("count runs", () -> ctx.store().list(RunQuery.all().limit(1)),
                (List<RunSummary> some) -> {
                    if (force) {
                        start();
                    } else if (some.isEmpty() && available() && vm.confirm("Welcome to srebench", "The store has no "
                            + "runs yet. Run the offline baseline agents (" + String.join(", ", DemoBenchmark.AGENTS)
                            + ") on the " + ctx.workbench().get().catalog().size() + " bundled tasks now? No API key "
                            + "needed.")) {
                        start();
                    }
                }, e -> vm.setStatus("cannot read the store: " + e.getMessage()));
    }

    /** Starts the baselines unless they are already running. */
    public void start() {
        if (starting || demo != null && demo.done() < demo.total() && !demo.isCancelled()) {
            return;
        }
        starting = true;
        vm.setProgress(0.0);
        ctx.executor().submit("start baselines", () -> DemoBenchmark.start(ctx, listener(),
                w -> ctx.executor().onUiThread(() -> vm.warn(w))), h -> {
                    starting = false;
                    demo = h;
                }, e -> {
                    starting = false;
                    vm.setProgress(null);
                    vm.error("Cannot start the baselines", e);
                });
    }

    private RunnerListener listener() {
        return new RunnerListener() {
            private long lastRefresh;

            @Override
            public void progress(int done, int total, double cost) {
                ctx.executor().onUiThread(() -> {
                    vm.setProgress(total == 0 ? 1 : (double) done / total);
                    vm.setStatus(String.format(Locale.ROOT, "baselines: %d / %d runs", done, total));
                    long now = System.currentTimeMillis();
                    if (done >= total || now - lastRefresh > REFRESH_MS) {
                        lastRefresh = now;
                        vm.refresh();
                    }
                    if (done >= total) {
                        vm.setProgress(null);
                        openMostInteresting();
                    }
                });
            }
        };
    }

    /**
     * After the baselines: opens the most interesting run (the best partial score: neither 0 nor 1, else the best
     * score) with the inspector's key guide, so the first screen says what to look at (issue 13, item 11).
     */
    public void openMostInteresting() {
        ctx.executor().submit("most interesting run", () -> mostInteresting(ctx.store().list(RunQuery.all())), r -> {
            if (r == null) {
                return;
            }
            vm.openRun(r.id(), true);
            vm.setStatus(String.format(Locale.ROOT, "opened run %d (%s on %s, score %.2f): the best partial score; "
                    + "j/k step, / search, ? keys", r.id(), r.agent(), r.taskId(), r.score()));
        }, e -> vm.setStatus("cannot read the store: " + e.getMessage()));
    }

    /** The scored run with the best score below 1 and above 0, else the best scored run; null when none. */
    static RunSummary mostInteresting(List<RunSummary> runs) {
        Comparator<RunSummary> best = Comparator.comparingDouble(RunSummary::score)
                .thenComparing(Comparator.comparingLong(RunSummary::id).reversed());
        List<RunSummary> scored = runs.stream().filter(r -> r.status() == RunStatus.DONE && r.score() != null).toList();
        return scored.stream().filter(r -> r.score() > 0 && r.score() < 1).max(best)
                .orElseGet(() -> scored.stream().max(best).orElse(null));
    }

    /** Cancels the baselines if they run (their finished runs stay in the store). */
    public void dispose() {
        if (demo != null) {
            demo.cancel();
        }
    }
}
