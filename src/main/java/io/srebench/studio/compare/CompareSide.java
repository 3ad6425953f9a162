package io.srebench.studio.compare;

import io.srebench.run.RunSummary;
import io.srebench.studio.kit.InspectedTurn;
import io.srebench.studio.kit.scoring.ScoreDetail;
import java.util.List;

/**
 * One run of a comparison, as loaded.
 *
 * @param summary the run's summary
 * @param score its primary score with the explanation, or null when unscored
 * @param submitted the entities it submitted, in order
 * @param turns its turns, parsed
 */
public record CompareSide(RunSummary summary, ScoreDetail score, List<String> submitted, List<InspectedTurn> turns) {
    public CompareSide {
        submitted = List.copyOf(submitted);
        turns = List.copyOf(turns);
    }

    /** Entities this run submitted that scored as false positives, in submission order. */
    public List<String> falsePositives() {
        return score == null ? List.of() : score.rows().stream().filter(r -> "false_positive".equals(r.outcome()))
                .map(ScoreDetail.Row::entity).toList();
    }

    /** How entity {@code e} scored for this run: hit, false_positive, duplicate, ignored, missed, or null. */
    public String outcomeOf(String e) {
        if (score == null) {
            return submitted.stream().anyMatch(s -> s.equalsIgnoreCase(e)) ? "submitted" : null;
        }
        for (ScoreDetail.Row r : score.rows()) {
            if (r.entity().equalsIgnoreCase(e)) {
                return r.outcome();
            }
        }
        for (ScoreDetail.Missed m : score.missed()) {
            if (m.entity().equalsIgnoreCase(e)) {
                return "missed";
            }
        }
        return null;
    }
}
