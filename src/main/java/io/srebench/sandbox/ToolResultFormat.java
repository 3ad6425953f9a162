package io.srebench.sandbox;

import java.time.Duration;
import java.util.Locale;

/**
 * The text an agent receives as the result of one shell command, and exactly what
 * {@code srebench shell -c} prints. Layout, in the tagged style of the ITBench-AA harness:
 * <pre>
 * &lt;shell_results&gt;
 * &lt;error_kind&gt;timeout&lt;/error_kind&gt;                        (only when the timeout killed it)
 * &lt;details&gt;the command was killed after 300 s&lt;/details&gt;
 * &lt;exit_code&gt;124&lt;/exit_code&gt;
 * &lt;stdout&gt;...text, with "[... N characters truncated ...]" where the middle was dropped...&lt;/stdout&gt;
 * &lt;stderr&gt;...&lt;/stderr&gt;
 * &lt;/shell_results&gt;
 * </pre>
 * Payloads are not escaped (agents read them as text). Rendering is deterministic, so a trajectory
 * stores the raw streams and any reader can reproduce what the agent saw.
 */
public final class ToolResultFormat {
    private ToolResultFormat() {
    }

    /** Renders {@code r}; a timeout is reported with the command's wall time. */
    public static String render(ExecResult r) {
        return render(r, r.duration());
    }

    /** Renders {@code r}, stating {@code timeout} when the command timed out. */
    public static String render(ExecResult r, Duration timeout) {
        StringBuilder sb = new StringBuilder("<shell_results>\n");
        if (r.timedOut()) {
            sb.append("<error_kind>timeout</error_kind>\n<details>the command was killed after ")
                    .append(seconds(timeout)).append(" s</details>\n");
        }
        sb.append("<exit_code>").append(r.exitCode()).append("</exit_code>\n");
        sb.append("<stdout>").append(r.stdout()).append("</stdout>\n");
        sb.append("<stderr>").append(r.stderr()).append("</stderr>\n");
        return sb.append("</shell_results>\n").toString();
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? Long.toString(ms / 1000) : String.format(Locale.ROOT, "%.1f", ms / 1000.0);
    }
}
