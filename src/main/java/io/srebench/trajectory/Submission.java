package io.srebench.trajectory;

import java.util.List;

/**
 * The agent's final answer.
 *
 * @param entities root-cause entities exactly as submitted (normally {@code namespace/Kind/name})
 * @param reasoning the agent's explanation, or null
 * @param submitted false when the run hit the turn cap without a submit (then {@code entities} is empty)
 */
public record Submission(List<String> entities, String reasoning, boolean submitted) {
    public Submission {
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    public static Submission none() {
        return new Submission(List.of(), null, false);
    }
}
