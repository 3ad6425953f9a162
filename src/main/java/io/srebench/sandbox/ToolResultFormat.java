package io.srebench.sandbox;

import java.time.Duration;

/**
 * The text an agent receives as the result of one shell command. Layout:
 * <pre>
 * exit_code: 124
 * [timed out after 2s]          (only when the timeout killed the command)
 * stdout:
 * ...text, with "[... N characters truncated ...]" where the middle was dropped...
 * stderr:
 * ...
 * </pre>
 * An empty stream is shown as {@code stdout: (empty)}. Each section ends with a newline, so the text
 * of the streams is never run together with the next header.
 */
public final class ToolResultFormat {
    private ToolResultFormat() {
    }

    /** Renders {@code r}; the timeout line states the command's wall time, rounded to whole seconds. */
    public static String render(ExecResult r) {
        return render(r, r.duration());
    }

    /** Renders {@code r}, stating {@code timeout} in the timeout line. */
    public static String render(ExecResult r, Duration timeout) {
        StringBuilder sb = new StringBuilder();
        sb.append("exit_code: ").append(r.exitCode()).append('\n');
        if (r.timedOut()) {
            sb.append("[timed out after ").append(seconds(timeout)).append("s]\n");
        }
        section(sb, "stdout", r.stdout());
        section(sb, "stderr", r.stderr());
        return sb.toString();
    }

    private static void section(StringBuilder sb, String name, String text) {
        if (text.isEmpty()) {
            sb.append(name).append(": (empty)\n");
            return;
        }
        sb.append(name).append(":\n").append(text);
        if (!text.endsWith("\n")) {
            sb.append('\n');
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? Long.toString(ms / 1000) : String.format(java.util.Locale.ROOT, "%.1f", ms / 1000.0);
    }
}
