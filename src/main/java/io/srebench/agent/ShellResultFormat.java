package io.srebench.agent;

import io.srebench.sandbox.ExecResult;

/**
 * Renders a shell result as the text the agent reads, in the tagged layout ITBench-AA's harness uses
 * ({@code <shell_results>} with exit code, stdout, stderr). Content is not escaped. Deterministic, so a
 * trajectory need not store the rendered text.
 */
public final class ShellResultFormat {
    private ShellResultFormat() {
    }

    public static String render(ExecResult r, long timeoutSeconds) {
        StringBuilder sb = new StringBuilder("<shell_results>\n");
        if (r.timedOut()) {
            sb.append("<error_kind>timeout</error_kind>\n<details>the command was killed after ").append(timeoutSeconds)
                    .append(" s</details>\n");
        }
        sb.append("<exit_code>").append(r.exitCode()).append("</exit_code>\n");
        sb.append("<stdout>").append(r.stdout()).append("</stdout>\n");
        sb.append("<stderr>").append(r.stderr()).append("</stderr>\n");
        return sb.append("</shell_results>").toString();
    }

    public static String error(String message) {
        return "Error: " + message;
    }
}
