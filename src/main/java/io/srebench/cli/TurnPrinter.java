package io.srebench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.common.Text;
import io.srebench.trajectory.ToolCallRecord;
import io.srebench.trajectory.ToolResultRecord;
import io.srebench.trajectory.TrajectoryIO;
import io.srebench.trajectory.Turn;
import io.srebench.common.BadInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints turns for people: the command, how it ended, and what the turn cost. */
final class TurnPrinter {
    private final PrintWriter out;
    private final boolean full;

    /** @param full print tool outputs too (for {@code show}), not only a one-line summary */
    TurnPrinter(PrintWriter out, boolean full) {
        this.out = TerminalText.strictWriter(out);
        this.full = full;
    }

    void print(String turnJson) {
        try {
            print(TrajectoryIO.parseTurnLine(turnJson));
        } catch (BadInputException e) {
            out.println("(unreadable turn: " + e.getMessage() + ")");
        }
    }

    void print(Turn t) {
        String text = t.assistantText() == null ? "" : t.assistantText().strip();
        if (full && !text.isEmpty()) {
            out.printf(Locale.ROOT, "turn %3d  %s%n", t.index(), indent(text));
        }
        boolean first = !full || text.isEmpty();
        for (ToolCallRecord c : t.toolCalls()) {
            String head = first ? String.format(Locale.ROOT, "turn %3d  ", t.index()) : "          ";
            first = false;
            out.println(head + describe(c));
            ToolResultRecord r = result(t, c.id());
            if (r != null) {
                out.println("          " + summary(r));
                if (full) {
                    printStream(r.stdout());
                    printStream(r.stderr());
                }
            }
        }
        if (t.toolCalls().isEmpty()) {
            out.printf(Locale.ROOT, "turn %3d  (no tool call)%s%n", t.index(), full ? "" : " " + Text.oneLine(text, 100));
        }
        for (ToolResultRecord r : t.toolResults()) {
            if (!printedUnderCall(t, r)) {
                // an output the source recorded without a matching call (imported runs): shown, not dropped
                out.println("          output without a matching call" + (r.callId() == null ? "" : " (id " + r.callId()
                        + ")") + (r.tool() == null || r.tool().isEmpty() ? "" : " from " + r.tool()) + ": " + summary(r));
                if (full) {
                    printStream(r.stdout());
                    printStream(r.stderr());
                }
            }
        }
        out.printf(Locale.ROOT, "          tokens %d in (%d cached) / %d out · model %.2f s · tools %.2f s%s%n",
                t.usage().input(), t.usage().cachedInput(), t.usage().output(), t.modelLatencyMs() / 1000.0,
                t.toolTimeMs() / 1000.0, t.costUsd() == null ? "" : String.format(Locale.ROOT, " · $%.4f", t.costUsd()));
        out.flush();
    }

    /** Whether a result is printed under its call: a call with its id exists and this is the first result for it. */
    private static boolean printedUnderCall(Turn t, ToolResultRecord r) {
        return hasCall(t, r.callId()) && result(t, r.callId()) == r;
    }

    private static boolean hasCall(Turn t, String callId) {
        for (ToolCallRecord c : t.toolCalls()) {
            if (c.id() != null && c.id().equals(callId)) {
                return true;
            }
        }
        return false;
    }

    private static ToolResultRecord result(Turn t, String callId) {
        for (ToolResultRecord r : t.toolResults()) {
            if (r.callId() != null && r.callId().equals(callId)) {
                return r;
            }
        }
        return null;
    }

    private static String describe(ToolCallRecord c) {
        if (!c.valid()) {
            return "✗ " + c.name() + " (malformed: " + c.error() + ")";
        }
        try {
            JsonNode args = TrajectoryIO.MAPPER.readTree(c.arguments());
            if ("shell".equals(c.name()) && args.has("command")) {
                return "$ " + Text.oneLine(args.get("command").asText(), 160);
            }
            if ("submit".equals(c.name())) {
                return "submit " + args.path("entities");
            }
        } catch (IOException ignored) {
            // fall through to the raw arguments
        }
        return c.name() + " " + Text.oneLine(c.arguments(), 160);
    }

    private static String summary(ToolResultRecord r) {
        if (r.error() != null) {
            return "error: " + Text.oneLine(r.error(), 160);
        }
        if (r.exitCode() == null) {
            return "accepted";
        }
        long lines = r.stdout() == null ? 0 : r.stdout().lines().count();
        return String.format(Locale.ROOT, "exit %s · %d lines%s · %.2f s%s", r.exitCode(), lines,
                r.stdoutTruncated() ? " (truncated from " + r.stdoutChars() + " chars)" : "", r.durationMs() / 1000.0,
                r.timedOut() ? " · TIMED OUT" : "");
    }

    private void printStream(String s) {
        if (s != null && !s.isBlank()) {
            s.lines().limit(40).forEach(l -> out.println("          | " + l));
            long more = s.lines().count() - 40;
            if (more > 0) {
                out.println("          | ... " + more + " more lines");
            }
        }
    }

    private static String indent(String s) {
        return s.replace("\n", "\n          ");
    }
}
