package io.srebench.run;

import io.srebench.score.Score;
import io.srebench.score.ScoreVariant;
import io.srebench.trajectory.RunStatus;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Runs one agent session on one task and scores it. The runner calls it from worker threads, one
 * call per run; implementations must be thread-safe and must report every turn through the sink as
 * it happens (so a crash loses at most the turn in flight).
 */
public interface SessionExecutor {
    /**
     * @param runId the store id of the run
     * @param taskId the task
     * @param agent the agent configuration
     * @param maxTurns the turn cap
     * @param variant the primary scoring variant
     * @param sink where turns go as they happen
     * @param cancelled polled between turns; when true the session stops and the result is interrupted
     */
    SessionResult execute(long runId, String taskId, AgentSpec agent, int maxTurns, ScoreVariant variant, SessionSink sink,
                          BooleanSupplier cancelled);

    /** Receives a session's progress. */
    interface SessionSink {
        /** The sandbox is up; {@code backend} is recorded with the run. */
        void started(String sandboxBackend);

        /** One finished turn with the run's running totals. */
        void turn(TurnRecord turn, double totalCostUsd, long totalInputTokens, long totalOutputTokens);
    }

    /**
     * How a session ended.
     *
     * @param status DONE, ERRORED (a provider or harness failure; retryable, never scored) or INTERRUPTED
     * @param error message for errored/interrupted sessions
     * @param submissionJson the submission as JSON (DONE only)
     * @param scores one per variant, computed once by the executor; the one in the requested variant becomes the run's
     *     primary score when {@link RunRecorder} stores them
     * @param trajectoryJson the whole trajectory as JSON, when the executor has one (else null)
     */
    record SessionResult(RunStatus status, String error, String submissionJson, List<Score> scores,
                         String trajectoryJson) {
        public SessionResult {
            scores = scores == null ? List.of() : List.copyOf(scores);
        }

        public SessionResult(RunStatus status, String error, String submissionJson, List<Score> scores) {
            this(status, error, submissionJson, scores, null);
        }

        /** The score in variant {@code v}, if the session was scored. */
        public Optional<Score> score(ScoreVariant v) {
            return scores.stream().filter(s -> s.variant() == v).findFirst();
        }
    }
}
