package io.srebench.score;

import io.srebench.task.EntityRef;
import io.srebench.task.truth.GroundTruth;
import java.util.List;

/** Scores a submitted list of root-cause entities against a ground truth. Implementations are deterministic. */
public interface Scorer {
    /**
     * @param submission entities in the order submitted (duplicates allowed; they are reported, not counted)
     * @throws IllegalArgumentException if the ground truth has no root cause
     */
    Score score(GroundTruth gt, List<EntityRef> submission, ScoreOptions opts);

    /** Scores with {@link ScoreOptions#DEFAULT}. */
    default Score score(GroundTruth gt, List<EntityRef> submission) {
        return score(gt, submission, ScoreOptions.DEFAULT);
    }

    /** srebench's scorer ({@link PrecisionAtFullRecallScorer}). */
    static Scorer standard() {
        return new PrecisionAtFullRecallScorer();
    }
}
