package io.srebench.report;

import io.srebench.run.BenchmarkRecord;
import io.srebench.run.Leaderboard;
import io.srebench.run.RunQuery;
import io.srebench.run.RunRepository;
import io.srebench.run.RunSummary;
import io.srebench.common.NaturalOrder;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A self-contained offline HTML report of a benchmark (or of every run in a store): leaderboard, cost/accuracy
 * and turns/accuracy charts as inline SVG, the task x agent matrix, and one collapsible section per run with
 * its score explanation and transcript.
 *
 * <p>Contract: the page references nothing outside itself (inline CSS and SVG, no scripts, no fonts, no
 * images; a Content-Security-Policy forbids every fetch) and every run-derived text is HTML-escaped, so a tool
 * output containing markup shows up as text. Limits: outputs are cut per {@link Limits}, so the page stays a
 * few MB for a few hundred runs; the runs are rendered one at a time, but the turns of one run are held in memory.
 */
public final class HtmlReport {
    private static final String[] PALETTE = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"};

    private HtmlReport() {
    }

    /**
     * How much text the per-run sections show.
     *
     * @param outputChars the most characters shown of one tool output, assistant text or command
     * @param runChars the most characters of tool output shown for one run; later outputs get a note instead
     */
    public record Limits(int outputChars, int runChars) {
        /** 1,500 characters per output, 30,000 per run: ~3 MB for a 300-run baseline benchmark. */
        public static final Limits DEFAULT = new Limits(1_500, 30_000);

        public Limits {
            if (outputChars < 1 || runChars < 1) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }
    }

    /** What was written. */
    public record Written(int runs, int agents, int tasks) {
    }

    /**
     * Writes the report.
     *
     * @param repo the store to read
     * @param benchmarkId only this benchmark's runs, or null for every run
     * @param limits text limits for the per-run sections
     * @param out where the HTML goes (not closed)
     */
    public static Written write(RunRepository repo, Long benchmarkId, Limits limits, Writer out) throws IOException {
        List<RunSummary> runs = new ArrayList<>(repo.list(RunQuery.all().withBenchmark(benchmarkId)));
        runs.sort(Comparator.comparing(RunSummary::taskId, NaturalOrder.COMPARATOR).thenComparing(RunSummary::agent)
                .thenComparingInt(RunSummary::repeat).thenComparingLong(RunSummary::id));
        Leaderboard.Ranked ranked = Leaderboard.ranked(runs);
        Leaderboard.Report report = ranked.report();
        Map<String, String> colors = new LinkedHashMap<>();
        for (Leaderboard.AgentRow a : report.agents()) {
            colors.put(a.agent(), PALETTE[colors.size() % PALETTE.length]);
        }
        String title = benchmarkId == null ? "srebench report"
                : "srebench report: " + repo.benchmark(benchmarkId).map(BenchmarkRecord::name).orElse("benchmark " + benchmarkId);
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.esc(title)).append("</title><style>").append(ReportStyle.CSS)
                .append("</style></head><body>\n");
        b.append("<h1>").append(Html.esc(title)).append("</h1>");
        b.append("<p class=\"muted\">").append(Html.count(runs.size())).append(" runs · ")
                .append(statusCounts(runs)).append(" · generated ")
                .append(Html.esc(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())).append("</p>\n");
        if (!ranked.erroredAgents().isEmpty()) {
            b.append("<p class=\"muted\">Errored, not ranked (every run errored): ")
                    .append(Html.esc(String.join(", ", ranked.erroredAgents()))).append("</p>\n");
        }
        if (report.agents().isEmpty()) {
            b.append("<p>No scored runs yet.</p>");
        } else {
            b.append("<p class=\"muted\">Ranked over ").append(Html.esc(ranked.taskSet())).append(".</p>\n");
            ReportTables.leaderboard(b, report, colors);
            appendCharts(b, report, colors);
            ReportTables.matrix(b, report);
        }
        out.write(b.toString());
        b.setLength(0);
        out.write("<h2>Runs</h2><p class=\"muted\">Click a run to open its score explanation and transcript. Outputs are "
                + "cut to " + Html.count(limits.outputChars()) + " characters each and " + Html.count(limits.runChars())
                + " characters per run.</p>\n");
        String task = null;
        for (RunSummary r : runs) {
            if (!r.taskId().equals(task)) {
                task = r.taskId();
                b.append("<h3 id=\"task-").append(Html.esc(anchor(task))).append("\">").append(Html.esc(task)).append("</h3>");
            }
            // annotations (labels and notes) travel with the report when the store keeps them
            List<io.srebench.run.Annotation> notes = repo instanceof io.srebench.run.AnnotationRepository a
                    ? a.annotations(r.id()) : List.of();
            RunSection.append(b, r, repo.detail(r.id()).orElse(null), repo.turns(r.id()), notes, limits);
            out.write(b.toString());
            b.setLength(0);
        }
        out.write("</body></html>\n");
        out.flush();
        return new Written(runs.size(), report.agents().size(), report.tasks().size());
    }

    private static void appendCharts(StringBuilder b, Leaderboard.Report report, Map<String, String> colors) {
        List<SvgScatter.Dot> cost = new ArrayList<>();
        List<SvgScatter.Dot> turns = new ArrayList<>();
        for (Leaderboard.AgentRow a : report.agents()) {
            cost.add(new SvgScatter.Dot(a.agent(), a.costPerTask(), a.accuracy(), a.spread(), colors.get(a.agent())));
            turns.add(new SvgScatter.Dot(a.agent(), a.turnsPerTask(), a.accuracy(), a.spread(), colors.get(a.agent())));
        }
        b.append("<h2>Charts</h2><div class=\"charts\">");
        b.append(SvgScatter.render("Cost per task vs accuracy (dashed: Pareto frontier)", "cost per task (USD)",
                v -> v == 0 ? "$0" : String.format(Locale.ROOT, v < 0.01 ? "$%.4f" : "$%.2f", v), cost, true));
        b.append(SvgScatter.render("Turns per task vs accuracy", "turns per task",
                v -> String.format(Locale.ROOT, v == Math.rint(v) ? "%.0f" : "%.1f", v), turns, false));
        b.append("</div><p class=\"muted\">Bars: spread of accuracy across repeats (sample standard deviation).</p>\n");
    }

    private static String statusCounts(List<RunSummary> runs) {
        Map<String, Integer> n = new LinkedHashMap<>();
        for (RunSummary r : runs) {
            n.merge(r.status().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        n.forEach((k, v) -> parts.add(v + " " + k));
        return Html.esc(String.join(", ", parts));
    }

    /** A fragment id: characters outside [A-Za-z0-9._-] become '_'. */
    static String anchor(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
