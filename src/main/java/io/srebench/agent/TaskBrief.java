package io.srebench.agent;

/**
 * The task facts the harness tells an agent. Never the ground truth.
 *
 * @param taskId the task id
 * @param snapshotDescription free text such as "OpenTelemetry Demo (Astronomy Shop), namespace otel-demo"; may be null
 * @param defaultNamespace the application's namespace, or null
 */
public record TaskBrief(String taskId, String snapshotDescription, String defaultNamespace) {
}
