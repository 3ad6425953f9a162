package io.srebench.trajectory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Lifecycle of one run (one agent on one task, one repeat), as the store keeps it and as a trajectory
 * records how it ended. A trajectory only ever ends {@link #DONE}, {@link #ERRORED} or {@link #INTERRUPTED};
 * only done runs are scored.
 */
public enum RunStatus {
    /** Planned by a benchmark, not started. */
    QUEUED,
    /** A session is working on it. */
    RUNNING,
    /** The agent submitted, or the turn cap was reached (then with an empty submission). */
    DONE,
    /** A model call failed for good, the sandbox failed, or the agent threw. */
    ERRORED,
    /** Cancelled by the user between turns. */
    INTERRUPTED;

    /** Lower-case name as shown in the CLI, the store and JSON ({@code done}, {@code errored}, ...). */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status of a {@link #label()}, case and surrounding blanks ignored. */
    @JsonCreator
    public static RunStatus parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    /** A run that will not change any more. */
    public boolean isFinal() {
        return this == DONE || this == ERRORED || this == INTERRUPTED;
    }
}
