package io.srebench.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;

/**
 * One agent configuration in a benchmark.
 *
 * @param name agent name as listed in reports (a baseline name, or an endpoint name)
 * @param kind a built-in baseline or a model behind an endpoint (JSON {@code "baseline"} / {@code "model"})
 * @param endpoint endpoint name for model agents (concurrency is limited per endpoint), else null
 * @param model model id for model agents, else null
 * @param options further settings (reasoning effort, max tokens...); never keys
 */
public record AgentSpec(String name, Kind kind, String endpoint, String model, Map<String, String> options) {
    /** Option holding the comma-separated entities a constant-answer shortcut submits. */
    public static final String ENTITIES_OPTION = "entities";

    /** Where an agent's answers come from. */
    public enum Kind {
        /** A built-in agent of the registry ({@code io.srebench.agent.Agents}). */
        BASELINE,
        /** A model behind an endpoint. */
        MODEL;

        /** Lower-case name, as written in JSON. */
        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses {@code baseline} or {@code model} (any case). */
        @JsonCreator
        public static Kind parse(String s) {
            for (Kind k : values()) {
                if (k.id().equalsIgnoreCase(s == null ? "" : s.strip())) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown agent kind \"" + s + "\" (expected baseline or model)");
        }
    }

    public AgentSpec {
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /** A built-in baseline agent. */
    public static AgentSpec baseline(String name) {
        return new AgentSpec(name, Kind.BASELINE, null, null, Map.of());
    }

    /** A built-in baseline agent with options (e.g. {@link #ENTITIES_OPTION}). */
    public static AgentSpec baseline(String name, Map<String, String> options) {
        return new AgentSpec(name, Kind.BASELINE, null, null, options);
    }

    /** A model agent named {@code name} on endpoint {@code endpoint}. */
    public static AgentSpec model(String name, String endpoint, String model) {
        return new AgentSpec(name, Kind.MODEL, endpoint, model, Map.of());
    }

    /** The key runs share a concurrency limit under: the endpoint, or the agent itself for baselines. */
    public String concurrencyKey() {
        return endpoint != null ? "endpoint:" + endpoint : "agent:" + name;
    }
}
