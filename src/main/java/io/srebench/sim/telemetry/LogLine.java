package io.srebench.sim.telemetry;

/**
 * One OpenTelemetry log record.
 *
 * @param timeNs epoch nanoseconds
 * @param traceId trace id or empty
 * @param spanId span id or empty
 * @param severity {@code INFO}, {@code WARN}, {@code ERROR} ...
 */
public record LogLine(long timeNs, String traceId, String spanId, String severity, String service, String workload,
                      String pod, String node, String body) {
    /** OpenTelemetry SeverityNumber of the severity text. */
    public int severityNumber() {
        return switch (severity) {
            case "DEBUG" -> 5;
            case "WARN" -> 13;
            case "ERROR" -> 17;
            case "FATAL" -> 21;
            default -> 9;
        };
    }
}
