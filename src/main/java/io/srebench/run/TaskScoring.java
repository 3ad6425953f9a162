package io.srebench.run;

import io.srebench.score.Score;
import io.srebench.score.ScoreOptions;
import io.srebench.score.ScoreVariant;
import io.srebench.score.Scorer;
import io.srebench.score.Submissions;
import io.srebench.task.EntityRef;
import io.srebench.task.EntityRefs;
import io.srebench.task.Task;
import io.srebench.task.truth.GroundTruth;
import io.srebench.task.truth.GroundTruthLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores a run's submission against its task's ground truth in every variant, as the store keeps
 * scores. Ground truths are loaded once per task. Agent submissions are parsed leniently: an entity
 * with an unknown kind or a malformed reference is kept and scored as a false positive, never
 * rejected (a model's typo must cost precision, not crash the benchmark).
 */
public final class TaskScoring {
    private final ScoreOptions options;
    private final Map<String, GroundTruth> truths = new ConcurrentHashMap<>();

    public TaskScoring(ScoreOptions options) {
        this.options = options;
    }

    public GroundTruth truthOf(Task task) {
        return truths.computeIfAbsent(task.id(), id -> GroundTruthLoader.load(task));
    }

    /** Parses a submission JSON (a list, or an object with {@code entities}) the lenient way. */
    public static List<EntityRef> parseSubmission(Task task, String submissionJson) {
        return Submissions.parse(submissionJson, "submission of " + task.id(), task.defaultNamespace(),
                EntityRefs.Mode.LENIENT);
    }

    /**
     * Scores in both variants, in {@link ScoreVariant} order. This is the only place runs are scored: the store keeps
     * these ({@link ScoreRecord#of}) and the CLI prints them, without scoring again.
     */
    public List<Score> scoreAll(Task task, List<EntityRef> submission) {
        List<Score> out = new ArrayList<>();
        for (ScoreVariant v : ScoreVariant.values()) {
            out.add(Scorer.standard().score(truthOf(task), submission, options.withVariant(v)));
        }
        return out;
    }
}
