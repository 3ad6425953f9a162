package io.srebench.studio.launch;

import io.srebench.score.ScoreVariant;
import io.srebench.score.Score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.run.AgentSpec;
import io.srebench.run.BenchmarkRunner;
import io.srebench.run.BenchmarkSpec;
import io.srebench.run.RunQuery;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.RunSummary;
import io.srebench.run.SessionExecutor;
import io.srebench.run.TurnRecord;
import io.srebench.store.SqliteStore;
import io.srebench.studio.app.BackgroundExecutor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress model against a real runner and store, with scripted sessions (3 turns each) and a manual clock. */
class ProgressViewModelTest {
    @TempDir
    Path dir;
    @AutoClose
    private SqliteStore store;
    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final AtomicInteger refreshes = new AtomicInteger();
    private Runnable onSession = () -> { };
    /** After onSession asks for a cancel, wait (bounded) until the runner has passed it on. */
    private volatile boolean awaitCancel;

    private final SessionExecutor sessions = (long runId, String taskId, AgentSpec agent, int maxTurns, ScoreVariant variant,
                                              SessionExecutor.SessionSink sink, BooleanSupplier cancelled) -> {
        sink.started("process");
        onSession.run();
        long until = System.nanoTime() + 5_000_000_000L;
        while (awaitCancel && !cancelled.getAsBoolean() && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        for (int t = 0; t < 3; t++) {
            if (cancelled.getAsBoolean()) {
                return new SessionExecutor.SessionResult(RunStatus.INTERRUPTED, "cancelled", null, List.of());
            }
            sink.turn(new TurnRecord(t, Instant.now(), "{}", ""), 0.01 * (t + 1), 100, 10);
        }
        return new SessionExecutor.SessionResult(RunStatus.DONE, null, "[]",
                List.of(new Score(0.5, 1, 1, ScoreVariant.SET, List.of(), List.of())));
    };

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("s.db"));
    }

    private long benchmark(BenchmarkRunner runner) {
        return runner.create(new BenchmarkSpec("b", List.of("t1", "t2"), List.of(AgentSpec.baseline("alert-echo"),
                AgentSpec.baseline("topology-walk")), 1, 1, 1, 10, ScoreVariant.SET));
    }

    private ProgressViewModel vm(BenchmarkRunner runner, long id) {
        return new ProgressViewModel(store, runner, id, BackgroundExecutor.direct(), refreshes::incrementAndGet,
                clock::get);
    }

    @Test
    void followsTurnsAndRunsToTheEndAndRefreshesThrottled() {
        BenchmarkRunner runner = new BenchmarkRunner(store, sessions);
        ProgressViewModel vm = vm(runner, benchmark(runner));
        vm.start();
        assertFalse(vm.runningProperty().get());
        assertEquals(4, vm.doneProperty().get());
        assertEquals(4, vm.totalProperty().get());
        assertEquals(1.0, vm.fractionProperty().get(), 1e-9);
        assertEquals(0.12, vm.costProperty().get(), 1e-9);
        assertEquals(4, vm.runs().size());
        for (RunProgress r : vm.runs()) {
            assertEquals(RunStatus.DONE, r.statusProperty().get());
            assertEquals(3, r.turnsProperty().get());
            assertEquals(0.5, r.scoreProperty().get());
        }
        // the clock never moved: one refresh for the first finished run, one at the end
        assertEquals(2, refreshes.get());
        assertFalse(vm.resumableProperty().get());
        assertTrue(vm.statusLineProperty().get().startsWith("finished: 4 / 4"), vm.statusLineProperty().get());
    }

    @Test
    void cancelKeepsTheRestQueuedAndResumeFinishesIt() {
        BenchmarkRunner runner = new BenchmarkRunner(store, sessions);
        long id = benchmark(runner);
        ProgressViewModel vm = vm(runner, id);
        onSession = vm::cancel;
        awaitCancel = true;
        vm.start();
        assertFalse(vm.runningProperty().get());
        assertTrue(vm.resumableProperty().get());
        assertTrue(vm.statusLineProperty().get().startsWith("cancelled"), vm.statusLineProperty().get());
        assertEquals(0, vm.doneProperty().get());
        onSession = () -> { };
        awaitCancel = false;
        vm.resume();
        assertEquals(4, vm.doneProperty().get());
        assertFalse(vm.resumableProperty().get());
        List<RunSummary> all = store.list(RunQuery.ofBenchmark(id));
        assertEquals(4, all.stream().filter(r -> r.status() == RunStatus.DONE).count());
        // the cancelled session was kept as an interrupted copy (outside the benchmark)
        assertEquals(1, store.list(RunQuery.all()).stream().filter(r -> r.status() == RunStatus.INTERRUPTED).count());
    }

    @Test
    void resumesABenchmarkLeftRunningByACrash() {
        BenchmarkRunner runner = new BenchmarkRunner(store, sessions);
        long id = benchmark(runner);
        RunSummary first = store.list(RunQuery.ofBenchmark(id)).get(0);
        store.markRunning(first.id(), "process", Instant.now());
        ProgressViewModel vm = vm(runner, id);
        vm.load();
        assertTrue(vm.resumableProperty().get());
        assertEquals(0, vm.doneProperty().get());
        assertEquals(RunStatus.RUNNING, vm.runs().get(0).statusProperty().get());
        vm.resume();
        assertEquals(4, vm.doneProperty().get());
        assertEquals(RunStatus.DONE, store.run(first.id()).orElseThrow().status());
    }
}
