package io.srebench.interop;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the task names other tools use for ITBench incidents onto srebench task ids: {@code Scenario-3},
 * {@code scenario_3}, {@code scenario3}, {@code scenario-i3}, {@code incident-3}, {@code incident_3},
 * {@code itbench/scenario-3} all become {@code scenario-3}. Anything else is kept as given.
 */
public final class TaskIds {
    private static final Pattern SCENARIO = Pattern.compile(
            "(?:.*[/:])?(?:scenario|incident)[-_ ]?i?0*(\\d+)(?:[-_.].*)?", Pattern.CASE_INSENSITIVE);

    private TaskIds() {
    }

    /** The srebench id ({@code scenario-N}) a source name denotes, when it denotes one. */
    public static Optional<String> scenarioId(String sourceId) {
        if (sourceId == null) {
            return Optional.empty();
        }
        Matcher m = SCENARIO.matcher(sourceId.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of("scenario-" + m.group(1));
    }

    /** {@code scenario-N} when the name denotes an ITBench scenario, else the name trimmed (or "unknown" if blank). */
    public static String normalise(String sourceId) {
        if (sourceId == null || sourceId.isBlank()) {
            return "unknown";
        }
        return scenarioId(sourceId).orElse(sourceId.trim());
    }
}
