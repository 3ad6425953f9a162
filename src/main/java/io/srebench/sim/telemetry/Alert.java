package io.srebench.sim.telemetry;

import java.util.Map;

/**
 * A firing Prometheus alert as {@code GET /api/v1/alerts} lists it.
 *
 * @param labels label set, {@code alertname} first
 * @param annotations summary and description
 * @param activeAt when the alert became pending (epoch ms)
 * @param value the sample value that triggered it
 */
public record Alert(Map<String, String> labels, Map<String, String> annotations, long activeAt, double value) {
    public String name() {
        return labels.get("alertname");
    }
}
