package io.srebench.interop;

import io.srebench.run.RunDetail;
import io.srebench.run.RunSummary;
import io.srebench.run.ScoreRecord;
import io.srebench.run.TurnRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the store knows about a run beyond its trajectory, written by {@link TrajectoryExport} as the {@code store}
 * object of a run's footer line so that re-importing the export reproduces the run exactly. Readers of the plain
 * trajectory format ignore it (unknown fields are ignored).
 *
 * @param benchmarkId the benchmark the run belonged to where it was exported (re-imported runs get 0)
 * @param status the store status label ({@code queued}, {@code running}, {@code done}, ...)
 * @param turnAt each turn's store time, in order
 */
public record StoreFacts(long sourceRunId, long benchmarkId, String taskId, String agent, String model, int repeat,
                         String status, Double score, String variant, Double recall, Double precision, int turns,
                         double costUsd, long inputTokens, long outputTokens, String sandbox, Instant startedAt,
                         Instant endedAt, String error, String configJson, String submissionJson,
                         List<ScoreRecord> scores, List<Instant> turnAt) {
    public StoreFacts {
        scores = scores == null ? List.of() : List.copyOf(scores);
        turnAt = turnAt == null ? List.of() : List.copyOf(turnAt);
    }

    static StoreFacts of(RunDetail d, List<TurnRecord> turns) {
        RunSummary s = d.summary();
        List<Instant> at = new ArrayList<>();
        for (TurnRecord t : turns) {
            at.add(t.at());
        }
        return new StoreFacts(s.id(), s.benchmarkId(), s.taskId(), s.agent(), s.model(), s.repeat(), s.status().label(),
                s.score(), s.variant(), s.recall(), s.precision(), s.turns(), s.costUsd(), s.inputTokens(),
                s.outputTokens(), s.sandbox(), s.startedAt(), s.endedAt(), s.error(), d.configJson(), d.submissionJson(),
                d.scores(), at);
    }
}
