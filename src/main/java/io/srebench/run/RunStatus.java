package io.srebench.run;

import java.util.Locale;

/** Lifecycle of one run (one agent on one task, one repeat). */
public enum RunStatus {
    QUEUED, RUNNING, DONE, ERRORED, INTERRUPTED;

    /** Lower-case name as shown in the CLI and JSON ({@code done}, {@code errored}, ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RunStatus parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    /** A run that will not change any more. */
    public boolean isFinal() {
        return this == DONE || this == ERRORED || this == INTERRUPTED;
    }
}
