package io.srebench.task.snapshot;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One alert of a Prometheus {@code /api/v1/alerts} poll (recorder output holds firing alerts only).
 *
 * @param name {@code labels.alertname}
 * @param labels all labels, string to string
 * @param annotations annotations, string to string
 * @param state {@code firing} or {@code pending}; {@code null} if absent
 * @param activeAt when the alert became active ({@code activeAt}, or Alertmanager {@code startsAt}); may be null
 * @param value the sample value as Prometheus prints it (e.g. {@code 1e+00}); may be null
 * @param keepFiringSince Prometheus {@code keepFiringSince}, or null
 */
public record Alert(String name, Map<String, String> labels, Map<String, String> annotations, String state,
                    Instant activeAt, String value, Instant keepFiringSince) {
    /** Label names tried, in order, to find what an alert is about (IBM's precedence, formats.md 1.3.1). */
    public static final java.util.List<String> ENTITY_LABELS =
            java.util.List.of("service_name", "service", "pod", "deployment", "instance", "job", "namespace");

    public Alert {
        labels = Map.copyOf(labels);
        annotations = Map.copyOf(annotations);
    }

    /** The label that names what the alert is about and its value: first of {@link #ENTITY_LABELS} present. */
    public Optional<Entity> entity() {
        for (String l : ENTITY_LABELS) {
            String v = labels.get(l);
            if (v != null && !v.isBlank()) {
                return Optional.of(new Entity(l, v));
            }
        }
        return Optional.empty();
    }

    /** {@code labels.namespace}, or null. */
    public String namespace() {
        return labels.get("namespace");
    }

    /** {@code labels.severity}, or null. */
    public String severity() {
        return labels.get("severity");
    }

    /** {@link #value()} as a number; NaN when absent or not numeric. */
    public double numericValue() {
        if (value == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** How long the alert had been active at {@code snapshotTime}, if both are known. */
    public Optional<java.time.Duration> activeFor(Instant snapshotTime) {
        if (activeAt == null || snapshotTime == null) {
            return Optional.empty();
        }
        return Optional.of(java.time.Duration.between(activeAt, snapshotTime));
    }

    /** The label an alert's entity came from ({@code service_name}, {@code pod}, ...) and its value. */
    public record Entity(String label, String value) {
    }
}
