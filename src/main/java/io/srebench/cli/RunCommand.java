package io.srebench.cli;

import io.srebench.agent.LoopConfig;
import io.srebench.run.AgentSessionExecutor;
import io.srebench.sandbox.kubernetes.SandboxPods;
import io.srebench.run.AgentSpec;
import io.srebench.run.BenchmarkRunner;
import io.srebench.run.BenchmarkSpec;
import io.srebench.run.Leaderboard;
import io.srebench.run.RunQuery;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.RunSummary;
import io.srebench.score.ScoreVariant;
import io.srebench.run.Workbench;
import io.srebench.store.SqliteStore;
import io.srebench.common.BadInputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srebench run}: a benchmark of tasks x agents x repeats, with live progress; resumable. */
@Command(name = "run", description = "Run a benchmark: tasks x agents x repeats, kept in the store as it goes.")
public final class RunCommand implements Callable<Integer> {
    @Mixin
    private UnsafeSandboxOption unsafeSandbox;
    @Mixin
    private ExecutorOptions executor;
    @Spec
    private CommandSpec spec;
    @Mixin
    private StoreOptions store;
    @Option(names = "--agents", required = true, split = ",",
            description = "Comma-separated agents: alert-echo, topology-walk, oracle, shortcut-* (see tasks audit), or"
                    + " endpoint names.")
    private List<String> agents;
    @Option(names = "--tasks", defaultValue = "all", split = ",", description = "all, or comma-separated task ids.")
    private List<String> tasks;
    @Option(names = "--repeats", defaultValue = "3", description = "Repeats per task and agent (default ${DEFAULT-VALUE}).")
    private int repeats;
    @Option(names = "--concurrency", defaultValue = "4", description = "Sessions at once (default ${DEFAULT-VALUE}).")
    private int concurrency;
    @Option(names = "--per-endpoint", description = "Sessions at once per endpoint (default: --concurrency).")
    private Integer perEndpoint;
    @Option(names = "--max-turns", defaultValue = "100", description = "Turn cap (default ${DEFAULT-VALUE}).")
    private int maxTurns;
    @Option(names = "--command-timeout", defaultValue = "300", description = "Seconds per shell command.")
    private int commandTimeout;
    @Option(names = "--variant", defaultValue = "set", description = "Primary scoring variant: set or ranked.")
    private ScoreVariant variant;
    @Option(names = "--name", description = "A label for the benchmark.")
    private String name;
    @Option(names = "--tasks-dir", description = "Task definitions (default: the bundled tasks/).")
    private Path tasksDir;

    @Override
    public Integer call() throws InterruptedException {
        unsafeSandbox.apply();
        Workbench wb = new Workbench(tasksDir);
        List<String> ids = tasks.size() == 1 && "all".equals(tasks.get(0)) ? wb.catalog().ids() : tasks;
        for (String id : ids) {
            wb.catalog().get(id);
        }
        List<AgentSpec> specs = new ArrayList<>();
        for (String a : agents) {
            specs.add(wb.agent(a.trim()));
        }
        BenchmarkSpec bs;
        try {
            bs = new BenchmarkSpec(name != null ? name : String.join("+", agents) + " x " + ids.size() + " tasks", ids,
                    specs, repeats, concurrency, perEndpoint != null ? perEndpoint : concurrency, maxTurns, variant);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        try (SandboxPods pods = executor.connect(); SqliteStore s = store.open()) {
            AgentSessionExecutor sessions = wb.sessions(loop(), Warnings.to(spec.commandLine().getErr()));
            BenchmarkRunner runner = new BenchmarkRunner(s, sessions);
            long id = runner.create(bs);
            spec.commandLine().getOut().println("benchmark " + id + ": " + bs.size() + " runs (" + ids.size()
                    + " tasks x " + specs.size() + " agents x " + repeats + " repeats) in " + store.file());
            ExecutorOptions.attach(pods, wb, sessions, id, spec.commandLine().getOut());
            return execute(runner, s, id, 0, spec.commandLine());
        }
    }

    private LoopConfig loop() {
        return LoopConfig.DEFAULT.withCommandTimeout(Duration.ofSeconds(commandTimeout));
    }

    /** Runs the queued runs of a benchmark to the end (or until Ctrl-C) and prints the report. */
    static int execute(BenchmarkRunner runner, SqliteStore s, long id, int alreadyDone,
                       CommandLine cl) throws InterruptedException {
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        ProgressLine progress = new ProgressLine(err, System.console() != null, alreadyDone);
        BenchmarkRunner.Handle h = runner.start(id, progress);
        Thread hook = new Thread(() -> {
            h.cancel();
            try {
                h.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        h.await();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            return 130;
        }
        List<RunSummary> runs = s.list(RunQuery.ofBenchmark(id));
        out.println();
        // the same ranking as report, the studio and the HTML report: common tasks only, all-errored agents apart
        ReportCommand.printRanked(Leaderboard.ranked(runs), out);
        long errored = runs.stream().filter(r -> r.status() == RunStatus.ERRORED).count();
        if (errored > 0) {
            err.println("srebench: " + errored + " runs errored (retry with: srebench resume --benchmark " + id
                    + " --retry-errored)");
        }
        out.flush();
        return 0;
    }
}
