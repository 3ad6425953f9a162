package io.srebench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.common.JsonMappers;
import io.srebench.trajectory.ToolCallRecord;
import io.srebench.trajectory.ToolResultRecord;
import io.srebench.trajectory.TrajectoryIO;
import io.srebench.trajectory.Turn;
import io.srebench.run.RunDetail;
import io.srebench.run.RunSummary;
import io.srebench.run.ScoreRecord;
import io.srebench.run.TurnRecord;
import io.srebench.store.SqliteStore;
import io.srebench.common.BadInputException;
import io.srebench.task.mention.MentionMatcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code srebench show RUN}: a run's transcript, turn by turn, with its submission and score explanation. */
@Command(name = "show", description = "Print a run's transcript turn by turn, its submission and scoring.")
public final class ShowCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = JsonMappers.json();

    @Spec
    private CommandSpec spec;
    @Mixin
    private StoreOptions store;
    @Parameters(paramLabel = "RUN", description = "Run id (see 'srebench list').")
    private long runId;
    @Option(names = "--brief", description = "One line per command instead of the outputs.")
    private boolean brief;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (SqliteStore s = store.open()) {
            RunDetail d = s.detail(runId).orElseThrow(() -> new BadInputException("no run " + runId + " in " + store.file()));
            RunSummary r = d.summary();
            out.printf(Locale.ROOT, "run %d · task %s · agent %s%s · repeat %d · %s · sandbox %s%n", r.id(), r.taskId(),
                    r.agent(), r.model() == null ? "" : " (" + r.model() + ")", r.repeat(), r.status().label(), r.sandbox());
            if (r.retries() > 0) {
                out.println("retried " + r.retries() + " time(s) after erroring (resume --retry-errored)");
            }
            if (r.error() != null) {
                out.println("error: " + r.error());
            }
            TurnPrinter printer = new TurnPrinter(out, !brief);
            List<TurnRecord> turns = s.turns(runId);
            for (TurnRecord t : turns) {
                out.println();
                printer.print(t.json());
            }
            out.println();
            out.printf(Locale.ROOT, "%d turns · $%.4f · %d input / %d output tokens%n", r.turns(), r.costUsd(),
                    r.inputTokens(), r.outputTokens());
            if (d.submissionJson() != null) {
                out.println("submission: " + d.submissionJson());
            }
            List<String> looked = turns.stream().map(t -> lookedAt(t.json())).toList();
            for (ScoreRecord sc : d.scores()) {
                printScore(sc, looked, out);
            }
        }
        out.flush();
        return 0;
    }

    /** What a turn looked at: its commands (argument values) and outputs; the studio's notion too. */
    static String lookedAt(String turnJson) {
        StringBuilder sb = new StringBuilder();
        try {
            Turn t = TrajectoryIO.parseTurnLine(turnJson);
            for (ToolCallRecord c : t.toolCalls()) {
                try {
                    JSON.readTree(c.arguments() == null ? "{}" : c.arguments()).forEach(v -> values(v, sb));
                } catch (IOException e) {
                    sb.append(c.arguments()).append('\n');
                }
            }
            for (ToolResultRecord r : t.toolResults()) {
                sb.append(r.stdout()).append('\n').append(r.stderr()).append('\n').append(r.error()).append('\n');
            }
        } catch (RuntimeException e) {
            sb.append(turnJson);
        }
        return sb.toString();
    }

    private static void values(JsonNode n, StringBuilder sb) {
        if (n.isContainerNode()) {
            n.forEach(v -> values(v, sb));
        } else {
            sb.append(n.asText()).append('\n');
        }
    }

    private static String touched(Map<String, Integer> first, String entity) {
        Integer t = first.get(entity);
        return t == null ? "  · named in no turn" : "  · first named at turn " + (t + 1);
    }

    private static void printScore(ScoreRecord sc, List<String> looked, PrintWriter out) {
        out.printf(Locale.ROOT, "score (%s): %.3f · recall %.3f · precision %.3f%n", sc.variant(), sc.score(), sc.recall(),
                sc.precision());
        if (!"set".equals(sc.variant())) {
            return;
        }
        try {
            JsonNode d = JSON.readTree(sc.detailJson());
            List<String> entities = new ArrayList<>();
            d.path("rows").forEach(row -> entities.add(row.path("entity").asText()));
            d.path("missed").forEach(m -> entities.add(m.isTextual() ? m.asText() : m.path("entity").asText()));
            Map<String, Integer> first = MentionMatcher.firstMentions(looked, entities);
            for (JsonNode row : d.path("rows")) {
                String e = row.path("entity").asText();
                out.printf(Locale.ROOT, "  %-15s %s%s%s%n", row.path("outcome").asText(), e,
                        row.hasNonNull("rootCause") ? "  -> " + row.get("rootCause").asText() : "", touched(first, e));
            }
            for (JsonNode m : d.path("missed")) {
                String e = m.isTextual() ? m.asText() : m.path("entity").asText();
                out.printf(Locale.ROOT, "  %-15s %s%s%n", "missed", e, touched(first, e));
            }
        } catch (IOException e) {
            out.println("  (unreadable score detail)");
        }
    }
}
