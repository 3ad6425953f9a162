package io.srebench.run;

import java.util.Map;

/**
 * One agent configuration in a benchmark.
 *
 * @param name agent name as listed in reports (a baseline name, or an endpoint name)
 * @param kind {@code baseline} or {@code model}
 * @param endpoint endpoint name for model agents (concurrency is limited per endpoint), else null
 * @param model model id for model agents, else null
 * @param options further settings (reasoning effort, max tokens...); never keys
 */
public record AgentSpec(String name, String kind, String endpoint, String model, Map<String, String> options) {
    /** Option holding the comma-separated entities a constant-answer shortcut submits. */
    public static final String ENTITIES_OPTION = "entities";

    public AgentSpec {
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /** A built-in baseline agent. */
    public static AgentSpec baseline(String name) {
        return new AgentSpec(name, "baseline", null, null, Map.of());
    }

    /** A built-in baseline agent with options (e.g. {@link #ENTITIES_OPTION}). */
    public static AgentSpec baseline(String name, Map<String, String> options) {
        return new AgentSpec(name, "baseline", null, null, options);
    }

    /** The key runs share a concurrency limit under: the endpoint, or the agent itself for baselines. */
    public String concurrencyKey() {
        return endpoint != null ? "endpoint:" + endpoint : "agent:" + name;
    }
}
