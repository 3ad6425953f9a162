package io.srebench.agent;

import io.srebench.sandbox.ExecResult;

/**
 * The structured result of one tool call of the previous turn (what scripted agents read).
 *
 * @param result the shell command's result, or null when no command ran
 * @param error why the call was rejected, or null
 */
public record ToolOutcome(String callId, String tool, ExecResult result, String error) {
    /** Stdout of a shell call that ran, else the empty string. */
    public String stdout() {
        return result == null ? "" : result.stdout();
    }
}
