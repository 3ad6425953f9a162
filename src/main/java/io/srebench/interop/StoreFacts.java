package io.srebench.interop;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.srebench.run.Annotation;
import io.srebench.run.AnnotationLabel;
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
 * <p>The related fields are grouped in small records; they are unwrapped in JSON, so the {@code store} object stays
 * flat: {@code sourceRunId, benchmarkId, taskId, agent, model, repeat, status, score, variant, recall, precision,
 * turns, costUsd, inputTokens, outputTokens, sandbox, startedAt, endedAt, error, configJson, submissionJson, scores,
 * turnAt, annotations}, in that order.
 *
 * @param run which run it was where it was exported
 * @param status the store status label ({@code queued}, {@code running}, {@code done}, ...)
 * @param primary the run's primary score, as the summary shows it
 * @param totals the run's turn count and running totals
 * @param turnAt each turn's store time, in order
 * @param annotations the labels people put on the run's scoring (false positives, missed causes), oldest first;
 *                    absent from exports written before annotations were exported
 */
public record StoreFacts(@JsonUnwrapped Origin run, String status, @JsonUnwrapped Primary primary,
                         @JsonUnwrapped Totals totals, String sandbox, Instant startedAt, Instant endedAt, String error,
                         String configJson, String submissionJson, List<ScoreRecord> scores, List<Instant> turnAt,
                         List<Note> annotations) {
    public StoreFacts {
        run = run == null ? new Origin(0, 0, null, null, null, 0) : run;
        primary = primary == null ? new Primary(null, null, null, null) : primary;
        totals = totals == null ? new Totals(0, 0, 0, 0) : totals;
        scores = scores == null ? List.of() : List.copyOf(scores);
        turnAt = turnAt == null ? List.of() : List.copyOf(turnAt);
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }

    /**
     * Which run the facts are about.
     *
     * @param benchmarkId the benchmark the run belonged to where it was exported (re-imported runs get 0)
     */
    public record Origin(long sourceRunId, long benchmarkId, String taskId, String agent, String model, int repeat) {
    }

    /** The primary score copied into the run summary (all null for an unscored run). */
    public record Primary(Double score, String variant, Double recall, Double precision) {
    }

    /** Turn count and the run's totals after its last turn. */
    public record Totals(int turns, double costUsd, long inputTokens, long outputTokens) {
    }

    /**
     * One annotation as exported: an {@link Annotation} without store ids.
     *
     * @param label the label id ({@link AnnotationLabel#id()}, e.g. {@code co-occurring-symptom})
     */
    public record Note(String entity, String label, Integer turn, String note, String author, Instant createdAt,
                       Instant updatedAt) {
        static Note of(Annotation a) {
            return new Note(a.entity(), a.label().id(), a.turn(), a.note(), a.author(), a.createdAt(), a.updatedAt());
        }

        /** The annotation for run {@code runId}, not yet saved; throws IllegalArgumentException for an unknown label. */
        Annotation toAnnotation(long runId) {
            return new Annotation(0, runId, entity, AnnotationLabel.parse(label), turn, note == null ? "" : note,
                    author == null ? "" : author, createdAt, updatedAt);
        }
    }

    static StoreFacts of(RunDetail d, List<TurnRecord> turns) {
        return of(d, turns, List.of());
    }

    static StoreFacts of(RunDetail d, List<TurnRecord> turns, List<Annotation> annotations) {
        RunSummary s = d.summary();
        List<Instant> at = new ArrayList<>();
        for (TurnRecord t : turns) {
            at.add(t.at());
        }
        return new StoreFacts(new Origin(s.id(), s.benchmarkId(), s.taskId(), s.agent(), s.model(), s.repeat()),
                s.status().label(), new Primary(s.score(), s.variant(), s.recall(), s.precision()),
                new Totals(s.turns(), s.costUsd(), s.inputTokens(), s.outputTokens()), s.sandbox(), s.startedAt(),
                s.endedAt(), s.error(), d.configJson(), d.submissionJson(), d.scores(), at,
                annotations.stream().map(Note::of).toList());
    }
}
