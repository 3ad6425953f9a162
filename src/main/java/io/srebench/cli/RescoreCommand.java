package io.srebench.cli;

import io.srebench.run.RunDetail;
import io.srebench.run.RunQuery;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.RunSummary;
import io.srebench.run.RunRecorder;
import io.srebench.run.TaskScoring;
import io.srebench.score.ScoreOptions;
import io.srebench.score.ScoreVariant;
import io.srebench.store.SqliteStore;
import io.srebench.task.EntityRef;
import io.srebench.task.Task;
import io.srebench.task.TaskCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srebench rescore}: score finished runs again, e.g. in the other variant; the runs are not touched. */
@Command(name = "rescore", description = "Score finished runs again (both variants); the chosen variant becomes primary.")
public final class RescoreCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;
    @Mixin
    private StoreOptions store;
    @Option(names = "--variant", defaultValue = "set", description = "Primary variant: set or ranked (default ${DEFAULT-VALUE}).")
    private ScoreVariant primary;
    @Option(names = "--benchmark", description = "Only this benchmark.")
    private Long benchmark;
    @Option(names = "--ignore-monitoring-namespaces", description = "Drop entities in monitoring namespaces before scoring.")
    private boolean ignoreMonitoring;
    @Option(names = "--tasks-dir", description = "Task definitions (default: the bundled tasks/).")
    private Path tasksDir;

    @Override
    public Integer call() {
        ScoreOptions opts = ignoreMonitoring ? ScoreOptions.DEFAULT.ignoringMonitoringNamespaces() : ScoreOptions.DEFAULT;
        TaskScoring scoring = new TaskScoring(opts);
        TaskCatalog catalog = tasksDir != null ? TaskCatalog.load(tasksDir) : TaskCatalog.bundled();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int rescored = 0;
        int skipped = 0;
        try (SqliteStore s = store.open()) {
            RunRecorder recorder = new RunRecorder(s);
            for (RunSummary r : s.list(RunQuery.all().withStatus(RunStatus.DONE).withBenchmark(benchmark))) {
                Optional<Task> task = catalog.find(r.taskId());
                RunDetail d = s.detail(r.id()).orElseThrow();
                if (task.isEmpty() || d.submissionJson() == null) {
                    skipped++;
                    err.println("srebench: run " + r.id() + ": " + (task.isEmpty() ? "task " + r.taskId()
                            + " is not in " + catalog.dir() : "no submission recorded") + "; skipped");
                    continue;
                }
                List<EntityRef> entities = TaskScoring.parseSubmission(task.get(), d.submissionJson());
                recorder.of(r.id()).scores(scoring.scoreAll(task.get(), entities), primary);
                rescored++;
            }
        }
        out.println("rescored " + rescored + " runs (primary variant " + primary.id() + ")"
                + (skipped > 0 ? ", skipped " + skipped : ""));
        return 0;
    }
}
