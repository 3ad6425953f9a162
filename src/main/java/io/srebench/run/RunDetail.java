package io.srebench.run;

import java.util.List;

/**
 * A run with its configuration, submission and scores, but without turn contents.
 *
 * @param summary the summary row
 * @param configJson agent configuration as JSON
 * @param submissionJson the final submission as JSON, or null before the run ends
 * @param scores every recorded score, one per variant
 */
public record RunDetail(RunSummary summary, String configJson, String submissionJson, List<ScoreRecord> scores) {
}
