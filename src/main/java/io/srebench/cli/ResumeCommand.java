package io.srebench.cli;

import io.srebench.agent.LoopConfig;
import io.srebench.run.AgentSessionExecutor;
import io.srebench.sandbox.kubernetes.SandboxPods;
import io.srebench.run.BenchmarkRecord;
import io.srebench.run.BenchmarkRunner;
import io.srebench.run.RunQuery;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.RunSummary;
import io.srebench.run.Workbench;
import io.srebench.store.SqliteStore;
import io.srebench.common.BadInputException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code srebench resume}: continue a benchmark after a crash, kill or Ctrl-C. Finished runs are not
 * redone; runs that were in flight are kept as interrupted copies and restart from scratch.
 */
@Command(name = "resume", description = "Continue an interrupted benchmark (default: the latest).")
public final class ResumeCommand implements Callable<Integer> {
    @Mixin
    private UnsafeSandboxOption unsafeSandbox;
    @Mixin
    private ExecutorOptions executor;
    @Spec
    private CommandSpec spec;
    @Mixin
    private StoreOptions store;
    @Option(names = "--benchmark", description = "Benchmark id (default: the latest).")
    private Long benchmark;
    @Option(names = "--retry-errored", description = "Also run errored runs again (each retry is recorded"
            + " and shown in reports; until then an errored run counts 0).")
    private boolean retryErrored;
    @Option(names = "--command-timeout", defaultValue = "300", description = "Seconds per shell command.")
    private int commandTimeout;
    @Option(names = "--tasks-dir", description = "Task definitions (default: the bundled tasks/).")
    private Path tasksDir;

    @Override
    public Integer call() throws InterruptedException {
        unsafeSandbox.apply();
        Workbench wb = new Workbench(tasksDir);
        try (SandboxPods pods = executor.connect(); SqliteStore s = store.open()) {
            List<BenchmarkRecord> all = s.benchmarks();
            if (all.isEmpty()) {
                throw new BadInputException(store.file() + ": no benchmark to resume");
            }
            long id = benchmark != null ? benchmark : all.get(all.size() - 1).id();
            if (s.benchmark(id).isEmpty()) {
                throw new BadInputException("--benchmark: no benchmark " + id + " in " + store.file());
            }
            AgentSessionExecutor sessions = wb.sessions(
                    LoopConfig.DEFAULT.withCommandTimeout(Duration.ofSeconds(commandTimeout)),
                    Warnings.to(spec.commandLine().getErr()));
            BenchmarkRunner runner = new BenchmarkRunner(s, sessions);
            ExecutorOptions.attach(pods, wb, sessions, id, spec.commandLine().getOut());
            long errored = retryErrored ? s.list(RunQuery.ofBenchmark(id)).stream()
                    .filter(r -> r.status() == RunStatus.ERRORED).count() : 0;
            int requeued = runner.recover(id, retryErrored);
            if (errored > 0) {
                spec.commandLine().getOut().println("benchmark " + id + ": retrying " + errored
                        + " errored runs (recorded on each run; reports mark them retried)");
            }
            List<RunSummary> runs = s.list(RunQuery.ofBenchmark(id));
            int done = (int) runs.stream().filter(r -> r.status().isFinal()).count();
            spec.commandLine().getOut().println("benchmark " + id + ": " + done + " of " + runs.size()
                    + " runs finished; " + requeued + " put back in the queue");
            return RunCommand.execute(runner, s, id, done, spec.commandLine());
        }
    }
}
