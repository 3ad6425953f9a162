package io.srebench.sandbox;

import java.time.Duration;

/**
 * The result of one sandboxed command, as the agent's shell tool reports it.
 *
 * @param exitCode the command's exit status (124 by convention when it timed out, 128+n for signal n)
 * @param stdout standard output, at most {@link #MAX_OUTPUT_CHARS} characters plus a truncation marker
 * @param stderr standard error, capped likewise
 * @param stdoutChars characters the command actually wrote to stdout (before truncation)
 * @param stderrChars characters the command actually wrote to stderr (before truncation)
 * @param duration wall time of the command
 * @param timedOut whether the timeout killed it
 */
public record ExecResult(int exitCode, String stdout, String stderr, long stdoutChars, long stderrChars,
                         Duration duration, boolean timedOut) {
    /** Cap per stream, as in the ITBench-AA harness. */
    public static final int MAX_OUTPUT_CHARS = 20_000;

    public boolean stdoutTruncated() {
        return stdoutChars > MAX_OUTPUT_CHARS;
    }

    public boolean stderrTruncated() {
        return stderrChars > MAX_OUTPUT_CHARS;
    }
}
