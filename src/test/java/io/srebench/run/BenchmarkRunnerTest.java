package io.srebench.run;

import io.srebench.score.ScoreVariant;
import io.srebench.score.Score;
import io.srebench.trajectory.RunStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.store.SqliteStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkRunnerTest {
    @TempDir
    Path dir;

    /** A session that takes three turns and scores by task number parity; records concurrency seen. */
    static final class FakeSessions implements SessionExecutor {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger maxRunning = new AtomicInteger();
        final Map<String, AtomicInteger> perKey = new ConcurrentHashMap<>();
        final Map<String, Integer> maxPerKey = new ConcurrentHashMap<>();
        final Map<Long, AtomicInteger> executions = new ConcurrentHashMap<>();
        volatile CountDownLatch gate;
        /** Sessions waiting at the gate (each has written its first turn). */
        final AtomicInteger atGate = new AtomicInteger();

        @Override
        public SessionResult execute(long runId, String taskId, AgentSpec agent, int maxTurns, ScoreVariant variant,
                                     SessionSink sink, BooleanSupplier cancelled) {
            executions.computeIfAbsent(runId, k -> new AtomicInteger()).incrementAndGet();
            int now = running.incrementAndGet();
            maxRunning.accumulateAndGet(now, Math::max);
            int k = perKey.computeIfAbsent(agent.concurrencyKey(), x -> new AtomicInteger()).incrementAndGet();
            maxPerKey.merge(agent.concurrencyKey(), k, Math::max);
            try {
                sink.started("test");
                for (int t = 0; t < 3; t++) {
                    if (gate != null && t == 1) {
                        atGate.incrementAndGet();
                        gate.await(5, TimeUnit.SECONDS);
                    }
                    if (cancelled.getAsBoolean()) {
                        return new SessionResult(RunStatus.INTERRUPTED, "cancelled", null, List.of());
                    }
                    sink.turn(new TurnRecord(t, Instant.now(), "{\"task\":\"" + taskId + "\",\"t\":" + t + "}",
                            "turn of " + taskId), 0.01 * (t + 1), 10L * (t + 1), t + 1);
                    Thread.sleep(5);
                }
                double score = taskId.endsWith("1") ? 1.0 : 0.0;
                return new SessionResult(RunStatus.DONE, null, "[]",
                        List.of(new Score(score, score, score, ScoreVariant.SET, List.of(), List.of()),
                                new Score(score, score, score, ScoreVariant.RANKED, List.of(), List.of())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new SessionResult(RunStatus.INTERRUPTED, "interrupted", null, List.of());
            } finally {
                running.decrementAndGet();
                perKey.get(agent.concurrencyKey()).decrementAndGet();
            }
        }
    }

    private static BenchmarkSpec spec(int concurrency, int perEndpoint) {
        return new BenchmarkSpec("t", List.of("task-1", "task-2", "task-3"),
                List.of(AgentSpec.baseline("a"), AgentSpec.model("m", "ep", "x")), 3, concurrency,
                perEndpoint, 100, ScoreVariant.SET);
    }

    @Test
    void runsEveryRunOnceWithinTheConcurrencyLimits() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            FakeSessions fake = new FakeSessions();
            BenchmarkRunner runner = new BenchmarkRunner(store, fake);
            long b = runner.create(spec(4, 2));
            AtomicInteger lastDone = new AtomicInteger();
            BenchmarkRunner.Handle h = runner.start(b, new RunnerListener() {
                @Override
                public void progress(int done, int total, double cost) {
                    lastDone.accumulateAndGet(done, Math::max);
                }
            });
            h.await();
            List<RunSummary> runs = store.list(RunQuery.ofBenchmark(b));
            assertEquals(18, runs.size());
            runs.forEach(r -> assertEquals(RunStatus.DONE, r.status()));
            runs.forEach(r -> assertEquals(3, r.turns()));
            assertEquals(18, fake.executions.size());
            fake.executions.values().forEach(n -> assertEquals(1, n.get()));
            assertTrue(fake.maxRunning.get() <= 4, "overall " + fake.maxRunning.get());
            fake.maxPerKey.values().forEach(n -> assertTrue(n <= 2, "per endpoint " + n));
            assertEquals(18, lastDone.get());
            RunSummary one = runs.stream().filter(r -> r.taskId().equals("task-1")).findFirst().orElseThrow();
            assertEquals(1.0, one.score());
            assertEquals("set", one.variant());
            assertEquals(2, store.detail(one.id()).orElseThrow().scores().size());
            for (RunSummary r : runs) {
                store.turns(r.id()).forEach(t -> assertTrue(t.json().contains(r.taskId()), "turn of another task"));
            }
        }
    }

    @Test
    void cancelKeepsPartialRunsAndResumeFinishesTheRest() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            FakeSessions fake = new FakeSessions();
            fake.gate = new CountDownLatch(1);
            BenchmarkRunner runner = new BenchmarkRunner(store, fake);
            long b = runner.create(spec(2, 2));
            BenchmarkRunner.Handle h = runner.start(b, null);
            // cancel once both running sessions have written a turn (not merely started: then they would stop at 0)
            while (fake.atGate.get() < 2) {
                Thread.sleep(5);
            }
            h.cancel();
            fake.gate.countDown();
            h.await();
            List<RunSummary> interrupted = store.list(RunQuery.all().withStatus(RunStatus.INTERRUPTED));
            assertEquals(2, interrupted.size());
            interrupted.forEach(r -> assertEquals(1, r.turns()));
            assertEquals(18, store.list(RunQuery.ofBenchmark(b).withStatus(RunStatus.QUEUED)).size());

            fake.gate = null;
            runner.start(b, null).await();
            assertEquals(18, store.list(RunQuery.ofBenchmark(b).withStatus(RunStatus.DONE)).size());
        }
    }

    @Test
    void recoverAfterACrashRequeuesRunningRunsAndKeepsTheirTurns() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            BenchmarkRunner runner = new BenchmarkRunner(store, new FakeSessions());
            long b = runner.create(spec(1, 1));
            List<RunSummary> runs = store.list(RunQuery.ofBenchmark(b));
            // simulate a process killed mid-run: one done, one running with a turn, one errored
            RunSummary first = runs.get(0);
            RunSummary second = runs.get(1);
            RunSummary third = runs.get(2);
            store.markRunning(first.id(), "test", Instant.now());
            store.finishRun(first.id(), RunStatus.DONE, null, "[]", Instant.now());
            store.markRunning(second.id(), "test", Instant.now());
            store.appendTurn(second.id(), new TurnRecord(0, Instant.now(), "{}", "partial"), 0, 0, 0);
            store.finishRun(third.id(), RunStatus.ERRORED, "429 too many requests", null, Instant.now());

            assertEquals(1, runner.recover(b, false));
            assertEquals(RunStatus.QUEUED, store.run(second.id()).orElseThrow().status());
            assertEquals(1, store.list(RunQuery.all().withStatus(RunStatus.INTERRUPTED))
                    .size());
            assertEquals(1, runner.recover(b, true), "the errored run is queued again on request");
            runner.start(b, null).await();
            List<RunSummary> after = store.list(RunQuery.ofBenchmark(b));
            after.forEach(r -> assertEquals(RunStatus.DONE, r.status()));
            assertTrue(store.turns(first.id()).isEmpty(), "a finished run is never redone");
            assertEquals(1, store.run(third.id()).orElseThrow().retries(), "the retry of the errored run is recorded");
            assertEquals(0, store.run(second.id()).orElseThrow().retries());
            assertEquals(1, Leaderboard.of(after).agents().stream().mapToInt(Leaderboard.AgentRow::retried).sum());
        }
    }
}
