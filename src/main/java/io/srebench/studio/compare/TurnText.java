package io.srebench.studio.compare;

import io.srebench.studio.kit.InspectedTurn;
import java.util.List;

/**
 * The short text of a turn in a comparison cell: number, every command (up to {@value #MAX_STEPS}), the first
 * {@value #MAX_LINES} lines of each output and how many more there are. The inspector has the whole turn.
 */
final class TurnText {
    private static final int MAX_LINES = 3;
    private static final int MAX_STEPS = 8;
    private static final int MAX_LINE = 140;

    private TurnText() {
    }

    static String of(InspectedTurn t, List<String> anchors) {
        StringBuilder sb = new StringBuilder("turn ").append(t.index() + 1);
        if (!anchors.isEmpty()) {
            sb.append("   ◆ first touch of ").append(String.join(", ", anchors));
        }
        if (t.parseError() != null) {
            return sb.append('\n').append(t.parseError()).toString();
        }
        List<InspectedTurn.Step> steps = t.steps();
        int shown = Math.min(steps.size(), MAX_STEPS);
        for (int i = 0; i < shown; i++) {
            InspectedTurn.Step s = steps.get(i);
            sb.append("\n$ ").append(cut(s.tool().equals("shell") ? s.command() : s.tool() + " " + s.command()));
            String out = s.result() == null ? null : s.result().stdout();
            if (out != null && !out.isBlank()) {
                String[] lines = out.strip().split("\n");
                for (int j = 0; j < Math.min(lines.length, MAX_LINES); j++) {
                    sb.append("\n  ").append(cut(lines[j]));
                }
                if (lines.length > MAX_LINES) {
                    sb.append("\n  … ").append(lines.length - MAX_LINES).append(" more lines");
                }
            }
        }
        if (steps.size() > shown) {
            sb.append("\n… ").append(steps.size() - shown).append(" more calls (open the run for all of them)");
        }
        return sb.toString();
    }

    private static String cut(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > MAX_LINE ? one.substring(0, MAX_LINE) + "…" : one;
    }
}
