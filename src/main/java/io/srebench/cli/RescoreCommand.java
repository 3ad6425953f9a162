package io.srebench.cli;

import io.srebench.run.RunDetail;
import io.srebench.run.RunQuery;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.RunSummary;
import io.srebench.run.ScoreRecord;
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
    private String variant;
    @Option(names = "--benchmark", description = "Only this benchmark.")
    private Long benchmark;
    @Option(names = "--ignore-monitoring-namespaces", description = "Drop entities in monitoring namespaces before scoring.")
    private boolean ignoreMonitoring;
    @Option(names = "--tasks-dir", description = "Task definitions (default: the bundled tasks/).")
    private Path tasksDir;

    @Override
    public Integer call() {
        ScoreVariant primary = ScoreVariant.parse(variant);
        ScoreOptions opts = ignoreMonitoring ? ScoreOptions.DEFAULT.ignoringMonitoringNamespaces() : ScoreOptions.DEFAULT;
        TaskScoring scoring = new TaskScoring(opts);
        TaskCatalog catalog = tasksDir != null ? TaskCatalog.load(tasksDir) : TaskCatalog.bundled();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int rescored = 0;
        int skipped = 0;
        try (SqliteStore s = store.open()) {
            for (RunSummary r : s.list(new RunQuery(null, null, RunStatus.DONE, benchmark, null, null, null, 0))) {
                Optional<Task> task = catalog.find(r.taskId());
                RunDetail d = s.detail(r.id()).orElseThrow();
                if (task.isEmpty() || d.submissionJson() == null) {
                    skipped++;
                    err.println("srebench: run " + r.id() + ": " + (task.isEmpty() ? "task " + r.taskId()
                            + " is not in " + catalog.dir() : "no submission recorded") + "; skipped");
                    continue;
                }
                List<EntityRef> entities = TaskScoring.parseSubmission(task.get(), d.submissionJson());
                for (ScoreRecord sc : scoring.scoreAll(task.get(), entities)) {
                    s.putScore(r.id(), sc, sc.variant().equals(primary.id()));
                }
                rescored++;
            }
        }
        out.println("rescored " + rescored + " runs (primary variant " + primary.id() + ")"
                + (skipped > 0 ? ", skipped " + skipped : ""));
        return 0;
    }
}
