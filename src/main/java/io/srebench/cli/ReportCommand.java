package io.srebench.cli;

import io.srebench.common.Text;
import io.srebench.report.HtmlReport;
import io.srebench.run.Leaderboard;
import io.srebench.run.LeaderboardCsv;
import io.srebench.run.RunQuery;
import io.srebench.run.RunSummary;
import io.srebench.store.SqliteStore;
import io.srebench.common.BadInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srebench report}: the ITBench-AA style report (accuracy, cost and turns per task) and the matrix. */
@Command(name = "report", description = "Per-agent accuracy, spread, pass rate, cost and turns per task; task x agent matrix.")
public final class ReportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;
    @Mixin
    private StoreOptions store;
    @Option(names = "--benchmark", description = "Only this benchmark (default: every run in the store).")
    private Long benchmark;
    @ArgGroup(exclusive = true)
    private Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;
        @Option(names = "--csv", description = "Print the per-agent table as CSV.")
        boolean csv;
        @Option(names = "--html", paramLabel = "FILE", description = "Write a self-contained offline HTML report "
                + "(leaderboard, charts, matrix, transcripts) to FILE.")
        Path html;
    }

    @Override
    public Integer call() {
        if (format.html != null) {
            return writeHtml(format.html);
        }
        List<RunSummary> runs;
        try (SqliteStore s = store.open()) {
            runs = s.list(RunQuery.all().withBenchmark(benchmark));
        }
        // the same honest ranking as the studio: only the tasks every ranked agent ran, all-errored agents apart
        Leaderboard.Ranked ranked = Leaderboard.ranked(runs);
        Leaderboard.Report r = ranked.report();
        PrintWriter out = spec.commandLine().getOut();
        if (format.json) {
            Map<String, Object> j = json(r);
            j.put("taskSet", ranked.taskSet());
            j.put("excludedTasks", ranked.excludedTasks());
            j.put("erroredAgents", ranked.erroredAgents());
            out.println(Json.pretty(j));
        } else if (format.csv) {
            out.print(csv(r));
        } else {
            printRanked(ranked, out);
        }
        return 0;
    }

    /**
     * The ranking as text: the table and matrix over the tasks every ranked agent ran, the task set, the agents
     * whose every run errored (listed apart, not ranked). {@code report} and the summary at the end of {@code run}.
     */
    static void printRanked(Leaderboard.Ranked ranked, PrintWriter out) {
        Leaderboard.Report r = ranked.report();
        printText(r, out);
        if (!r.agents().isEmpty()) {
            out.println();
            out.println("ranked over " + ranked.taskSet());
            if (!ranked.excludedTasks().isEmpty()) {
                out.println("left out (not run by every ranked agent): " + TerminalText.safe(String.join(", ",
                        ranked.excludedTasks())));
            }
        }
        if (!ranked.erroredAgents().isEmpty()) {
            out.println("errored, not ranked (every run errored): " + TerminalText.safe(String.join(", ",
                    ranked.erroredAgents())));
        }
    }

    private int writeHtml(Path file) {
        HtmlReport.Written[] w = new HtmlReport.Written[1];
        OutputFile.check("--html", file);
        try (SqliteStore s = store.open()) {
            OutputFile.write("--html", file, out -> w[0] = HtmlReport.write(s, benchmark, HtmlReport.Limits.DEFAULT, out));
        }
        try {
            spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s: %d runs, %d agents, %d tasks, %,d bytes%n", file,
                    w[0].runs(), w[0].agents(), w[0].tasks(), Files.size(file));
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read back the report: " + e.getMessage());
        }
        return 0;
    }

    static Map<String, Object> json(Leaderboard.Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agents", r.agents());
        m.put("tasks", r.tasks());
        m.put("matrix", r.cells());
        return m;
    }

    /** The per-agent table as CSV (see {@link LeaderboardCsv}). */
    public static String csv(Leaderboard.Report r) {
        return LeaderboardCsv.of(r);
    }

    static void printText(Leaderboard.Report r, PrintWriter out) {
        if (r.agents().isEmpty()) {
            out.println("No scored runs yet. Run a benchmark first: srebench run --agents topology-walk --tasks all");
            return;
        }
        out.printf(Locale.ROOT, "%-22s %5s %4s %9s %7s %6s %10s %7s %10s%n", "agent", "runs", "err", "accuracy", "spread",
                "pass", "cost/task", "turns", "tokens/task");
        for (Leaderboard.AgentRow a : r.agents()) {
            out.printf(Locale.ROOT, "%-22s %5d %4d %8.1f%% %6.1f%% %5.0f%% %10.4f %7.1f %10.0f%s%n",
                    TerminalText.safe(a.agent()), a.runs(), a.errored(), a.accuracy() * 100, a.spread() * 100,
                    a.passRate() * 100, a.costPerTask(), a.turnsPerTask(), a.inputTokensPerTask() + a.outputTokensPerTask(),
                    notes(a));
        }
        out.println("(accuracy and pass over planned runs: each errored run counts 0 until resume --retry-errored "
                + "completes it)");
        out.println();
        List<String> agents = new ArrayList<>();
        r.agents().forEach(a -> agents.add(a.agent()));
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-18s", "task \\ agent"));
        agents.forEach(a -> head.append(String.format(Locale.ROOT, " %16s", Text.shorten(TerminalText.safe(a), 16))));
        out.println(head);
        for (String t : r.tasks()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-18s", Text.shorten(TerminalText.safe(t), 18)));
            for (String a : agents) {
                Leaderboard.Cell c = r.cell(t, a);
                line.append(String.format(Locale.ROOT, " %16s", c == null ? "-"
                        : String.format(Locale.ROOT, "%.2f±%.2f (%d%s)", c.mean(), c.spread(), c.scores().size(),
                                c.errored() > 0 ? " " + c.errored() + "err" : "")));
            }
            out.println(line);
        }
    }

    private static String notes(Leaderboard.AgentRow a) {
        String s = a.errored() > 0 ? "  " + a.errored() + " errored" : "";
        return a.retried() > 0 ? s + "  " + a.retried() + " retried" : s;
    }
}
