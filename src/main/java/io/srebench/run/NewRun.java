package io.srebench.run;

/**
 * What a run is before it starts.
 *
 * @param benchmarkId the owning benchmark, or 0
 * @param taskId the task
 * @param agent agent name
 * @param model model id, or null for a baseline
 * @param repeat 1-based repeat number
 * @param configJson the agent configuration as JSON (no keys, ever)
 */
public record NewRun(long benchmarkId, String taskId, String agent, String model, int repeat, String configJson) {
}
