package io.srebench.report;

import io.srebench.run.Leaderboard;
import io.srebench.common.NaturalOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The leaderboard table and the task x agent matrix of the HTML report. */
final class ReportTables {
    private ReportTables() {
    }

    static void leaderboard(StringBuilder b, Leaderboard.Report report, Map<String, String> colors) {
        b.append("<h2>Leaderboard</h2><table class=\"lb\"><thead><tr><th>agent</th><th>runs</th><th>errored</th>")
                .append("<th>accuracy ± spread</th><th>pass rate</th><th>cost / task</th><th>turns / task</th>")
                .append("<th>input tokens / task</th><th>output tokens / task</th></tr></thead><tbody>");
        for (Leaderboard.AgentRow a : report.agents()) {
            b.append("<tr><td><span class=\"sw\" style=\"background:").append(colors.get(a.agent())).append("\"></span>")
                    .append(Html.esc(a.agent())).append("</td><td>").append(a.runs()).append("</td><td>")
                    .append(a.errored() > 0 ? a.errored() + " errored" : "0")
                    .append(a.retried() > 0 ? " (" + a.retried() + " retried)" : "")
                    .append("</td><td><span class=\"bar\"><span style=\"width:")
                    .append(String.format(Locale.ROOT, "%.1f", Math.max(0, Math.min(1, a.accuracy())) * 100))
                    .append("%\"></span></span>").append(Html.pct(a.accuracy())).append(" ± ").append(Html.pct(a.spread()))
                    .append("</td><td>").append(Html.pct(a.passRate())).append("</td><td>").append(Html.usd(a.costPerTask()))
                    .append("</td><td>").append(Html.num(a.turnsPerTask(), 1)).append("</td><td>")
                    .append(Html.count(Math.round(a.inputTokensPerTask()))).append("</td><td>")
                    .append(Html.count(Math.round(a.outputTokensPerTask()))).append("</td></tr>");
        }
        b.append("</tbody></table><p class=\"muted\">Accuracy and pass rate: over the planned runs (tasks x repeats); "
                + "an errored run counts 0 unless an explicit retry (resume --retry-errored) completed it; spread: "
                + "sample standard deviation of the per-repeat accuracies.</p>\n");
    }

    static void matrix(StringBuilder b, Leaderboard.Report report) {
        b.append("<h2>Task × agent</h2><table class=\"mx\"><thead><tr><th>task</th>");
        for (Leaderboard.AgentRow a : report.agents()) {
            b.append("<th>").append(Html.esc(a.agent())).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        List<String> tasks = new ArrayList<>(report.tasks());
        tasks.sort(NaturalOrder.COMPARATOR);
        for (String t : tasks) {
            b.append("<tr><td><a href=\"#task-").append(Html.esc(HtmlReport.anchor(t))).append("\">").append(Html.esc(t))
                    .append("</a></td>");
            for (Leaderboard.AgentRow a : report.agents()) {
                Leaderboard.Cell c = report.cell(t, a.agent());
                if (c == null) {
                    b.append("<td class=\"none\">–</td>");
                    continue;
                }
                b.append("<td style=\"background:").append(heat(c.mean())).append("\"><b>").append(Html.num(c.mean(), 2))
                        .append("</b>");
                if (c.scores().size() > 1) {
                    b.append(" ± ").append(Html.num(c.spread(), 2));
                }
                if (c.errored() > 0) {
                    b.append(" <span class=\"muted\">(").append(c.errored()).append(" errored, as 0)</span>");
                }
                b.append("<br>");
                for (int i = 0; i < c.runIds().size(); i++) {
                    b.append("<a class=\"cl\" href=\"#run-").append(c.runIds().get(i)).append("\" title=\"run ")
                            .append(c.runIds().get(i)).append("\">").append(Html.num(c.scores().get(i), 2)).append("</a> ");
                }
                b.append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table>\n");
    }

    /** Red (0) to green (1) background, light enough for black text. */
    private static String heat(double v) {
        double x = Math.max(0, Math.min(1, v));
        return String.format(Locale.ROOT, "hsl(%.0f, 65%%, 82%%)", x * 120);
    }
}
