package io.srebench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.agent.LoopConfig;
import io.srebench.agent.baseline.OracleAgent;
import io.srebench.agent.shortcut.ShortcutVoteAgent;
import io.srebench.run.TaskAudit;
import io.srebench.run.TaskScoring;
import io.srebench.run.Workbench;
import io.srebench.sandbox.SandboxFactory;
import io.srebench.sandbox.SandboxOptions;
import io.srebench.score.ScoreOptions;
import io.srebench.common.BadInputException;
import io.srebench.task.Task;
import io.srebench.task.TaskManifest;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code srebench tasks audit}: runs the shortcut agents and the oracle on every task through the real sandbox and
 * prints each one's mean score (see {@link TaskAudit}). Exit 1 when a threshold is exceeded, the oracle misses or a
 * session fails (it would score 0 and flatter the tasks).
 */
@Command(name = "audit", description = "Run the shortcut agents (answers without reasoning) and the oracle on every"
        + " task and print each one's mean score; exit 1 when --max-shortcut/--max-combined is exceeded, the oracle"
        + " scores below 1.0 or a session fails.")
final class TasksAuditCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;
    @Option(names = "--tasks-dir", paramLabel = "DIR", description = "Task definitions (default: the bundled tasks/).")
    private Path tasksDir;
    @Option(names = "--task", paramLabel = "ID", description = "Only these tasks (repeatable; default all).")
    private List<String> only;
    @Option(names = "--snapshots", paramLabel = "DIR", description = "Snapshot root written by 'tasks generate --out DIR'"
            + " (default: the cache, generating what is missing).")
    private Path snapshots;
    @Option(names = "--json", description = "Print the means and the per-task scores as JSON.")
    private boolean json;
    @Option(names = "--max-shortcut", paramLabel = "X", description = "Fail when a single shortcut's mean exceeds X.")
    private Double maxShortcut;
    @Option(names = "--max-combined", paramLabel = "Y", description = "Fail when the vote of all shortcuts exceeds Y.")
    private Double maxCombined;
    @Option(names = "--jobs", paramLabel = "N", description = "Tasks audited in parallel (default: ${DEFAULT-VALUE}).")
    private int jobs = 2;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (jobs < 1) {
            throw new BadInputException("--jobs: must be at least 1");
        }
        checkThreshold("--max-shortcut", maxShortcut);
        checkThreshold("--max-combined", maxCombined);
        if (snapshots != null && !Files.isDirectory(snapshots)) {
            throw new BadInputException("--snapshots: " + snapshots + ": not a directory");
        }
        Workbench wb = new Workbench(tasksDir);
        List<String> ids = only == null || only.isEmpty() ? wb.catalog().ids() : only;
        for (String id : ids) {
            wb.catalog().get(id);
        }
        SandboxFactory.warning().ifPresent(Warnings.to(err));
        Function<Task, Path> snapshotOf = wb.snapshots();
        if (snapshots != null) {
            for (String id : ids) {
                pregenerated(wb, wb.catalog().get(id));
            }
            snapshotOf = t -> pregenerated(wb, t);
        }
        TaskAudit audit = new TaskAudit(wb.catalog(), snapshotOf,
                dir -> SandboxFactory.create(wb.agentView(dir), SandboxOptions.defaults()),
                SandboxFactory.backend(), LoopConfig.DEFAULT, new TaskScoring(ScoreOptions.DEFAULT));
        TaskAudit.Report report = audit.run(ids, jobs, line -> {
            err.println(line);
            err.flush();
        });
        List<String> failures = failures(report);
        if (json) {
            out.println(Json.pretty(toJson(report, failures)));
        } else {
            printTable(report, out);
        }
        out.flush();
        for (String f : failures) {
            err.println("srebench: audit failed: " + f);
        }
        return failures.isEmpty() ? 0 : 1;
    }

    private static void checkThreshold(String option, Double value) {
        if (value != null && (value.isNaN() || value < 0 || value > 1)) {
            throw new BadInputException(option + ": must be between 0 and 1, got " + value);
        }
    }

    /** The snapshot of {@code task} under --snapshots: DIR/ID-SHA12 as 'tasks generate --out' names it, or DIR/ID. */
    private Path pregenerated(Workbench wb, Task task) {
        String sha = wb.catalog().manifest(task.id()).map(TaskManifest::generator).map(TaskManifest.Generator::sha256)
                .orElse(null);
        List<Path> candidates = new ArrayList<>();
        if (sha != null && sha.length() >= 12) {
            candidates.add(snapshots.resolve(task.id() + "-" + sha.substring(0, 12)));
        }
        candidates.add(snapshots.resolve(task.id()));
        for (Path p : candidates) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new BadInputException("--snapshots: no snapshot of " + task.id() + " in " + snapshots + " (expected "
                + candidates.get(0).getFileName() + "; make it with 'srebench tasks generate --out " + snapshots + "')");
    }

    private List<String> failures(TaskAudit.Report report) {
        List<String> out = new ArrayList<>();
        for (TaskAudit.TaskScores t : report.tasks()) {
            // a session that failed scores 0, which would flatter the benchmark: the audit is void
            t.errors().forEach((agent, why) -> out.add(t.taskId() + ": " + agent + " did not finish: " + why));
        }
        for (String a : TaskAudit.AGENTS) {
            double mean = report.mean(a);
            if (a.equals(OracleAgent.NAME)) {
                if (report.min(a) < 1.0 - 1e-9) {
                    out.add(String.format(Locale.ROOT, "oracle scored below 1.0 on %s", report.tasks().stream()
                            .filter(t -> t.scores().getOrDefault(a, 0.0) < 1.0 - 1e-9).map(TaskAudit.TaskScores::taskId)
                            .toList()));
                }
            } else if (a.equals(ShortcutVoteAgent.NAME)) {
                if (maxCombined != null && mean > maxCombined) {
                    out.add(String.format(Locale.ROOT, "%s mean %.3f > --max-combined %.3f", a, mean, maxCombined));
                }
            } else if (maxShortcut != null && mean > maxShortcut) {
                out.add(String.format(Locale.ROOT, "%s mean %.3f > --max-shortcut %.3f", a, mean, maxShortcut));
            }
        }
        return out;
    }

    private static void printTable(TaskAudit.Report report, PrintWriter out) {
        int n = report.tasks().size();
        out.printf(Locale.ROOT, "%-22s %6s %9s%n", "agent", "mean", "tasks>0");
        for (String a : TaskAudit.AGENTS) {
            out.printf(Locale.ROOT, "%-22s %6.3f %9s%n", a, report.mean(a), report.scored(a) + "/" + n);
        }
        out.printf(Locale.ROOT, "%d task(s) in %.1f s; constant answer %s%n", n, report.seconds(),
                String.join(", ", report.constantAnswer()));
    }

    private static ObjectNode toJson(TaskAudit.Report report, List<String> failures) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("tasks", report.tasks().size());
        root.put("seconds", Math.round(report.seconds() * 10) / 10.0);
        ArrayNode constant = root.putArray("constantAnswer");
        report.constantAnswer().forEach(constant::add);
        ArrayNode agents = root.putArray("agents");
        for (String a : TaskAudit.AGENTS) {
            agents.addObject().put("agent", a).put("mean", report.mean(a)).put("tasksScored", report.scored(a));
        }
        ArrayNode perTask = root.putArray("perTask");
        for (TaskAudit.TaskScores t : report.tasks()) {
            ObjectNode o = perTask.addObject().put("task", t.taskId());
            ObjectNode scores = o.putObject("scores");
            for (String a : TaskAudit.AGENTS) {
                scores.put(a, t.scores().getOrDefault(a, 0.0));
            }
            if (!t.errors().isEmpty()) {
                ObjectNode errors = o.putObject("errors");
                t.errors().forEach(errors::put);
            }
        }
        ArrayNode f = root.putArray("failures");
        failures.forEach(f::add);
        return root;
    }
}
