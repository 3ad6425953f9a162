package io.srebench.agent.trajectory;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a run ended. Only {@link #DONE} runs are scored; errored and interrupted runs are not scored at all. */
public enum RunStatus {
    /** The agent submitted, or the turn cap was reached (then with an empty submission). */
    DONE,
    /** A model call failed for good, the sandbox failed, or the agent threw. */
    ERRORED,
    /** Cancelled by the user between turns. */
    INTERRUPTED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static RunStatus of(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
