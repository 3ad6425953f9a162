package io.srebench.run;

import io.srebench.trajectory.RunStatus;

import java.time.Instant;

/**
 * The cheap-to-list facts of one run: what the runs browser, {@code srebench list} and reports need,
 * without any turn content.
 *
 * @param id store id
 * @param benchmarkId the benchmark it belongs to, or 0 for a lone run
 * @param taskId the task
 * @param agent agent name (a baseline, or an endpoint name for model agents)
 * @param model model id for model agents, else null
 * @param repeat 1-based repeat number
 * @param status lifecycle state
 * @param score score in the recorded variant, or null while unscored / when errored
 * @param variant scoring variant label ({@code set} or {@code ranked}), or null
 * @param recall recall, or null
 * @param precision precision, or null
 * @param turns turns taken so far
 * @param costUsd cost so far
 * @param inputTokens input tokens so far (including cached)
 * @param outputTokens output tokens so far (including reasoning)
 * @param sandbox sandbox backend used ({@code bwrap} or {@code process}), or null
 * @param startedAt when it started, or null while queued
 * @param endedAt when it ended, or null
 * @param error error message for errored/interrupted runs, else null
 * @param retries how many times this run errored and was explicitly retried ({@code resume --retry-errored})
 */
public record RunSummary(long id, long benchmarkId, String taskId, String agent, String model, int repeat,
                         RunStatus status, Double score, String variant, Double recall, Double precision, int turns,
                         double costUsd, long inputTokens, long outputTokens, String sandbox, Instant startedAt,
                         Instant endedAt, String error, int retries) {
    /**
     * The stored error reason on one line with the retry history ({@code "connection refused · retried 2×"}), or
     * null when the run has no error. What the runs table, benchmark tab and inspector header show.
     */
    public String errorSummary() {
        if (error == null || error.isBlank()) {
            return retries > 0 && status == RunStatus.ERRORED ? "no reason stored · retried " + retries + "×" : null;
        }
        String one = error.strip().replaceAll("\\s*\\R\\s*", " ⏎ ");
        return retries > 0 ? one + " · retried " + retries + "×" : one;
    }
}
