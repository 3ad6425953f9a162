package io.srebench.run;

import io.srebench.trajectory.RunStatus;

/**
 * A filter over run summaries; null fields do not filter.
 *
 * @param taskId exact task id
 * @param agent exact agent name
 * @param status exact status
 * @param benchmarkId runs of one benchmark
 * @param minScore lowest score (inclusive)
 * @param maxScore highest score (inclusive)
 * @param text full-text query over transcripts
 * @param limit at most this many rows (0 = no limit)
 */
public record RunQuery(String taskId, String agent, RunStatus status, Long benchmarkId, Double minScore,
                       Double maxScore, String text, int limit) {
    public static RunQuery all() {
        return new RunQuery(null, null, null, null, null, null, null, 0);
    }

    public RunQuery withText(String t) {
        return new RunQuery(taskId, agent, status, benchmarkId, minScore, maxScore, t, limit);
    }
}
