package io.srebench.trajectory;

import java.util.List;
import java.util.Objects;

/**
 * Everything one agent run did, versioned by {@link #SCHEMA}. See docs/trajectory.md.
 *
 * @param schema always {@value #SCHEMA}
 * @param submission the final answer; null when the run errored or was interrupted before one
 */
public record Trajectory(String schema, RunInfo run, List<Turn> turns, Submission submission) {
    public static final String SCHEMA = "srebench.trajectory/1";

    public Trajectory {
        Objects.requireNonNull(run, "run");
        schema = schema == null ? SCHEMA : schema;
        turns = turns == null ? List.of() : List.copyOf(turns);
    }

    public TokenUsage totalUsage() {
        TokenUsage t = TokenUsage.ZERO;
        for (Turn turn : turns) {
            t = t.plus(turn.usage());
        }
        return t;
    }

    /** Sum of turn costs; null if any turn's price was unknown. */
    public Double totalCostUsd() {
        double sum = 0;
        for (Turn turn : turns) {
            if (turn.costUsd() == null) {
                return null;
            }
            sum += turn.costUsd();
        }
        return sum;
    }
}
