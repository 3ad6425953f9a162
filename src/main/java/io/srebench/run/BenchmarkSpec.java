package io.srebench.run;

import io.srebench.score.ScoreVariant;
import java.util.List;

/**
 * What to run: tasks x agents x repeats, the ITBench-AA way (3 repeats by default).
 *
 * @param name label
 * @param taskIds tasks, in order
 * @param agents agent configurations
 * @param repeats repeats per task and agent (>= 1)
 * @param concurrency sessions running at once overall (>= 1)
 * @param perEndpointConcurrency sessions at once per endpoint / baseline agent (>= 1)
 * @param maxTurns turn cap per session
 * @param variant scoring variant recorded as primary (JSON {@code "set"} or {@code "ranked"}; set when absent)
 */
public record BenchmarkSpec(String name, List<String> taskIds, List<AgentSpec> agents, int repeats, int concurrency,
                            int perEndpointConcurrency, int maxTurns, ScoreVariant variant) {
    public static final int DEFAULT_REPEATS = 3;
    public static final int DEFAULT_MAX_TURNS = 100;

    public BenchmarkSpec {
        taskIds = List.copyOf(taskIds);
        agents = List.copyOf(agents);
        if (taskIds.isEmpty() || agents.isEmpty()) {
            throw new IllegalArgumentException("a benchmark needs at least one task and one agent");
        }
        if (repeats < 1 || concurrency < 1 || perEndpointConcurrency < 1 || maxTurns < 1) {
            throw new IllegalArgumentException("repeats, concurrency and max turns must be at least 1");
        }
        variant = variant == null ? ScoreVariant.SET : variant;
    }

    /** Number of runs the benchmark holds. */
    public int size() {
        return taskIds.size() * agents.size() * repeats;
    }
}
