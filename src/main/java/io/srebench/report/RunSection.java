package io.srebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.trajectory.ChatMessage;
import io.srebench.trajectory.ToolCallRecord;
import io.srebench.trajectory.ToolResultRecord;
import io.srebench.trajectory.TrajectoryIO;
import io.srebench.trajectory.Turn;
import io.srebench.run.RunDetail;
import io.srebench.run.RunSummary;
import io.srebench.run.ScoreRecord;
import io.srebench.run.TurnRecord;
import io.srebench.common.BadInputException;
import java.io.IOException;
import java.util.List;

/**
 * One run's section of the HTML report: a collapsible block with the run's figures, the score explanation
 * (hits, false positives, missed root causes from each {@link ScoreRecord#detailJson()}), the submission and the
 * transcript (assistant text, commands, outputs). Text is cut to {@link HtmlReport.Limits}: each output to
 * {@code outputChars}, and once a run has shown {@code runChars} characters of outputs the remaining ones are
 * left out with a note. The harness prompts (system, task) are the same for every run and are not shown.
 */
final class RunSection {
    private final HtmlReport.Limits limits;
    private final StringBuilder b;
    private long shown;

    private RunSection(HtmlReport.Limits limits, StringBuilder b) {
        this.limits = limits;
        this.b = b;
    }

    /** Appends the section of one run; {@code detail} may be null when the store has none. */
    static void append(StringBuilder b, RunSummary r, RunDetail detail, List<TurnRecord> turns, HtmlReport.Limits limits) {
        append(b, r, detail, turns, List.of(), limits);
    }

    /** The run's section with its annotations (labels and notes on entities) above the transcript. */
    static void append(StringBuilder b, RunSummary r, RunDetail detail, List<TurnRecord> turns,
                       List<io.srebench.run.Annotation> notes, HtmlReport.Limits limits) {
        RunSection s = new RunSection(limits, b);
        s.notes = notes;
        s.render(r, detail, turns);
    }

    private List<io.srebench.run.Annotation> notes = List.of();

    private void appendAnnotations() {
        if (notes.isEmpty()) {
            return;
        }
        b.append("<h4>Annotations</h4><ul class=\"annotations\">");
        for (io.srebench.run.Annotation a : notes) {
            b.append("<li><code>").append(Html.esc(a.entity())).append("</code> — ")
                    .append(Html.esc(a.label() == null ? "note" : a.label().text()));
            if (a.turn() != null) {
                b.append(" (turn ").append(a.turn()).append(')');
            }
            if (a.note() != null && !a.note().isBlank()) {
                b.append(": ").append(Html.esc(a.note()));
            }
            if (a.author() != null) {
                b.append(" <span class=\"muted\">— ").append(Html.esc(a.author())).append("</span>");
            }
            b.append("</li>");
        }
        b.append("</ul>");
    }

    private void render(RunSummary r, RunDetail detail, List<TurnRecord> turns) {
        b.append("<details class=\"run\" id=\"run-").append(r.id()).append("\"><summary>");
        b.append("<span class=\"rid\">#").append(r.id()).append("</span> <b>").append(Html.esc(r.taskId()))
                .append("</b> · ").append(Html.esc(r.agent()));
        if (r.model() != null) {
            b.append(" (").append(Html.esc(r.model())).append(')');
        }
        b.append(" · repeat ").append(r.repeat()).append(" · <span class=\"st st-").append(Html.esc(r.status().name()
                .toLowerCase(java.util.Locale.ROOT))).append("\">").append(Html.esc(r.status().name()
                .toLowerCase(java.util.Locale.ROOT))).append("</span>");
        if (r.score() != null) {
            b.append(" · score <b>").append(Html.num(r.score(), 2)).append("</b>");
        }
        b.append(" · ").append(r.turns()).append(" turns · ").append(Html.usd(r.costUsd())).append("</summary>");
        b.append("<div class=\"body\">");
        if (r.error() != null) {
            b.append("<p class=\"error\">Error: ").append(Html.esc(Html.cut(r.error(), limits.outputChars()).text()))
                    .append("</p>");
        }
        if (detail != null) {
            for (ScoreRecord s : detail.scores()) {
                appendScore(s);
            }
            appendSubmission(detail.submissionJson());
        }
        appendAnnotations();
        b.append("<h4>Transcript</h4>");
        if (turns.isEmpty()) {
            b.append("<p class=\"muted\">No turns recorded.</p>");
        }
        for (TurnRecord t : turns) {
            appendTurn(t);
        }
        b.append("</div></details>\n");
    }

    private void appendScore(ScoreRecord s) {
        b.append("<h4>Score (").append(Html.esc(s.variant())).append("): ").append(Html.num(s.score(), 3))
                .append(" — recall ").append(Html.num(s.recall(), 3)).append(", precision ")
                .append(Html.num(s.precision(), 3)).append("</h4>");
        JsonNode d;
        try {
            d = s.detailJson() == null ? null : TrajectoryIO.MAPPER.readTree(s.detailJson());
        } catch (IOException e) {
            d = null;
        }
        JsonNode rows = d == null ? null : d.get("rows");
        JsonNode missed = d == null ? null : d.get("missed");
        if ((rows == null || rows.isEmpty()) && (missed == null || missed.isEmpty())) {
            b.append("<p class=\"muted\">No per-entity explanation recorded.</p>");
            return;
        }
        b.append("<table class=\"expl\"><tr><th>#</th><th>rank</th><th>outcome</th><th>submitted entity</th>"
                + "<th>root cause</th><th>detail</th></tr>");
        if (rows != null) {
            for (JsonNode row : rows) {
                String outcome = row.path("outcome").asText("");
                int rank = row.path("rank").asInt(0);
                b.append("<tr class=\"o-").append(Html.esc(outcome)).append("\"><td>").append(row.path("index").asInt())
                        .append("</td><td>").append(rank == 0 ? "-" : String.valueOf(rank)).append("</td><td>")
                        .append(Html.esc(outcome.replace('_', ' '))).append("</td><td><code>")
                        .append(Html.esc(row.path("entity").asText(""))).append("</code></td><td>")
                        .append(Html.esc(row.path("rootCause").asText(""))).append("</td><td>");
                String alias = row.path("alias").asText("");
                String note = row.path("note").asText("");
                b.append(Html.esc(alias.isEmpty() ? note : note.isEmpty() ? "via " + alias : "via " + alias + "; " + note))
                        .append("</td></tr>");
            }
        }
        if (missed != null) {
            for (JsonNode m : missed) {
                b.append("<tr class=\"o-missed\"><td></td><td></td><td>missed</td><td></td><td><code>")
                        .append(Html.esc(m.path("entity").asText(""))).append("</code></td><td>")
                        .append(Html.esc(m.path("id").asText(""))).append("</td></tr>");
            }
        }
        b.append("</table>");
    }

    private void appendSubmission(String json) {
        if (json == null) {
            return;
        }
        try {
            JsonNode n = TrajectoryIO.MAPPER.readTree(json);
            JsonNode reasoning = n == null ? null : n.get("reasoning");
            if (reasoning != null && reasoning.isTextual() && !reasoning.asText().isBlank()) {
                b.append("<p><b>Submission reasoning:</b> ");
                appendCut(reasoning.asText(), "span");
                b.append("</p>");
            }
        } catch (IOException e) {
            b.append("<p class=\"muted\">Submission is not valid JSON.</p>");
        }
    }

    private void appendTurn(TurnRecord rec) {
        Turn t;
        try {
            t = TrajectoryIO.parseTurnLine(rec.json());
        } catch (BadInputException | IllegalArgumentException e) {
            b.append("<div class=\"turn\"><div class=\"th\">Turn ").append(rec.index() + 1)
                    .append(" (not a trajectory turn; raw text)</div>");
            appendOutput(rec.json(), "raw");
            b.append("</div>");
            return;
        }
        b.append("<div class=\"turn\"><div class=\"th\">Turn ").append(rec.index() + 1);
        if (t.usage().input() + t.usage().output() > 0) {
            b.append(" · ").append(Html.count(t.usage().input())).append(" in / ")
                    .append(Html.count(t.usage().output())).append(" out tokens");
        }
        if (t.costUsd() != null && t.costUsd() > 0) {
            b.append(" · ").append(Html.usd(t.costUsd()));
        }
        b.append(" · model ").append(Html.count(t.modelLatencyMs())).append(" ms · tools ")
                .append(Html.count(t.toolTimeMs())).append(" ms</div>");
        for (String kind : List.of(ChatMessage.User.NUDGE, ChatMessage.User.TURN_WARNING)) {
            for (String note : t.notes(kind)) {
                b.append("<div class=\"note\">harness ").append(Html.esc(kind.replace('_', ' '))).append(": ");
                appendCut(note, "span");
                b.append("</div>");
            }
        }
        if (!t.reasoning().isBlank()) {
            b.append("<details class=\"reason\"><summary>reasoning</summary>");
            appendCut(t.reasoning(), "div");
            b.append("</details>");
        }
        if (!t.assistantText().isBlank()) {
            b.append("<div class=\"say\">");
            appendCut(t.assistantText(), "span");
            b.append("</div>");
        }
        for (ToolCallRecord c : t.toolCalls()) {
            appendCall(c, resultOf(t, c));
        }
        b.append("</div>");
    }

    private void appendCall(ToolCallRecord c, ToolResultRecord res) {
        String command = shellCommand(c);
        b.append("<div class=\"call\">");
        if (command != null) {
            b.append("<span class=\"prompt\">$</span> ");
            appendCut(command, "code");
        } else {
            b.append("<code>").append(Html.esc(c.name())).append("</code> ");
            appendCut(c.arguments(), "code");
        }
        if (!c.valid() && c.error() != null) {
            b.append(" <span class=\"error\">rejected: ").append(Html.esc(c.error())).append("</span>");
        }
        b.append("</div>");
        if (res == null) {
            return;
        }
        if (res.exitCode() != null) {
            b.append("<div class=\"rh\">exit ").append(res.exitCode()).append(" · ")
                    .append(Html.count(res.durationMs())).append(" ms").append(res.timedOut() ? " · timed out" : "")
                    .append("</div>");
        }
        if (res.stdout() != null && !res.stdout().isEmpty()) {
            appendOutput(res.stdout(), "out");
            sandboxNote(res.stdoutTruncated(), res.stdoutChars(), "stdout");
        }
        if (res.stderr() != null && !res.stderr().isEmpty()) {
            appendOutput(res.stderr(), "err");
            sandboxNote(res.stderrTruncated(), res.stderrChars(), "stderr");
        }
        if (res.error() != null) {
            b.append("<div class=\"error\">").append(Html.esc(Html.cut(res.error(), limits.outputChars()).text()))
                    .append("</div>");
        }
    }

    private void sandboxNote(boolean truncated, long chars, String stream) {
        if (truncated) {
            b.append("<div class=\"cutnote\">the sandbox had already cut this ").append(stream).append(" (")
                    .append(Html.count(chars)).append(" characters written)</div>");
        }
    }

    /** A tool output block, cut to the per-output limit and the run's remaining budget. */
    private void appendOutput(String text, String cls) {
        if (shown >= limits.runChars()) {
            b.append("<div class=\"cutnote\">output of ").append(Html.count(text.length()))
                    .append(" characters not shown: this run already shows ").append(Html.count(limits.runChars()))
                    .append(" characters of output</div>");
            return;
        }
        int max = (int) Math.min(limits.outputChars(), limits.runChars() - shown);
        Html.Cut cut = Html.cut(text, max);
        shown += cut.text().length();
        b.append("<pre class=\"").append(cls).append("\">").append(Html.esc(cut.text())).append("</pre>");
        if (cut.omitted() > 0) {
            b.append("<div class=\"cutnote\">… ").append(Html.count(cut.omitted())).append(" more characters not shown (")
                    .append(Html.count(text.length())).append(" in all)</div>");
        }
    }

    /** Inline text (assistant text, commands, notes), cut to the per-output limit. */
    private void appendCut(String text, String tag) {
        Html.Cut cut = Html.cut(text == null ? "" : text, limits.outputChars());
        b.append('<').append(tag).append(" class=\"txt\">").append(Html.esc(cut.text()));
        if (cut.omitted() > 0) {
            b.append(" <i class=\"cutnote\">… ").append(Html.count(cut.omitted())).append(" more characters not shown</i>");
        }
        b.append("</").append(tag).append('>');
    }

    private static ToolResultRecord resultOf(Turn t, ToolCallRecord c) {
        for (ToolResultRecord r : t.toolResults()) {
            if (r.callId() != null && r.callId().equals(c.id())) {
                return r;
            }
        }
        int i = t.toolCalls().indexOf(c);
        return i >= 0 && i < t.toolResults().size() && t.toolResults().get(i).callId() == null ? t.toolResults().get(i) : null;
    }

    /** The command of a well-formed shell call, else null (the raw arguments are shown instead). */
    private static String shellCommand(ToolCallRecord c) {
        if (!"shell".equals(c.name()) || c.arguments() == null) {
            return null;
        }
        try {
            JsonNode n = TrajectoryIO.MAPPER.readTree(c.arguments());
            JsonNode cmd = n == null ? null : n.get("command");
            return cmd != null && cmd.isTextual() ? cmd.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
