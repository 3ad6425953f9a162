package io.srebench.studio.compare;

import io.srebench.studio.inspector.InspectedTurn;
import java.util.List;

/** The short text of a turn in a comparison cell: number, commands, the first lines of output. */
final class TurnText {
    private static final int MAX_LINES = 4;
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
        int lines = 0;
        for (InspectedTurn.Step s : t.steps()) {
            if (lines >= MAX_LINES) {
                break;
            }
            sb.append("\n$ ").append(cut(s.tool().equals("shell") ? s.command() : s.tool() + " " + s.command()));
            lines++;
            String out = s.result() == null ? null : s.result().stdout();
            if (out != null && !out.isBlank()) {
                for (String line : out.strip().split("\n")) {
                    if (lines >= MAX_LINES) {
                        break;
                    }
                    sb.append("\n  ").append(cut(line));
                    lines++;
                }
            }
        }
        return sb.toString();
    }

    private static String cut(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > MAX_LINE ? one.substring(0, MAX_LINE) + "…" : one;
    }
}
