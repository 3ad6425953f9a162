package io.srebench.score;

import io.srebench.task.EntityRef;
import io.srebench.task.EntityRefs;
import io.srebench.task.Kinds;
import io.srebench.task.truth.GroundTruth;
import io.srebench.task.truth.RootCause;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * srebench's deterministic scorer: precision at full recall (benchmark.md, "Scoring as srebench defines it").
 *
 * <ol>
 *   <li>Entities in an ignored namespace become IGNORED rows; of the rest, repeats (by {@link EntityRef}
 *       equality: kind, and case-insensitive namespace and name) become DUPLICATE rows. What remains is S, in
 *       order, ranked from 1.</li>
 *   <li>Each entity of S hits at most one root cause. When it matches several (aliases can overlap), it goes to
 *       a root cause not yet hit, preferring one whose primary entity it is; only if all it matches are already
 *       hit does it count as a repeat hit (a hit for precision, not again for recall).</li>
 *   <li>recall = root causes hit / |G|; precision = hits / |S| (0 for an empty S).</li>
 *   <li>score = 0 if recall &lt; 1; else precision (SET), or the mean over root causes of precision@k at the
 *       rank k of the root cause's first hit (RANKED).</li>
 * </ol>
 * Entities whose kind is unknown (lenient parses, {@link EntityRefs.Mode#LENIENT}) match nothing and are
 * FALSE_POSITIVE rows with a note.
 */
public final class PrecisionAtFullRecallScorer implements Scorer {
    @Override
    public Score score(GroundTruth gt, List<EntityRef> submission, ScoreOptions opts) {
        List<RootCause> roots = gt.rootCauses();
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("the ground truth has no root cause to score against");
        }
        List<Score.Row> rows = new ArrayList<>();
        Map<EntityRef, Integer> firstIndex = new HashMap<>();
        Map<RootCause, Double> precisionAtFirstHit = new LinkedHashMap<>();
        int rank = 0;
        int hits = 0;
        for (int i = 0; i < submission.size(); i++) {
            EntityRef e = submission.get(i);
            if (opts.ignores(e.namespace())) {
                rows.add(new Score.Row(i, e, Score.Outcome.IGNORED, 0, null, null,
                        "namespace " + e.namespace() + " is ignored"));
                continue;
            }
            Integer earlier = firstIndex.putIfAbsent(e, i);
            if (earlier != null) {
                rows.add(new Score.Row(i, e, Score.Outcome.DUPLICATE, 0, null, null, "same as #" + earlier));
                continue;
            }
            rank++;
            RootCause rc = choose(roots, e, precisionAtFirstHit);
            if (rc == null) {
                rows.add(new Score.Row(i, e, Score.Outcome.FALSE_POSITIVE, rank, null, null, falsePositiveNote(e)));
                continue;
            }
            hits++;
            boolean first = !precisionAtFirstHit.containsKey(rc);
            if (first) {
                precisionAtFirstHit.put(rc, hits / (double) rank);
            }
            rows.add(new Score.Row(i, e, Score.Outcome.HIT, rank, rc.id(), rc.matchOf(e).orElseThrow(),
                    first ? null : "root cause already hit: counts for precision, not again for recall"));
        }
        double recall = precisionAtFirstHit.size() / (double) roots.size();
        double precision = rank == 0 ? 0.0 : hits / (double) rank;
        double score = 0.0;
        if (recall >= 1.0 && rank > 0) {
            score = opts.variant() == ScoreVariant.SET ? precision
                    : precisionAtFirstHit.values().stream().mapToDouble(Double::doubleValue).sum() / roots.size();
        }
        List<RootCause> missed = roots.stream().filter(r -> !precisionAtFirstHit.containsKey(r)).toList();
        return new Score(score, recall, precision, opts.variant(), rows, missed);
    }

    /** Unhit primary, then unhit alias, then hit primary, then hit alias; null if nothing matches. */
    private static RootCause choose(List<RootCause> roots, EntityRef e, Map<RootCause, Double> hit) {
        RootCause best = null;
        int bestRank = Integer.MAX_VALUE;
        for (RootCause rc : roots) {
            if (!rc.matches(e)) {
                continue;
            }
            int r = (hit.containsKey(rc) ? 2 : 0) + (rc.isPrimary(e) ? 0 : 1);
            if (r < bestRank) {
                best = rc;
                bestRank = r;
            }
        }
        return best;
    }

    private static String falsePositiveNote(EntityRef e) {
        if (EntityRefs.UNPARSEABLE_KIND.equals(e.kind())) {
            return "not an entity reference";
        }
        if (!Kinds.isKnown(e.kind())) {
            return "unknown kind \"" + e.kind() + "\"";
        }
        return null;
    }
}
