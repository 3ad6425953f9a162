package io.srebench.studio.launch;

import io.srebench.run.BenchmarkRunner;
import io.srebench.run.RunQuery;
import io.srebench.run.RunRepository;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.RunSummary;
import io.srebench.run.RunnerListener;
import io.srebench.studio.app.BackgroundExecutor;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;

/**
 * Progress of one benchmark run from the studio: every run with its status and turn count, overall
 * progress and cost, Cancel and Resume. The {@link BenchmarkRunner} works on its own threads; its events
 * reach this model through {@link BackgroundExecutor#onUiThread}. Waiting for the benchmark occupies one
 * background-executor thread while it runs. {@code runsChanged} (the runs browser's refresh) is called at
 * most every {@value #REFRESH_MILLIS} ms while runs finish, and always at the end.
 */
public final class ProgressViewModel {
    public static final long REFRESH_MILLIS = 1500;

    private final RunRepository repo;
    private final BenchmarkRunner runner;
    private final long benchmarkId;
    private final BackgroundExecutor executor;
    private final Runnable runsChanged;
    private final Throttle throttle;
    private final ObservableList<RunProgress> runs = FXCollections.observableArrayList(
            r -> new Observable[] {r.statusProperty()});
    private final SortedList<RunProgress> sorted = new SortedList<>(runs,
            Comparator.comparingInt(RunProgress::rank).thenComparingLong(RunProgress::runId));
    private final Map<Long, RunProgress> byId = new HashMap<>();
    private final IntegerProperty done = new SimpleIntegerProperty();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final DoubleProperty cost = new SimpleDoubleProperty();
    private final DoubleProperty fraction = new SimpleDoubleProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty resumable = new SimpleBooleanProperty();
    private final StringProperty statusLine = new SimpleStringProperty("");
    private final int maxTurns;
    private volatile BenchmarkRunner.Handle handle;
    /** Cancel asked before the runner handed back its handle: applied as soon as it does. */
    private volatile boolean cancelRequested;

    public ProgressViewModel(RunRepository repo, BenchmarkRunner runner, long benchmarkId, BackgroundExecutor executor,
                             Runnable runsChanged, LongSupplier clock) {
        this.repo = repo;
        this.runner = runner;
        this.benchmarkId = benchmarkId;
        this.executor = executor;
        this.runsChanged = runsChanged;
        this.throttle = new Throttle(REFRESH_MILLIS, clock);
        this.maxTurns = runner.spec(benchmarkId).maxTurns();
    }

    /** Starts the benchmark's queued runs. */
    public void start() {
        launch(false);
    }

    /** Resumes an interrupted benchmark: runs left running by a crash are re-queued, then the queue starts. */
    public void resume() {
        launch(true);
    }

    private void launch(boolean recover) {
        if (running.get()) {
            return;
        }
        running.set(true);
        cancelRequested = false;
        resumable.set(false);
        statusLine.set(recover ? "resuming…" : "starting…");
        executor.submit("benchmark " + benchmarkId, () -> {
            if (recover) {
                runner.recover(benchmarkId, false);
            }
            List<RunSummary> all = list();
            executor.onUiThread(() -> setRows(all));
            BenchmarkRunner.Handle h = runner.start(benchmarkId, new Listener());
            handle = h;
            if (cancelRequested) {
                h.cancel();
            }
            h.await();
            return list();
        }, this::finished, e -> {
            running.set(false);
            statusLine.set("failed: " + e.getMessage());
            resumable.set(true);
        });
    }

    private List<RunSummary> list() {
        return repo.list(RunQuery.ofBenchmark(benchmarkId));
    }

    /** Loads the runs without starting anything (for a benchmark opened to be resumed). */
    public void load() {
        executor.submit("benchmark runs", this::list, all -> {
            setRows(all);
            long finished = all.stream().filter(r -> r.status().isFinal()).count();
            done.set((int) finished);
            total.set(all.size());
            updateFraction();
            resumable.set(!running.get() && finished < all.size());
            statusLine.set(finished + " / " + all.size() + " runs finished");
        }, e -> statusLine.set("cannot read the benchmark: " + e.getMessage()));
    }

    /** Stops starting runs and asks running sessions to stop (their partial turns are kept). */
    public void cancel() {
        if (!running.get()) {
            return;
        }
        cancelRequested = true;
        BenchmarkRunner.Handle h = handle;
        if (h != null) {
            h.cancel();
        }
        statusLine.set("cancelling…");
    }

    private void finished(List<RunSummary> all) {
        running.set(false);
        setRows(all);
        long left = all.stream().filter(r -> r.status() == RunStatus.QUEUED || r.status() == RunStatus.RUNNING).count();
        boolean cancelled = cancelRequested || handle != null && handle.isCancelled();
        resumable.set(left > 0);
        // the cost has its own label beside this line
        statusLine.set((cancelled ? "cancelled: " : "finished: ") + done.get() + " / " + total.get() + " runs"
                + (left > 0 ? ", " + left + " left to resume" : ""));
        throttle.due(true);
        runsChanged.run();
    }

    private void setRows(List<RunSummary> all) {
        for (RunSummary r : all) {
            RunProgress p = byId.get(r.id());
            if (p == null) {
                p = new RunProgress(r);
                byId.put(r.id(), p);
                runs.add(p);
            } else {
                p.update(r);
            }
        }
    }

    private void updateFraction() {
        fraction.set(total.get() == 0 ? 0 : (double) done.get() / total.get());
    }

    /** Runner events (worker threads) forwarded to the UI thread. */
    private final class Listener implements RunnerListener {
        @Override
        public void runStarted(RunSummary run) {
            executor.onUiThread(() -> row(run).ifPresent(p -> p.update(run)));
        }

        @Override
        public void turn(long runId, int turnIndex) {
            executor.onUiThread(() -> {
                RunProgress p = byId.get(runId);
                if (p != null) {
                    p.turnsProperty().set(turnIndex + 1);
                }
            });
        }

        @Override
        public void runFinished(RunSummary run) {
            executor.onUiThread(() -> {
                row(run).ifPresent(p -> p.update(run));
                if (throttle.due(false)) {
                    runsChanged.run();
                }
            });
        }

        @Override
        public void progress(int d, int t, double c) {
            executor.onUiThread(() -> {
                done.set(d);
                total.set(t);
                cost.set(c);
                updateFraction();
                statusLine.set(d + " / " + t + " runs");
            });
        }

        private Optional<RunProgress> row(RunSummary run) {
            RunProgress p = byId.get(run.id());
            if (p == null) {
                p = new RunProgress(run);
                byId.put(run.id(), p);
                runs.add(p);
            }
            return Optional.of(p);
        }
    }

    public long benchmarkId() {
        return benchmarkId;
    }

    /** Turn cap of the benchmark (for per-run progress bars). */
    public int maxTurns() {
        return maxTurns;
    }

    /** Running first, then queued, then finished. */
    public SortedList<RunProgress> runs() {
        return sorted;
    }

    public ReadOnlyIntegerProperty doneProperty() {
        return done;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total;
    }

    public ReadOnlyDoubleProperty costProperty() {
        return cost;
    }

    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyBooleanProperty resumableProperty() {
        return resumable;
    }

    public ReadOnlyStringProperty statusLineProperty() {
        return statusLine;
    }
}
