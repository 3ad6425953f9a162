package io.srebench.cli;

import io.srebench.run.RunQuery;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.RunSummary;
import io.srebench.store.SqliteStore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srebench list}: the runs in the store, filterable. */
@Command(name = "list", description = "List runs in the store.")
public final class ListCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;
    @Mixin
    private StoreOptions store;
    @Option(names = "--task", description = "Only runs of this task.")
    private String task;
    @Option(names = "--agent", description = "Only runs of this agent.")
    private String agent;
    @Option(names = "--status", converter = OptionTypes.Status.class,
            description = "queued, running, done, errored or interrupted.")
    private RunStatus status;
    @Option(names = "--benchmark", description = "Only runs of this benchmark id.")
    private Long benchmark;
    @Option(names = "--text", description = "Only runs whose transcript contains these words.")
    private String text;
    @Option(names = "--json", description = "Print a JSON list.")
    private boolean json;

    @Override
    public Integer call() {
        List<RunSummary> runs;
        try (SqliteStore s = store.open()) {
            runs = s.list(RunQuery.all().withTask(task).withAgent(agent).withStatus(status).withBenchmark(benchmark)
                    .withText(text));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (RunSummary r : runs) {
                rows.add(row(r));
            }
            out.println(Json.pretty(rows));
            return 0;
        }
        out.printf(Locale.ROOT, "%6s  %-16s %-16s %3s  %-11s %6s %5s %9s%n", "id", "task", "agent", "rep", "status",
                "score", "turns", "cost$");
        for (RunSummary r : runs) {
            out.printf(Locale.ROOT, "%6d  %-16s %-16s %3d  %-11s %6s %5d %9.4f%n", r.id(), r.taskId(), r.agent(),
                    r.repeat(), r.status().label() + (r.retries() > 0 ? "*" : ""),
                    r.score() == null ? "-" : String.format(Locale.ROOT, "%.3f",
                            r.score()), r.turns(), r.costUsd());
        }
        out.println(runs.size() + " runs in " + store.file()
                + (runs.stream().anyMatch(r -> r.retries() > 0) ? " (* = retried after erroring)" : ""));
        return 0;
    }

    /** The JSON shape of one run in {@code list --json} and exports. */
    static Map<String, Object> row(RunSummary r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("benchmark", r.benchmarkId());
        m.put("task", r.taskId());
        m.put("agent", r.agent());
        m.put("model", r.model());
        m.put("repeat", r.repeat());
        m.put("status", r.status().label());
        m.put("score", r.score());
        m.put("variant", r.variant());
        m.put("recall", r.recall());
        m.put("precision", r.precision());
        m.put("turns", r.turns());
        m.put("cost", r.costUsd());
        m.put("input_tokens", r.inputTokens());
        m.put("output_tokens", r.outputTokens());
        m.put("sandbox", r.sandbox());
        m.put("started_at", r.startedAt() == null ? null : r.startedAt().toString());
        m.put("ended_at", r.endedAt() == null ? null : r.endedAt().toString());
        m.put("error", r.error());
        m.put("retries", r.retries());
        return m;
    }
}
