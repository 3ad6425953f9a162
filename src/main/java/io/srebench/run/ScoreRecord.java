package io.srebench.run;

/**
 * A score of a run in one variant; the detail JSON holds the per-entity explanation.
 *
 * @param variant {@code set} or {@code ranked}
 * @param score the score
 * @param recall recall
 * @param precision precision
 * @param detailJson rows and missed root causes, as JSON
 */
public record ScoreRecord(String variant, double score, double recall, double precision, String detailJson) {
}
