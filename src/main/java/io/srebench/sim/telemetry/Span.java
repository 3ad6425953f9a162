package io.srebench.sim.telemetry;

import java.util.Map;

/**
 * One recorded span.
 *
 * @param startNs epoch nanoseconds
 * @param durationNs duration in nanoseconds
 * @param kind {@code Server}, {@code Client}, {@code Producer}, {@code Consumer} or {@code Internal}
 * @param status {@code Unset}, {@code Ok} or {@code Error}
 */
public record Span(String traceId, String spanId, String parentId, String name, String kind, String service,
                   String workload, String pod, String node, long startNs, long durationNs, String status,
                   String statusMessage, Map<String, String> attributes) {
    /** True for spans that count as requests a service received (spanmetrics SERVER/CONSUMER). */
    public boolean inbound() {
        return kind.equals("Server") || kind.equals("Consumer");
    }

    public boolean error() {
        return status.equals("Error");
    }
}
