package io.srebench.run;

import io.srebench.score.ScoreVariant;
import io.srebench.trajectory.RunStatus;

import io.srebench.agent.LoopConfig;
import io.srebench.trajectory.ChatMessage;
import io.srebench.agent.model.Endpoint;
import io.srebench.agent.model.EndpointKind;
import io.srebench.agent.model.ModelClient;
import io.srebench.agent.model.ModelReply;
import io.srebench.trajectory.TokenUsage;
import io.srebench.trajectory.ToolCall;
import io.srebench.store.SqliteStore;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark, not a test: harness overhead. A simulated model answers every call after exactly 1 s;
 * N sessions of T turns run at once (each turn one real sandboxed shell command and one store write;
 * the last turn submits). Ideal wall time = T seconds. Prints wall time, overhead and peak memory.
 * Run with SREBENCH_CACHE_DIR set and the task generated: {@code java -cp ... io.srebench.run.HarnessOverheadBench 64 30}.
 */
public final class HarnessOverheadBench {
    private static final String DEFAULT_COMMAND = "head -c 2000 /snapshot/topology.json | wc -c";

    private HarnessOverheadBench() {
    }

    /** One second per call, 29 shell commands, then a submit. */
    static ModelClient simulated(int turns) {
        return simulated(turns, DEFAULT_COMMAND);
    }

    /** As {@link #simulated(int)} with {@code command} as the shell command of every turn. */
    static ModelClient simulated(int turns, String command) {
        String args = io.srebench.trajectory.TrajectoryIO.MAPPER.createObjectNode().put("command", command).toString();
        return request -> {
            long calls = request.messages().stream().filter(m -> m instanceof ChatMessage.Assistant).count();
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ToolCall call = calls + 1 >= turns
                    ? new ToolCall("c" + calls, "submit", "{\"entities\":[\"otel-demo/Deployment/shipping\"]}")
                    : new ToolCall("c" + calls, "shell", args);
            return new ModelReply(new ChatMessage.Assistant("step " + calls, List.of(), List.of(call)),
                    new TokenUsage(1000 + 200 * calls, 0, 50, 0), 1000, "tool_calls");
        };
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int turns = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        // e.g. "true": what is left is the harness itself (loop, store writes, sandbox round trip of a no-op)
        String command = args.length > 2 ? args[2] : DEFAULT_COMMAND;
        Path tasks = Path.of(System.getProperty("user.dir"), "tasks");
        Workbench wb = new Workbench(tasks);
        wb.addEndpoint(Endpoint.of("simulated", EndpointKind.OPENAI_COMPATIBLE, "http://127.0.0.1:9/v1", "sim-1s", "NONE"));
        String task = "scenario-16";
        wb.snapshots().apply(wb.catalog().get(task));
        Path dir = Files.createTempDirectory("harness-bench");
        try (SqliteStore store = SqliteStore.open(dir.resolve("bench.db"))) {
            AgentSessionExecutor sessionsExec = wb.sessions(LoopConfig.DEFAULT, w -> System.err.println(w))
                    .withModelClients(e -> simulated(turns, command));
            BenchmarkSpec spec = new BenchmarkSpec("overhead", Collections.nCopies(1, task),
                    List.of(AgentSpec.model("simulated", "simulated", "sim-1s")), sessions, sessions,
                    sessions, turns + 5, ScoreVariant.SET);
            BenchmarkRunner runner = new BenchmarkRunner(store, sessionsExec);
            long id = runner.create(spec);
            long t0 = System.nanoTime();
            runner.start(id, null).await();
            double wall = (System.nanoTime() - t0) / 1e9;
            List<RunSummary> runs = store.list(RunQuery.all());
            long done = runs.stream().filter(r -> r.status() == RunStatus.DONE && r.turns() == turns).count();
            long heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf(Locale.ROOT, "command: %s%n", command);
            System.out.printf(Locale.ROOT, "%d sessions x %d turns (1 s simulated model latency): wall %.1f s, ideal %d s, "
                    + "overhead %.1f%%; %d/%d sessions done with %d turns; peak heap %.0f MB%n", sessions, turns, wall, turns,
                    100 * (wall - turns) / turns, done, runs.size(), turns, heap / 1e6);
        }
    }
}
