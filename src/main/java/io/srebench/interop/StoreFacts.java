package io.srebench.interop;

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
 * @param benchmarkId the benchmark the run belonged to where it was exported (re-imported runs get 0)
 * @param status the store status label ({@code queued}, {@code running}, {@code done}, ...)
 * @param turnAt each turn's store time, in order
 * @param annotations the labels people put on the run's scoring (false positives, missed causes), oldest first;
 *                    absent from exports written before annotations were exported
 */
public record StoreFacts(long sourceRunId, long benchmarkId, String taskId, String agent, String model, int repeat,
                         String status, Double score, String variant, Double recall, Double precision, int turns,
                         double costUsd, long inputTokens, long outputTokens, String sandbox, Instant startedAt,
                         Instant endedAt, String error, String configJson, String submissionJson,
                         List<ScoreRecord> scores, List<Instant> turnAt, List<Note> annotations) {
    public StoreFacts {
        scores = scores == null ? List.of() : List.copyOf(scores);
        turnAt = turnAt == null ? List.of() : List.copyOf(turnAt);
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
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
        return new StoreFacts(s.id(), s.benchmarkId(), s.taskId(), s.agent(), s.model(), s.repeat(), s.status().label(),
                s.score(), s.variant(), s.recall(), s.precision(), s.turns(), s.costUsd(), s.inputTokens(),
                s.outputTokens(), s.sandbox(), s.startedAt(), s.endedAt(), s.error(), d.configJson(), d.submissionJson(),
                d.scores(), at, annotations.stream().map(Note::of).toList());
    }
}
