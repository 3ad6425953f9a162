package io.srebench.score;

import io.srebench.task.EntityRef;
import io.srebench.task.truth.EntityMatcher;
import io.srebench.task.truth.RootCause;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The result of scoring one submission.
 *
 * @param score 0 unless every root cause was hit; then precision (set) or average precision (ranked)
 * @param recall root causes hit / root causes
 * @param precision hits / distinct scored entities (0 for none); a second alias of a hit root cause is a hit
 * @param variant the variant {@code score} was computed with
 * @param rows one row per submitted entity, in submission order: scored ones (HIT / FALSE_POSITIVE) plus
 *     DUPLICATE and IGNORED rows that do not count
 * @param missed root causes no submitted entity hit, in ground-truth order
 */
public record Score(double score, double recall, double precision, ScoreVariant variant, List<Row> rows,
                    List<RootCause> missed) {
    public Score {
        Objects.requireNonNull(variant, "variant");
        rows = List.copyOf(rows);
        missed = List.copyOf(missed);
    }

    /** What became of one submitted entity. */
    public enum Outcome {
        /** Names a root cause (its entity or an alias). */
        HIT,
        /** Names no root cause. */
        FALSE_POSITIVE,
        /** Equal to an earlier submitted entity; not counted. */
        DUPLICATE,
        /** In an ignored namespace; dropped before scoring. */
        IGNORED;

        /** Lower-case name as written in JSON. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One submitted entity.
     *
     * @param index 0-based position in the submission as given
     * @param entity the entity (for lenient parses possibly with an unknown kind)
     * @param outcome what it counted as
     * @param rank 1-based position among the scored (deduplicated, not ignored) entities; 0 for
     *     DUPLICATE and IGNORED rows
     * @param rootCauseId the root cause hit (HIT only), else null
     * @param alias the matcher that matched (HIT only), else null
     * @param note a short explanation, or null
     */
    public record Row(int index, EntityRef entity, Outcome outcome, int rank, String rootCauseId, EntityMatcher alias,
                      String note) {
        public Row {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** Number of scored entities that hit a root cause. */
    public long hits() {
        return rows.stream().filter(r -> r.outcome() == Outcome.HIT).count();
    }

    /** Number of entities that were scored (HIT or FALSE_POSITIVE). */
    public long scored() {
        return rows.stream().filter(r -> r.outcome() == Outcome.HIT || r.outcome() == Outcome.FALSE_POSITIVE).count();
    }
}
