package io.srebench.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A tiny snapshot in the ITBench-Lite layout: frontend -> checkout -> payment, payment's only pod crash-loops
 * (BackOff Warning, not ready), checkout and payment have error spans, alerts fire for frontend and checkout.
 */
public final class FixtureSnapshot {
    private FixtureSnapshot() {
    }

    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("alerts"));
        Files.createDirectories(dir.resolve("metrics"));
        Files.writeString(dir.resolve("alerts/alerts_at_2025-12-01T21-16-00.000000.json"), """
                [ {"labels": {"alertname": "HighRequestErrorRate", "namespace": "otel-demo", "service_name": "frontend",
                   "severity": "warning"}, "state": "firing", "activeAt": "2025-12-01T21:12:40Z", "value": "2.5e-01"},
                  {"labels": {"alertname": "HighRequestErrorRate", "namespace": "otel-demo", "service_name": "checkout"},
                   "state": "firing", "activeAt": "2025-12-01T21:13:40Z", "value": "3e-01"} ]
                """);
        Files.writeString(dir.resolve("alerts/alerts_at_2025-12-01T21-17-00.000000.json"), """
                [ {"labels": {"alertname": "HighRequestErrorRate", "namespace": "otel-demo", "service_name": "frontend"},
                   "state": "firing", "activeAt": "2025-12-01T21:12:40Z", "value": "2.7e-01"} ]
                """);
        String head = "Timestamp\tTimestampTime\tSeverityText\tServiceName\tBody\tResourceAttributes\n";
        Files.writeString(dir.resolve("k8s_events_raw.tsv"), head
                + event("Warning", "BackOff", "Pod", "payment-5d8f7c9b4-abcde", "Back-off restarting failed container")
                + event("Normal", "Pulled", "Pod", "cart-6c9d8b7f5-zzzzz", "Pulled image")
                + event("Warning", "BackOff", "Pod", "payment-5d8f7c9b4-abcde", "Back-off restarting failed container"));
        Files.writeString(dir.resolve("k8s_objects_raw.tsv"), head
                + object(pod("payment-5d8f7c9b4-abcde", false, 7, "CrashLoopBackOff"))
                + object(pod("checkout-7c8d9e6f5-fghij", true, 0, null))
                + object(pod("frontend-6b7c8d9e4-klmno", true, 0, null))
                + object("{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"name\":\"payment\","
                        + "\"namespace\":\"otel-demo\",\"generation\":2,"
                + "\"managedFields\":[{\"time\":\"2025-12-01T21:10:00Z\"}]},"
                        + "\"status\":{\"observedGeneration\":2}}"));
        StringBuilder traces = new StringBuilder("Timestamp\tTraceId\tSpanId\tParentSpanId\tSpanName\tSpanKind\tServiceName\t"
                + "Duration\tStatusCode\tStatusMessage\n");
        for (int i = 0; i < 3; i++) {
            String t = "t" + i;
            traces.append(span(t, t + "a", "", "frontend", i == 0 ? "Error" : "Unset"))
                    .append(span(t, t + "b", t + "a", "checkout", "Error"))
                    .append(span(t, t + "c", t + "b", "payment", "Error"));
        }
        traces.append(span("t9", "t9a", "", "frontend", "Unset")).append(span("t9", "t9d", "t9a", "cart", "Unset"));
        Files.writeString(dir.resolve("otel_traces_raw.tsv"), traces.toString());
        Files.writeString(dir.resolve("otel_logs_raw.tsv"), "Timestamp\tServiceName\tSeverityText\tBody\n"
                + "2025-12-01 21:15:00.000000000\tpayment\tERROR\t\"payment failed: \"\"card\"\" declined\"\n");
        Files.writeString(dir.resolve("metrics/pod_payment-5d8f7c9b4-abcde_raw.tsv"),
                "metric_name\ttimestamp\tvalue\tpod_name\tnamespace\ttags\n"
                        + "container_memory_usage_bytes\t2025-12-01 21:15:00.000\t1.0E8\t"
                        + "payment-5d8f7c9b4-abcde\totel-demo\t{}\n");
        Files.writeString(dir.resolve("topology.json"), """
                {"nodes": [
                  {"id": "otel-demo/Service/frontend", "kind": "Service", "name": "frontend", "namespace": "otel-demo"},
                  {"id": "otel-demo/Service/checkout", "kind": "Service", "name": "checkout", "namespace": "otel-demo"},
                  {"id": "otel-demo/Service/payment", "kind": "Service", "name": "payment", "namespace": "otel-demo"},
                  {"id": "otel-demo/Service/cart", "kind": "Service", "name": "cart", "namespace": "otel-demo"}],
                 "edges": [
                  {"source": "otel-demo/Service/frontend", "relation": "calls", "target": "otel-demo/Service/checkout"},
                  {"source": "otel-demo/Service/frontend", "relation": "calls", "target": "otel-demo/Service/cart"},
                  {"source": "otel-demo/Service/checkout", "relation": "calls", "target": "otel-demo/Service/payment"}]}
                """);
        return dir;
    }

    public static List<String> expectedAlertEcho() {
        return List.of("otel-demo/Service/checkout", "otel-demo/Service/frontend");
    }

    private static String event(String type, String reason, String kind, String name, String message) {
        String body = "{\"type\":\"ADDED\",\"object\":{\"kind\":\"Event\",\"reason\":\"" + reason + "\",\"type\":\"" + type
                + "\",\"message\":\"" + message + "\",\"involvedObject\":{\"kind\":\"" + kind + "\",\"name\":\"" + name
                + "\",\"namespace\":\"otel-demo\"},\"lastTimestamp\":\"2025-12-01T21:16:20Z\",\"count\":3}}";
        return "2025-12-01 21:16:24.000000000\t2025-12-01 21:16:24\tINFO\t\t" + quote(body)
                + "\t{'k8s.namespace.name': 'otel-demo'}\n";
    }

    private static String object(String body) {
        return "2025-12-01 21:15:00.000000000\t2025-12-01 21:15:00\tINFO\t\t" + quote(body)
                + "\t{'k8s.namespace.name': 'otel-demo'}\n";
    }

    private static String pod(String name, boolean ready, int restarts, String waiting) {
        return "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\"otel-demo\"},"
                + "\"status\":{\"containerStatuses\":[{\"name\":\"main\",\"ready\":" + ready + ",\"restartCount\":" + restarts
                + (waiting == null ? "" : ",\"state\":{\"waiting\":{\"reason\":\"" + waiting + "\"}}") + "}]}}";
    }

    private static String span(String trace, String id, String parent, String service, String status) {
        return "2025-12-01 21:15:00.000000000\t" + trace + "\t" + id + "\t" + parent + "\tGET /x\tServer\t" + service
                + "\t1000000\t" + status + "\t\n";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
