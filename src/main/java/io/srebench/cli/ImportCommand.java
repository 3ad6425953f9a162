package io.srebench.cli;

import io.srebench.interop.ImportService;
import io.srebench.interop.ImportService.FileOutcome;
import io.srebench.run.TaskScoring;
import io.srebench.score.ScoreOptions;
import io.srebench.score.ScoreVariant;
import io.srebench.store.SqliteStore;
import io.srebench.task.Task;
import io.srebench.task.TaskCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code srebench import FILE...}: other tools' runs (Stirrup, Inspect, ITBench, ATIF, SWE-agent, mini-swe-agent,
 * Codex) and srebench trajectory exports into the store, all or nothing per file; formats are told by content only
 * (docs/decisions/0006-format-detection.md). Content imported before is reported "already imported" and not written
 * again. Exit 2 when any file was refused (the others are imported).
 */
@Command(name = "import", description = "Import runs: Stirrup JSON, Inspect .eval/.json, ITBench agent_output.json "
        + "(or its output directory), Harbor ATIF trajectory.json, SWE-agent .traj, mini-swe-agent 1.x, Codex rollout "
        + "JSONL, srebench trajectory JSON/JSONL; directories (Inspect log dirs, Harbor job dirs) file by file.")
public final class ImportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;
    @Mixin
    private StoreOptions store;
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or directories to import.")
    private List<Path> files;
    @Option(names = "--task-map", paramLabel = "SOURCE=TASK", description = "Map a source's task name (an incident "
            + "folder, an Inspect sample id, ...) to an srebench task id; repeatable. Names like Scenario-3, scenario_3, "
            + "incident-3 or a bare incident number need no mapping.")
    private Map<String, String> taskMap = new LinkedHashMap<>();
    @Option(names = "--tasks-dir", description = "Task definitions to score imported runs against (default: the bundled "
            + "tasks/ when found; without tasks runs are imported unscored).")
    private Path tasksDir;

    @Override
    public Integer call() {
        Function<String, Optional<Task>> tasks = tasks();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<FileOutcome> outcomes;
        try (SqliteStore s = store.open()) {
            outcomes = new ImportService(tasks, new TaskScoring(ScoreOptions.DEFAULT), ScoreVariant.SET)
                    .withTaskMap(taskMap).importAll(files, s);
        }
        int refused = 0;
        int duplicates = 0;
        int runs = 0;
        for (FileOutcome o : outcomes) {
            if (o.refused()) {
                refused++;
                err.println("srebench: " + o.summary());
                continue;
            }
            if (o.format() == null) {
                out.println(o.summary()); // a directory's note on the files it skipped
                continue;
            }
            duplicates += o.skippedAsDuplicate() ? 1 : 0;
            runs += o.runIds().size();
            out.println(o.summary());
        }
        long files = outcomes.stream().filter(o -> o.refused() || o.format() != null).count();
        long imported = files - refused - duplicates;
        out.println(runs + " runs imported from " + imported + " of " + files + " files into " + store.file()
                + (duplicates > 0 ? "; " + duplicates + " already imported" : "")
                + (refused > 0 ? "; " + refused + " refused" : ""));
        return refused > 0 ? SrebenchCommand.EXIT_BAD_INPUT : 0;
    }

    private Function<String, Optional<Task>> tasks() {
        if (tasksDir != null) {
            TaskCatalog c = TaskCatalog.load(tasksDir);
            return c::find;
        }
        Optional<Path> bundled = TaskCatalog.locateBundled();
        if (bundled.isPresent() && java.nio.file.Files.isDirectory(bundled.get())) {
            TaskCatalog c = TaskCatalog.load(bundled.get());
            return c::find;
        }
        return id -> Optional.empty();
    }
}
