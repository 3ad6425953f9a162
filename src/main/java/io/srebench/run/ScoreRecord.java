package io.srebench.run;

import io.srebench.score.Score;
import io.srebench.score.ScoreReport;
import io.srebench.score.ScoreVariant;

/**
 * A score of a run in one variant as the store keeps it; the detail JSON holds the per-entity explanation.
 *
 * @param variant {@code set} or {@code ranked} (a string: it is read back from stores and exports as written)
 * @param score the score
 * @param recall recall
 * @param precision precision
 * @param detailJson rows and missed root causes, as JSON
 */
public record ScoreRecord(String variant, double score, double recall, double precision, String detailJson) {
    /** The stored form of a computed score (the detail is {@link ScoreReport#toJsonString}). */
    public static ScoreRecord of(Score s) {
        return new ScoreRecord(s.variant().id(), s.score(), s.recall(), s.precision(), ScoreReport.toJsonString(s));
    }

    /** Whether this score is in variant {@code v} (false for null). */
    public boolean is(ScoreVariant v) {
        return v != null && v.id().equals(variant);
    }
}
