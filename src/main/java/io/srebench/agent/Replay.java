package io.srebench.agent;

import io.srebench.common.Text;
import io.srebench.trajectory.ToolCallRecord;
import io.srebench.trajectory.ToolResultRecord;
import io.srebench.trajectory.Trajectory;
import io.srebench.trajectory.Turn;
import io.srebench.sandbox.ExecResult;
import io.srebench.sandbox.Sandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-executes a recorded run's shell commands, in order, in a fresh sandbox over the same snapshot, and reports the
 * commands whose exit code, stdout or stderr differ from the recording. Commands that timed out when recorded are
 * compared on the timeout only. Scratch-directory state is rebuilt because every command reruns in its order.
 */
public final class Replay {
    private Replay() {
    }

    /**
     * One command whose output changed.
     *
     * @param index position among the replayed commands, from 1
     * @param summary e.g. {@code exit 0 -> 1; stdout line 3: "a" vs "b"}
     */
    public record Difference(int index, int turn, String callId, String command, String summary) {
    }

    /** The outcome of a replay. */
    public record Report(int commandsReplayed, List<Difference> differences) {
        public Report {
            differences = List.copyOf(differences);
        }

        public boolean identical() {
            return differences.isEmpty();
        }
    }

    public static Report run(Trajectory t, Sandbox sandbox, Duration commandTimeout) {
        List<Difference> diffs = new ArrayList<>();
        int index = 0;
        for (Turn turn : t.turns()) {
            Map<String, ToolResultRecord> results = new HashMap<>();
            for (ToolResultRecord r : turn.toolResults()) {
                results.put(r.callId(), r);
            }
            for (ToolCallRecord call : turn.toolCalls()) {
                ToolResultRecord recorded = results.get(call.id());
                if (!call.valid() || !HarnessTools.SHELL.equals(call.name()) || recorded == null || recorded.exitCode() == null) {
                    continue;
                }
                index++;
                String command = HarnessTools.parse(call.name(), call.arguments()).command();
                ExecResult now = sandbox.exec(command, commandTimeout);
                String summary = compare(recorded, now);
                if (summary != null) {
                    diffs.add(new Difference(index, turn.index(), call.id(), command, summary));
                }
            }
        }
        return new Report(index, diffs);
    }

    private static String compare(ToolResultRecord was, ExecResult now) {
        List<String> parts = new ArrayList<>();
        if (was.timedOut() || now.timedOut()) {
            return was.timedOut() == now.timedOut() ? null
                    : "timed out " + was.timedOut() + " -> " + now.timedOut();
        }
        if (was.exitCode() != now.exitCode()) {
            parts.add("exit " + was.exitCode() + " -> " + now.exitCode());
        }
        String out = firstDifference("stdout", nz(was.stdout()), now.stdout());
        if (out != null) {
            parts.add(out);
        }
        String err = firstDifference("stderr", nz(was.stderr()), now.stderr());
        if (err != null) {
            parts.add(err);
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** Where two texts first differ, by line, or null when equal. */
    static String firstDifference(String stream, String a, String b) {
        if (a.equals(b)) {
            return null;
        }
        String[] la = a.split("\n", -1);
        String[] lb = b.split("\n", -1);
        int n = Math.min(la.length, lb.length);
        for (int i = 0; i < n; i++) {
            if (!la[i].equals(lb[i])) {
                return stream + " line " + (i + 1) + ": \"" + Text.clip(Text.collapse(la[i]), 80, "...") + "\" vs \""
                        + Text.clip(Text.collapse(lb[i]), 80, "...") + "\" (" + la.length + " vs " + lb.length + " lines)";
            }
        }
        return stream + ": " + la.length + " vs " + lb.length + " lines (one is a prefix of the other)";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
