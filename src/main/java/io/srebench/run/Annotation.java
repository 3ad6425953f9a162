package io.srebench.run;

import java.time.Instant;

/**
 * A person's judgement on one scoring row of a run. It never alters the run or its score.
 *
 * @param id store id (0 before it is saved)
 * @param runId the run
 * @param entity the entity as shown in the score explanation ({@code ns/Kind/name})
 * @param label the taxonomy label (its target says whether the entity was a false positive or a missed root cause)
 * @param turn for {@link AnnotationLabel#LOOKED_AT_AND_DISMISSED}: the turn where it was dismissed, else null
 * @param note free text
 * @param author who wrote it
 * @param createdAt first saved
 * @param updatedAt last edited
 */
public record Annotation(long id, long runId, String entity, AnnotationLabel label, Integer turn, String note,
                         String author, Instant createdAt, Instant updatedAt) {
}
