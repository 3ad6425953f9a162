package io.srebench.run;

import io.srebench.trajectory.RunStatus;

/**
 * A filter over run summaries; null fields do not filter. Build one from {@link #all()} or {@link #ofBenchmark(long)}
 * and narrow it with the {@code with...} methods, e.g. {@code RunQuery.ofBenchmark(id).withStatus(RunStatus.DONE)};
 * the canonical constructor stays for the store, which reads the fields.
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
    private static final RunQuery ALL = new RunQuery(null, null, null, null, null, null, null, 0);

    /** Every run. */
    public static RunQuery all() {
        return ALL;
    }

    /** The runs of benchmark {@code id} (0: imported and single runs). */
    public static RunQuery ofBenchmark(long id) {
        return ALL.withBenchmark(id);
    }

    /** Only runs of benchmark {@code id}; null for any benchmark. */
    public RunQuery withBenchmark(Long id) {
        return new RunQuery(taskId, agent, status, id, minScore, maxScore, text, limit);
    }

    /** Only runs of task {@code id}; null for any task. */
    public RunQuery withTask(String id) {
        return new RunQuery(id, agent, status, benchmarkId, minScore, maxScore, text, limit);
    }

    /** Only runs of agent {@code name}; null for any agent. */
    public RunQuery withAgent(String name) {
        return new RunQuery(taskId, name, status, benchmarkId, minScore, maxScore, text, limit);
    }

    /** Only runs in status {@code s}; null for any status. */
    public RunQuery withStatus(RunStatus s) {
        return new RunQuery(taskId, agent, s, benchmarkId, minScore, maxScore, text, limit);
    }

    /** Only runs whose primary score lies in {@code [min, max]}; a null bound does not limit. */
    public RunQuery withScoreBetween(Double min, Double max) {
        return new RunQuery(taskId, agent, status, benchmarkId, min, max, text, limit);
    }

    /** Only runs whose transcripts match the full-text query {@code t}; null or blank for no text filter. */
    public RunQuery withText(String t) {
        return new RunQuery(taskId, agent, status, benchmarkId, minScore, maxScore, t, limit);
    }

    /** At most {@code n} rows (0 = no limit). */
    public RunQuery limit(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("limit must be 0 or more, not " + n);
        }
        return new RunQuery(taskId, agent, status, benchmarkId, minScore, maxScore, text, n);
    }
}
