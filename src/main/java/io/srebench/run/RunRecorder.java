package io.srebench.run;

import io.srebench.score.Score;
import io.srebench.score.ScoreVariant;
import io.srebench.trajectory.RunStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The one way a run gets into a {@link RunRepository}: a benchmark worker, {@code run-one}, an import and a restored
 * export all record through it, so a run's life in the store (created, running, turns with running totals, scores,
 * finished) is written the same way everywhere, and the rule for the primary score lives in one place.
 *
 * <p>Scores are never computed here: live sessions bring the ones their executor computed
 * ({@link SessionExecutor.SessionResult#scores()}), imports the ones {@link TaskScoring} gave, restores the stored
 * ones.
 */
public final class RunRecorder {
    private final RunRepository repo;

    public RunRecorder(RunRepository repo) {
        this.repo = Objects.requireNonNull(repo, "repo");
    }

    /** Creates a queued run and returns its recording. */
    public Recording create(NewRun run) {
        return new Recording(repo.createRun(run));
    }

    /** The recording of run {@code runId}, which already exists (a queued benchmark run; a run being rescored). */
    public Recording of(long runId) {
        return new Recording(runId);
    }

    /** One run being written. It is also a {@link SessionExecutor.SessionSink}: turns go to the store as they end. */
    public final class Recording implements SessionExecutor.SessionSink {
        private final long id;

        private Recording(long id) {
            this.id = id;
        }

        public long id() {
            return id;
        }

        /** The sandbox is up now. */
        @Override
        public void started(String sandboxBackend) {
            started(sandboxBackend, Instant.now());
        }

        /** The run started at {@code at} on {@code sandboxBackend} (imports pass the source's time). */
        public void started(String sandboxBackend, Instant at) {
            repo.markRunning(id, sandboxBackend, at);
        }

        @Override
        public void turn(TurnRecord turn, double totalCostUsd, long totalInputTokens, long totalOutputTokens) {
            repo.appendTurn(id, turn, totalCostUsd, totalInputTokens, totalOutputTokens);
        }

        /** Stores computed scores (one per variant); the one in {@code primary} goes into the run summary. */
        public void scores(List<Score> scores, ScoreVariant primary) {
            stored(scores.stream().map(ScoreRecord::of).toList(), primary);
        }

        /** Stores scores as they were kept (a restored export); the one in {@code primary} goes into the summary. */
        public void stored(List<ScoreRecord> scores, ScoreVariant primary) {
            for (ScoreRecord s : scores) {
                repo.putScore(id, s, s.is(primary));
            }
        }

        /** The run ended at {@code at} with {@code status} (imports pass what their source says). */
        public void finish(RunStatus status, String error, String submissionJson, Instant at) {
            repo.finishRun(id, status, error, submissionJson, at);
        }

        /** Records how a live session ended, now: its scores (computed once, by the executor), then its status. */
        public void finish(SessionExecutor.SessionResult result, ScoreVariant primary) {
            scores(result.scores(), primary);
            finish(result.status(), result.error(), result.submissionJson(), Instant.now());
        }

        /**
         * A benchmark session was interrupted: keeps the partial session as a separate interrupted run and puts this
         * run back in the queue, so a resume starts it afresh.
         */
        public void requeueKeepingPartial() {
            repo.copyAsInterrupted(id);
            repo.resetRun(id);
        }
    }
}
