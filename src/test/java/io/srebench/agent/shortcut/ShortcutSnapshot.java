package io.srebench.agent.shortcut;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny snapshot in the ITBench-Lite layout (pandas TSV quoting, Python-repr attribute maps) with one answer per
 * shortcut, three object polls five minutes apart from 10:00:
 * <ul>
 *   <li>ConfigMap shop/app-config: data edited in the window by manager {@code hand-edit-tool} (on no other object);</li>
 *   <li>Deployment shop/api: its only pod vanishes after the second poll, a new one (created 10:06) replaces it;</li>
 *   <li>ResourceQuota shop/quota created 10:06, NetworkPolicy shop/deny-all created 10:07 (kubectl-client-side-apply);
 *   </li>
 *   <li>unchanged Deployment/Service web, a Node, and an Endpoints object whose subsets change every poll
 *       (bookkeeping: never an answer);</li>
 *   <li>traces whose deepest error spans are mostly payment's; alerts whose first firing non-Watchdog one names the new
 *       api pod (a pending one is earlier).</li>
 * </ul>
 */
final class ShortcutSnapshot {
    private static final String OLD = "2026-01-01T00:00:00Z";

    private ShortcutSnapshot() {
    }

    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("alerts"));
        Files.createDirectories(dir.resolve("metrics"));
        StringBuilder objects = new StringBuilder("Timestamp\tTimestampTime\tSeverityText\tServiceName\tBody\t"
                + "ResourceAttributes\tLogAttributes\n");
        String[] polls = {"2026-01-05 10:00:00.120000000", "2026-01-05 10:05:00.130000000", "2026-01-05 10:10:00.110000000"};
        for (int p = 0; p < 3; p++) {
            String t = polls[p];
            objects.append(row(t, obj("v1", "Node", null, "node-1", OLD, mf("kubeadm", OLD), "{\"unschedulable\":false}")));
            objects.append(row(t, obj("apps/v1", "Deployment", "shop", "web", OLD, mf("helm", OLD), "{\"replicas\":1}")));
            objects.append(row(t, obj("v1", "Service", "shop", "web", OLD, mf("helm", OLD), "{\"port\":80}")));
            objects.append(row(t, obj("v1", "Endpoints", "shop", "web", OLD, "", "{}").replace("\"spec\":{}",
                    "\"subsets\":[{\"n\":" + p + "}]")));
            String cmFields = p == 0 ? mf("helm", OLD) : mf("helm", OLD) + "," + mf("hand-edit-tool", "2026-01-05T10:04:30Z");
            objects.append(row(t, obj("v1", "ConfigMap", "shop", "app-config", OLD, cmFields, "{}").replace("\"spec\":{}",
                    "\"data\":{\"mode\":\"" + (p == 0 ? "normal" : "broken") + "\"}")));
            objects.append(row(t, obj("apps/v1", "Deployment", "shop", "api", OLD, mf("helm", OLD), "{\"replicas\":1}")));
            // chaos: a live partition (severe), a live 5 ms delay (gentle), a paused loss (severe but paused)
            String chaos = "chaos-mesh.org/v1alpha1";
            objects.append(row(t, obj(chaos, "Schedule", "chaos-mesh", "cut", OLD, mf("helm", OLD),
                    "{\"type\":\"NetworkChaos\",\"networkChaos\":{\"action\":\"partition\"}}")));
            objects.append(row(t, obj(chaos, "Schedule", "chaos-mesh", "nudge", OLD, mf("helm", OLD),
                    "{\"type\":\"NetworkChaos\",\"networkChaos\":{\"action\":\"delay\",\"delay\":{\"latency\":\"5ms\"}}}")));
            objects.append(row(t, obj(chaos, "Schedule", "chaos-mesh", "asleep", OLD, mf("helm", OLD),
                    "{\"type\":\"NetworkChaos\",\"networkChaos\":{\"action\":\"loss\"}}").replace("\"managedFields\"",
                    "\"annotations\":{\"experiment.chaos-mesh.org/pause\":\"true\"},\"managedFields\"")));
            objects.append(row(t, owned(obj("apps/v1", "ReplicaSet", "shop", "api-7f9c", OLD, "", "{\"replicas\":1}"),
                    "Deployment", "api")));
            if (p < 2) {
                objects.append(row(t, owned(obj("v1", "Pod", "shop", "api-7f9c-abcde", OLD,
                        mf("kubelet", "2026-01-05T10:00:10Z"), "{\"nodeName\":\"node-1\"}"), "ReplicaSet", "api-7f9c")));
            } else {
                objects.append(row(t, owned(obj("v1", "Pod", "shop", "api-7f9c-fghij", "2026-01-05T10:06:00Z",
                        mf("kubelet", "2026-01-05T10:06:05Z"), "{\"nodeName\":\"node-1\"}"), "ReplicaSet", "api-7f9c")));
                objects.append(row(t, obj("v1", "ResourceQuota", "shop", "quota", "2026-01-05T10:06:00Z", "",
                        "{\"hard\":{\"pods\":\"1\"}}")));
                objects.append(row(t, obj("networking.k8s.io/v1", "NetworkPolicy", "shop", "deny-all",
                        "2026-01-05T10:07:00Z", mf("kubectl-client-side-apply", "2026-01-05T10:07:00Z"),
                        "{\"podSelector\":{}}")));
            }
        }
        Files.writeString(dir.resolve("k8s_objects_raw.tsv"), objects.toString());
        // Warning events: three on api's pods (two pods of one Deployment), one on web's, and Normal ones on web
        StringBuilder events = new StringBuilder("Timestamp\tTimestampTime\tBody\n");
        events.append(event("Warning", "Pod", "api-7f9c6d5b8-x2k9q", "BackOff"))
                .append(event("Warning", "Pod", "api-7f9c6d5b8-x2k9q", "BackOff"))
                .append(event("Warning", "Pod", "api-7f9c6d5b8-p4m7w", "Unhealthy"))
                .append(event("Warning", "Pod", "web-5c4d3b2a1-abcde", "Unhealthy"))
                .append(event("Normal", "Pod", "web-5c4d3b2a1-abcde", "Pulled"))
                .append(event("Normal", "Pod", "web-5c4d3b2a1-abcde", "Started"))
                .append(event("Normal", "Pod", "web-5c4d3b2a1-abcde", "Created"))
                .append(event("Normal", "Pod", "web-5c4d3b2a1-abcde", "Scheduled"));
        Files.writeString(dir.resolve("k8s_events_raw.tsv"), events.toString());
        Files.writeString(dir.resolve("otel_logs_raw.tsv"), "Timestamp\tBody\n");
        StringBuilder traces = new StringBuilder("Timestamp\tTraceId\tSpanId\tParentSpanId\tTraceState\tSpanName\tSpanKind\t"
                + "ServiceName\tResourceAttributes\tScopeName\tScopeVersion\tSpanAttributes\tDuration\tStatusCode\t"
                + "StatusMessage\n");
        traces.append(span("t1", "a", "", "frontend", "Error")).append(span("t1", "b", "a", "checkout", "Error"))
                .append(span("t1", "c", "b", "payment", "Error"));
        traces.append(span("t2", "a", "", "frontend", "Error")).append(span("t2", "b", "a", "checkout", "Error"))
                .append(span("t2", "c", "b", "payment", "Unset"));
        traces.append(span("t3", "a", "", "frontend", "Unset")).append(span("t3", "b", "a", "payment", "Error"));
        traces.append(span("t4", "a", "", "frontend", "Unset")).append(span("t4", "b", "a", "cart", "Unset"));
        Files.writeString(dir.resolve("otel_traces_raw.tsv"), traces.toString());
        Files.writeString(dir.resolve("alerts/alerts_at_2026-01-05T10-07-00.000000.json"), """
                [ {"labels": {"alertname": "Watchdog", "severity": "none"}, "state": "firing",
                   "activeAt": "2026-01-05T09:00:00Z", "value": "1e+00"},
                  {"labels": {"alertname": "HighRequestLatency", "namespace": "shop", "service_name": "checkout"},
                   "state": "firing", "activeAt": "2026-01-05T10:06:00Z", "value": "2e+00"},
                  {"labels": {"alertname": "KubePodCrashLooping", "namespace": "shop", "pod": "api-7f9c-fghij"},
                   "state": "firing", "activeAt": "2026-01-05T10:05:59.9Z", "value": "1e+00"},
                  {"labels": {"alertname": "KubeQuotaAlmostFull", "namespace": "shop", "deployment": "web"},
                   "state": "pending", "activeAt": "2026-01-05T10:01:00Z", "value": "1e+00"} ]
                """);
        Files.writeString(dir.resolve("alerts/alerts_at_2026-01-05T10-08-00.000000.json"), """
                {"data": {"alerts": [{"labels": {"alertname": "HighRequestErrorRate", "namespace": "shop",
                  "service": "frontend"}, "state": "firing", "activeAt": "2026-01-05T10:07:30.123456789Z"}]}}
                """);
        return dir;
    }

    private static String mf(String manager, String time) {
        return "{\"manager\":\"" + manager + "\",\"operation\":\"Update\",\"time\":\"" + time + "\"}";
    }

    private static String obj(String api, String kind, String ns, String name, String created, String managed,
                              String spec) {
        return "{\"apiVersion\":\"" + api + "\",\"kind\":\"" + kind + "\",\"metadata\":{\"name\":\"" + name + "\","
                + (ns == null ? "" : "\"namespace\":\"" + ns + "\",") + "\"creationTimestamp\":\"" + created + "\","
                + "\"managedFields\":[" + managed + "]},\"spec\":" + spec + ",\"status\":{}}";
    }

    private static String owned(String body, String kind, String name) {
        return body.replace("\"managedFields\"", "\"ownerReferences\":[{\"kind\":\"" + kind + "\",\"name\":\"" + name
                + "\",\"controller\":true}],\"managedFields\"");
    }

    /** One objects row as pandas writes it: the JSON body quoted, inner quotes doubled. */
    private static String row(String time, String body) {
        return time + "\t" + time.substring(0, 19) + "\t\t\t\"" + body.replace("\"", "\"\"") + "\"\t{}\t"
                + "{'k8s.resource.name': 'objects'}\n";
    }

    private static String span(String trace, String id, String parent, String service, String status) {
        return "2026-01-05 10:06:00.000000000\t" + trace + "\t" + trace + id + "\t" + (parent.isEmpty() ? "" : trace + parent)
                + "\t\tGET /\tServer\t" + service + "\t{'k8s.namespace.name': 'shop', 'service.name': '" + service
                + "'}\tio.opentelemetry\t\t{}\t1000\t" + status + "\t\n";
    }

    /** One event row as ITBench records it: the watch event's JSON in a TSV cell, quotes doubled. */
    private static String event(String type, String kind, String name, String reason) {
        String json = "{\"type\":\"ADDED\",\"object\":{\"kind\":\"Event\",\"involvedObject\":{\"apiVersion\":\"v1\","
                + "\"kind\":\"" + kind + "\",\"name\":\"" + name + "\",\"namespace\":\"shop\"},\"reason\":\"" + reason
                + "\",\"type\":\"" + type + "\"}}";
        return "2026-01-05 10:06:00.000000000\t2026-01-05 10:06:00\t\"" + json.replace("\"", "\"\"") + "\"\n";
    }
}
