package io.srebench.agent;

import io.srebench.sandbox.ExecResult;
import io.srebench.sandbox.Sandbox;

/** The harness's own prompts and notes (srebench wording; rules follow the ITBench-AA conventions). */
public final class Prompts {
    private Prompts() {
    }

    public static String system(LoopConfig config) {
        return """
                You are a site reliability engineer investigating a Kubernetes incident from a recorded snapshot of its \
                observability data. There is no live cluster: you work only with the files.

                How you work
                - The shell tool runs one bash command per call in a sandbox and returns its exit code, stdout and stderr \
                (each cut to %d characters). A command is killed after %d seconds. Available: coreutils, grep, awk, sed, \
                sort, jq.
                - The snapshot is at %s and is read-only. %s is a writable scratch directory and the working directory.
                - You have at most %d turns. One turn is one reply of yours; a reply may contain several tool calls.

                What %s holds
                - alerts/alerts_at_<UTC time>.json: JSON arrays of the firing Prometheus alerts, one file per poll \
                (labels, annotations, activeAt, value).
                - k8s_events_raw.tsv: Kubernetes events; the Body column is the watch notification as JSON (type, and \
                object with reason, message, type Normal or Warning, involvedObject).
                - k8s_objects_raw.tsv: periodic observations of Kubernetes objects; Body is the full object as JSON.
                - otel_traces_raw.tsv: OpenTelemetry spans (ServiceName, SpanName, SpanId, ParentSpanId, Duration in \
                nanoseconds, StatusCode Ok/Error/Unset, StatusMessage, attribute maps).
                - otel_logs_raw.tsv: application logs (ServiceName, SeverityText, Body, ResourceAttributes).
                - metrics/pod_<pod>_raw.tsv and metrics/service_<service>_raw.tsv: metric samples in long format \
                (metric_name, timestamp, value, labels).
                - topology.json: {"nodes": [{id, kind, name, namespace}], "edges": [{source, relation, target}]} with \
                relations such as calls, contains and depends_on.
                The TSV files have a header row and pandas quoting: a field holding a tab, quote or newline is wrapped in \
                double quotes with inner quotes doubled, so JSON bodies read "{""kind"":...}". Map columns are Python \
                dict literals such as {'k8s.pod.name': 'cart-7d9f'}. Timestamps are UTC without a zone suffix.

                Your answer
                - Call submit with the root-cause entities, each named namespace/Kind/name (for example \
                otel-demo/Deployment/cart or otel-demo/ConfigMap/flagd-config; Kind/name for cluster-scoped objects).
                - Submit only independent root causes. Leave out anything that is a symptom or a consequence of another \
                entity you submit: each extra entity lowers the score, and a missing root cause scores zero.
                - A chaos experiment object (NetworkChaos, PodChaos, StressChaos, ...) in the data does not by itself \
                mean the chaos is active: check its status and whether its effects show.
                - One service can appear under several spellings (product-catalog, productcatalogservice, \
                product-catalog-service): name the Kubernetes object as it is actually called.
                - The ground truth is not in the sandbox; do not look for it.
                - submit ends the session.
                """.formatted(ExecResult.MAX_OUTPUT_CHARS, config.commandTimeout().toSeconds(), Sandbox.SNAPSHOT_DIR,
                Sandbox.SCRATCH_DIR, config.maxTurns(), Sandbox.SNAPSHOT_DIR);
    }

    public static String task(TaskBrief brief) {
        StringBuilder sb = new StringBuilder("Task ").append(brief.taskId()).append(".\n");
        if (brief.snapshotDescription() != null && !brief.snapshotDescription().isBlank()) {
            sb.append("Snapshot: ").append(brief.snapshotDescription().trim()).append('\n');
        }
        if (brief.defaultNamespace() != null && !brief.defaultNamespace().isBlank()) {
            sb.append("The application runs in namespace ").append(brief.defaultNamespace()).append(".\n");
        }
        return sb.append("Investigate the incident recorded in ").append(Sandbox.SNAPSHOT_DIR)
                .append(" and submit its root cause(s).").toString();
    }

    public static String turnWarning(int turnsLeft) {
        if (turnsLeft <= 1) {
            return "This is your last turn. Call submit now, or your answer will be empty.";
        }
        return turnsLeft + " turns left, this one included. Call submit before the limit, or your answer will be empty.";
    }

    public static String nudge() {
        return "Your last reply had no tool call. Continue the investigation with the shell tool, or call submit with "
                + "your final answer.";
    }

    public static String trimmedPlaceholder() {
        return "[output removed to fit the context window; run the command again if you still need it]";
    }
}
