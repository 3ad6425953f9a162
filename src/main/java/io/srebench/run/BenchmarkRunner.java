package io.srebench.run;

import io.srebench.common.JsonMappers;
import io.srebench.common.Text;
import io.srebench.trajectory.RunStatus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a benchmark's queued runs with bounded concurrency (overall and per endpoint), writing every
 * turn to the repository as it happens.
 *
 * <p>Crash safety: the benchmark and all its runs are written (queued) before any starts. A run's
 * state changes are single writes, so after a crash or {@code kill -9} the store holds finished runs
 * (never redone), queued runs (started by {@link #start}), and runs left {@code running}:
 * {@link #recover(long)} keeps each of those as a separate interrupted copy with its partial turns
 * and puts the original back in the queue to restart from scratch.
 */
public final class BenchmarkRunner {
    private static final ObjectMapper JSON = JsonMappers.json();

    private final RunRepository repo;
    private final RunRecorder recorder;
    private final SessionExecutor sessions;

    public BenchmarkRunner(RunRepository repo, SessionExecutor sessions) {
        this.repo = repo;
        this.recorder = new RunRecorder(repo);
        this.sessions = sessions;
    }

    /** Records the benchmark and all its runs as queued; returns the benchmark id. */
    public long create(BenchmarkSpec spec) {
        long id = repo.createBenchmark(spec.name(), toJson(spec));
        for (int rep = 1; rep <= spec.repeats(); rep++) {
            for (String task : spec.taskIds()) {
                for (AgentSpec a : spec.agents()) {
                    recorder.create(new NewRun(id, task, a.name(), a.model(), rep, toJson(a)));
                }
            }
        }
        return id;
    }

    /** The specification a benchmark was created with. */
    public BenchmarkSpec spec(long benchmarkId) {
        BenchmarkRecord b = repo.benchmark(benchmarkId)
                .orElseThrow(() -> new IllegalArgumentException("no benchmark " + benchmarkId));
        try {
            return JSON.readValue(b.specJson(), BenchmarkSpec.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("benchmark " + benchmarkId + " has an unreadable spec: "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * Makes a crashed benchmark resumable: every run left {@code running} is copied (with its turns)
     * into a run marked interrupted, and the original is reset to queued. Optionally errored runs are
     * queued again too. Returns how many runs were put back in the queue.
     */
    public int recover(long benchmarkId, boolean retryErrored) {
        int n = 0;
        for (RunSummary r : repo.list(RunQuery.ofBenchmark(benchmarkId))) {
            if (r.status() == RunStatus.RUNNING) {
                recorder.of(r.id()).requeueKeepingPartial();
                n++;
            } else if (retryErrored && r.status() == RunStatus.ERRORED) {
                repo.retryErrored(r.id());
                n++;
            }
        }
        return n;
    }

    /** Starts the queued runs of a benchmark in the background. */
    public Handle start(long benchmarkId, RunnerListener listener) {
        BenchmarkSpec spec = spec(benchmarkId);
        List<RunSummary> all = repo.list(RunQuery.ofBenchmark(benchmarkId));
        List<RunSummary> queued = new ArrayList<>();
        Map<String, AgentSpec> agents = new HashMap<>();
        for (AgentSpec a : spec.agents()) {
            agents.put(a.name(), a);
        }
        int finished = 0;
        double cost = 0;
        for (RunSummary r : all) {
            if (r.status() == RunStatus.QUEUED) {
                queued.add(r);
            } else if (r.status().isFinal()) {
                finished++;
                cost += r.costUsd();
            }
        }
        Handle h = new Handle(spec, agents, queued, all.size(), finished, cost, listener);
        h.launch();
        return h;
    }

    private static String toJson(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A running benchmark: wait for it, or cancel it. */
    public final class Handle {
        private final BenchmarkSpec spec;
        private final Map<String, AgentSpec> agents;
        private final List<RunSummary> queue;
        private final int total;
        private final AtomicInteger done;
        private final RunnerListener listener;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final Map<String, Integer> inFlightPerKey = new HashMap<>();
        private final CountDownLatch finished;
        private final ExecutorService pool;
        private double cost;

        private Handle(BenchmarkSpec spec, Map<String, AgentSpec> agents, List<RunSummary> queue, int total,
                       int alreadyDone, double cost, RunnerListener listener) {
            this.spec = spec;
            this.agents = agents;
            this.queue = new ArrayList<>(queue);
            this.total = total;
            this.done = new AtomicInteger(alreadyDone);
            this.cost = cost;
            this.listener = listener == null ? new RunnerListener() { } : listener;
            int workers = Math.max(1, Math.min(spec.concurrency(), queue.size()));
            this.finished = new CountDownLatch(workers);
            this.pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "benchmark-worker");
                t.setDaemon(true);
                return t;
            });
        }

        private void launch() {
            this.listener.progress(done.get(), total, cost);
            long workers = finished.getCount();
            for (int i = 0; i < workers; i++) {
                pool.execute(this::work);
            }
            pool.shutdown();
        }

        private void work() {
            try {
                for (RunSummary r; (r = next()) != null;) {
                    try {
                        runOne(r);
                    } finally {
                        release(r);
                    }
                }
            } finally {
                finished.countDown();
            }
        }

        /** The next queued run whose endpoint has a free slot; waits while only busy endpoints remain. */
        private synchronized RunSummary next() {
            while (!cancelled.get() && !queue.isEmpty()) {
                for (int i = 0; i < queue.size(); i++) {
                    String key = agentOf(queue.get(i)).concurrencyKey();
                    int busy = inFlightPerKey.getOrDefault(key, 0);
                    if (busy < spec.perEndpointConcurrency()) {
                        inFlightPerKey.put(key, busy + 1);
                        return queue.remove(i);
                    }
                }
                try {
                    wait(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
            return null;
        }

        private synchronized void release(RunSummary r) {
            inFlightPerKey.merge(agentOf(r).concurrencyKey(), -1, Integer::sum);
            notifyAll();
        }

        private AgentSpec agentOf(RunSummary r) {
            AgentSpec a = agents.get(r.agent());
            return a != null ? a : AgentSpec.baseline(r.agent());
        }

        private void runOne(RunSummary r) {
            long id = r.id();
            RunRecorder.Recording recording = recorder.of(id);
            double[] runCost = {0};
            SessionExecutor.SessionSink sink = new SessionExecutor.SessionSink() {
                @Override
                public void started(String backend) {
                    recording.started(backend);
                    repo.run(id).ifPresent(listener::runStarted);
                }

                @Override
                public void turn(TurnRecord turn, double totalCost, long in, long out) {
                    recording.turn(turn, totalCost, in, out);
                    runCost[0] = totalCost;
                    listener.turn(id, turn.index());
                }
            };
            SessionExecutor.SessionResult result;
            try {
                result = sessions.execute(id, r.taskId(), agentOf(r), spec.maxTurns(), spec.variant(), sink,
                        cancelled::get);
            } catch (RuntimeException e) {
                result = new SessionExecutor.SessionResult(RunStatus.ERRORED, Text.oneLine(e), null, List.of());
            }
            if (result.status() == RunStatus.INTERRUPTED) {
                recording.requeueKeepingPartial();
            } else {
                recording.finish(result, spec.variant());
                int d = done.incrementAndGet();
                double c;
                synchronized (this) {
                    cost += runCost[0];
                    c = cost;
                }
                repo.run(id).ifPresent(listener::runFinished);
                listener.progress(d, total, c);
            }
        }

        /** Stops starting runs and asks running sessions to stop; their partial turns are kept. */
        public void cancel() {
            cancelled.set(true);
            synchronized (this) {
                notifyAll();
            }
        }

        public boolean isCancelled() {
            return cancelled.get();
        }

        /** Waits until every worker has stopped. */
        public void await() throws InterruptedException {
            finished.await();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }

        public int total() {
            return total;
        }

        public int done() {
            return done.get();
        }
    }
}
