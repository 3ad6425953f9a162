package io.srebench.sim.telemetry;

/**
 * An alert the scenario says fires during the incident (from its v1 ground truth or library index): the alert
 * name and, when known, the kind, namespace and name pattern (regex matched at the start, case-insensitively) of
 * the entity it fires on.
 */
public record ExpectedAlert(String name, String kind, String namespace, String pattern) {
}
