package io.srebench.studio.kit.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One alert across the polls of a snapshot: the same alert name about the same entity in the same namespace.
 *
 * @param key identity: {@code name|entity value|namespace}, lower case
 * @param name the alert name
 * @param entityLabel the label naming what the alert is about ({@code service_name}, {@code pod}, ...), or null
 * @param entityValue that label's value, or null
 * @param namespace {@code labels.namespace}, or null
 * @param severity {@code labels.severity} (first non-null seen), or null
 * @param activeAt earliest {@code activeAt} seen, or null
 * @param firstSeen time of the first poll that holds it (may be null for polls without time)
 * @param lastSeen time of the last poll that holds it
 * @param polls indexes of the polls that hold it, ascending
 */
public record AlertRow(String key, String name, String entityLabel, String entityValue, String namespace,
                       String severity, Instant activeAt, Instant firstSeen, Instant lastSeen, List<Integer> polls) {
    public AlertRow {
        polls = List.copyOf(polls);
    }

    /** {@code label=value}, or empty. */
    public String entityText() {
        return entityValue == null ? "" : entityLabel + "=" + entityValue;
    }

    /** The identity key of an alert. */
    public static String keyOf(String name, String entityValue, String namespace) {
        return (name + "|" + (entityValue == null ? "" : entityValue) + "|" + (namespace == null ? "" : namespace))
                .toLowerCase(Locale.ROOT);
    }

    /** When the alert starts on a timeline: activeAt, else first seen. */
    public Instant start() {
        return activeAt != null ? activeAt : firstSeen;
    }
}
