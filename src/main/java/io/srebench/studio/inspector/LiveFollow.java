package io.srebench.studio.inspector;

import io.srebench.common.Text;
import io.srebench.studio.kit.Jobs;
import io.srebench.studio.kit.Ticker;
import io.srebench.run.RunRepository;
import io.srebench.run.RunSummary;
import io.srebench.studio.inspector.InspectorLoads.Batch;
import io.srebench.studio.inspector.InspectorLoads.Polled;
import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Follows a live run for the inspector: every {@link #PERIOD} it reads the turns written since the last poll and the
 * run's summary from the store in the background, hands them to the inspector, and stops once the run has ended.
 * At most one poll is outstanding; {@link #stop()} (or closing the jobs) ends the following.
 */
final class LiveFollow {
    /** How often a live run is polled for new turns. */
    static final Duration PERIOD = Duration.ofSeconds(1);

    /** What a poll delivers to the inspector. */
    interface Sink {
        void turns(Batch batch);

        void summary(RunSummary summary);

        /** The run has ended: the inspector reloads what only a finished run has (scores). */
        void ended();

        void failed(String message);
    }

    private final RunRepository repo;
    private final long runId;
    private final Jobs jobs;
    private final Ticker ticker;
    private final Sink sink;
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper();
    private Runnable cancel;
    private boolean polling;

    LiveFollow(RunRepository repo, long runId, Jobs jobs, Ticker ticker, Sink sink) {
        this.repo = repo;
        this.runId = runId;
        this.jobs = jobs;
        this.ticker = ticker;
        this.sink = sink;
    }

    /** Starts calling {@code tick} every {@link #PERIOD} (the inspector's poll, which calls {@link #poll}). */
    void start(Runnable tick) {
        if (cancel == null && !jobs.isClosed()) {
            live.set(true);
            cancel = ticker.every(PERIOD, tick);
        }
    }

    void stop() {
        if (cancel != null) {
            cancel.run();
            cancel = null;
        }
        live.set(false);
    }

    ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    boolean isLive() {
        return live.get();
    }

    /** One poll, reading turns from index {@code from} on; skipped while another is outstanding. */
    void poll(int from) {
        if (polling || jobs.isClosed()) {
            return;
        }
        polling = true;
        jobs.submit("poll run " + runId, () -> new Polled(Batch.of(repo.turnsFrom(runId, from)),
                repo.run(runId).orElse(null)), p -> {
                    polling = false;
                    sink.turns(p.batch());
                    if (p.summary() != null) {
                        sink.summary(p.summary());
                        if (p.summary().status().isFinal()) {
                            stop();
                            sink.ended();
                        }
                    }
                }, e -> {
                    polling = false;
                    sink.failed("poll failed: " + Text.firstLine(e));
                });
    }
}
