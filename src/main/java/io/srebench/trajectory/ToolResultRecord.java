package io.srebench.trajectory;

/**
 * What a tool call produced. For {@code shell}: the command's exit code, output (each stream capped at 20,000
 * characters by the sandbox, with a marker) and timing. For {@code submit} and rejected calls: only {@code error}
 * (null for an accepted submit). The text the agent saw is rendered from these fields by the harness.
 *
 * @param exitCode null when no command ran
 * @param stdoutChars characters written before truncation
 */
public record ToolResultRecord(String callId, String tool, Integer exitCode, String stdout, String stderr,
                               long stdoutChars, long stderrChars, boolean stdoutTruncated, boolean stderrTruncated,
                               long durationMs, boolean timedOut, String error) {

    public static ToolResultRecord error(String callId, String tool, String error) {
        return new ToolResultRecord(callId, tool, null, null, null, 0, 0, false, false, 0, false, error);
    }
}
