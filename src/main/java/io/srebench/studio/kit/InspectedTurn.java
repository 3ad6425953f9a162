package io.srebench.studio.kit;

import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.trajectory.ToolCallRecord;
import io.srebench.trajectory.ToolResultRecord;
import io.srebench.trajectory.TrajectoryIO;
import io.srebench.trajectory.Turn;
import io.srebench.run.TurnRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * One turn of a run as the inspector shows it: the parsed {@link Turn} and its tool steps (call + result paired
 * by call id). A stored turn whose JSON cannot be read becomes a turn with {@link #parseError()} set and no steps,
 * so one bad record never hides the rest of a run.
 *
 * <p>The store keeps {@code TrajectoryIO.turnLine} text ({@code {"type":"turn","turn":{...}}}); a bare turn
 * object is accepted too.
 *
 * @param index 0-based index in the run (the store's index)
 * @param turn the parsed turn, or null when {@code parseError} is set
 * @param parseError why the record could not be read, or null
 * @param steps tool calls in call order, each with its result when there is one
 */
public record InspectedTurn(int index, Turn turn, String parseError, List<Step> steps) {
    public InspectedTurn {
        steps = List.copyOf(steps);
    }

    /**
     * One tool call and what it produced.
     *
     * @param tool tool name ({@code shell}, {@code submit}, or whatever the agent asked for)
     * @param command for shell: the command; for submit: the entities; otherwise the raw arguments
     * @param call the call as recorded
     * @param result the result, or null when none was recorded
     */
    public record Step(String tool, String command, ToolCallRecord call, ToolResultRecord result) {
        /** Whether this step failed: invalid call, tool error, timeout or nonzero exit. */
        public boolean failed() {
            if (!call.valid()) {
                return true;
            }
            if (result == null) {
                return false;
            }
            return result.error() != null || result.timedOut() || (result.exitCode() != null && result.exitCode() != 0);
        }
    }

    /** Parses a stored turn record; never throws. */
    public static InspectedTurn parse(TurnRecord rec) {
        try {
            JsonNode node = TrajectoryIO.MAPPER.readTree(rec.json());
            if (node != null && node.path("turn").isObject() && "turn".equals(node.path("type").asText())) {
                node = node.get("turn");
            }
            if (node == null || !node.isObject()) {
                return broken(rec.index(), "turn record is not a JSON object");
            }
            Turn t = TrajectoryIO.MAPPER.treeToValue(node, Turn.class);
            return new InspectedTurn(rec.index(), t, null, steps(t));
        } catch (Exception e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            int nl = msg.indexOf('\n');
            return broken(rec.index(), "unreadable turn record: " + (nl > 0 ? msg.substring(0, nl) : msg));
        }
    }

    /** A turn whose record could not be read. */
    public static InspectedTurn broken(int index, String error) {
        return new InspectedTurn(index, null, error, List.of());
    }

    private static List<Step> steps(Turn t) {
        List<Step> out = new ArrayList<>();
        List<ToolResultRecord> unmatched = new ArrayList<>(t.toolResults());
        for (ToolCallRecord c : t.toolCalls()) {
            ToolResultRecord r = null;
            for (int i = 0; i < unmatched.size(); i++) {
                if (c.id() != null && c.id().equals(unmatched.get(i).callId())) {
                    r = unmatched.remove(i);
                    break;
                }
            }
            out.add(new Step(c.name(), command(c), c, r));
        }
        for (ToolResultRecord r : unmatched) {
            // results without a recorded call still show their output
            out.add(new Step(r.tool(), "", new ToolCallRecord(r.callId(), r.tool(), "", true, null), r));
        }
        return out;
    }

    private static String command(ToolCallRecord c) {
        String args = c.arguments() == null ? "" : c.arguments();
        try {
            JsonNode a = TrajectoryIO.MAPPER.readTree(args);
            if (a != null && a.path("command").isTextual()) {
                return a.get("command").asText();
            }
            if (a != null && a.path("entities").isArray()) {
                List<String> es = new ArrayList<>();
                a.get("entities").forEach(e -> es.add(e.isTextual() ? e.asText() : e.toString()));
                return String.join(", ", es);
            }
        } catch (Exception ignored) {
            // malformed arguments are shown as sent
        }
        return args;
    }

    /** Whether any step of this turn failed, or the record was unreadable. */
    public boolean hasError() {
        return parseError != null || steps.stream().anyMatch(Step::failed);
    }

    /**
     * The text that counts as what the agent looked at in this turn: every command and every output (stdout,
     * stderr, tool errors). Built on demand, not kept, because outputs can be large.
     */
    public String lookedAtText() {
        StringBuilder sb = new StringBuilder();
        for (Step s : steps) {
            sb.append(s.command()).append('\n');
            ToolResultRecord r = s.result();
            if (r != null) {
                append(sb, r.stdout());
                append(sb, r.stderr());
                append(sb, r.error());
            }
        }
        return sb.toString();
    }

    /** Every command of this turn, one per line. */
    public String commandText() {
        StringBuilder sb = new StringBuilder();
        for (Step s : steps) {
            sb.append(s.command()).append('\n');
        }
        return sb.toString();
    }

    /** Characters of tool output in this turn. */
    public long outputChars() {
        long n = 0;
        for (Step s : steps) {
            if (s.result() != null) {
                n += len(s.result().stdout()) + len(s.result().stderr());
            }
        }
        return n;
    }

    private static int len(String s) {
        return s == null ? 0 : s.length();
    }

    private static void append(StringBuilder sb, String s) {
        if (s != null && !s.isEmpty()) {
            sb.append(s).append('\n');
        }
    }
}
