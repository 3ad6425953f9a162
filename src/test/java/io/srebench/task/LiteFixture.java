package io.srebench.task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a small ITBench-Lite style scenario folder (formats.md 1.1) for tests. */
public final class LiteFixture {
    /** A raw events body (core/v1 watch notification), TSV-quoted as pandas writes it. */
    public static final String CORE_EVENT_BODY = quote("{\"type\":\"ADDED\",\"object\":{\"kind\":\"Event\","
            + "\"metadata\":{\"uid\":\"u1\",\"namespace\":\"otel-demo\"},\"reason\":\"BackOff\",\"type\":\"Warning\","
            + "\"message\":\"Back-off restarting\\tfailed container\",\"involvedObject\":{\"kind\":\"Pod\","
            + "\"name\":\"ad-6d9f-x2k7p\",\"namespace\":\"otel-demo\"},\"lastTimestamp\":\"2025-12-01T21:16:20Z\","
            + "\"count\":3,\"source\":{\"component\":\"kubelet\"}}}");

    private LiteFixture() {
    }

    /** pandas minimal quoting. */
    public static String quote(String v) {
        if (v.indexOf('\t') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    /** Writes {@code Scenario-7}-like content into {@code dir} (created), including {@code ground_truth.yaml}. */
    public static Path write(Path dir) {
        try {
            Files.createDirectories(dir.resolve("alerts"));
            Files.createDirectories(dir.resolve("metrics"));
            Files.writeString(dir.resolve("ground_truth.yaml"), "groups:\n  - id: g1\n    root_cause: true\n");
            Files.writeString(dir.resolve("alerts/alerts_at_2025-12-01T21-17-00.000000.json"),
                    "[{\"labels\": {\"alertname\": \"HighErrorRate\", \"namespace\": \"otel-demo\", \"service_name\": "
                            + "\"ad\", \"pod\": \"ad-6d9f-x2k7p\"}, \"annotations\": {\"summary\": \"errors\"},"
                            + " \"state\": \"firing\", \"activeAt\": \"2025-12-01T21:12:40.50413578Z\","
                            + " \"value\": \"2.5e-01\"}]");
            Files.writeString(dir.resolve("alerts/alerts_at_2025-12-01T21-16-00.000000.json"), "[]");
            String header = "Timestamp\tTimestampTime\tTraceId\tSpanId\tTraceFlags\tSeverityText\tSeverityNumber\t"
                    + "ServiceName\tBody\tResourceSchemaUrl\tResourceAttributes\tScopeSchemaUrl\tScopeName\tScopeVersion\t"
                    + "ScopeAttributes\tLogAttributes\n";
            Files.writeString(dir.resolve("k8s_events_raw.tsv"), header
                    + "2025-12-01 21:16:24.000000000\t2025-12-01 21:16:24\t\t\t0\t\t0\t\t" + CORE_EVENT_BODY
                    + "\t\t{'k8s.namespace.name': 'otel-demo'}\t\t\t\t{}\t{'k8s.resource.name': 'events'}\n",
                    StandardCharsets.UTF_8);
            String podBody = "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"ad-6d9f-x2k7p\","
                    + "\"namespace\":\"otel-demo\",\"uid\":\"p1\"},\"spec\":{\"nodeName\":\"kind-worker\"}}";
            // Double-encoded: the cell is a JSON string whose content is the object JSON.
            String doubleEncoded = quote(com.fasterxml.jackson.databind.node.TextNode.valueOf(podBody).toString());
            Files.writeString(dir.resolve("k8s_objects_raw.tsv"), header
                    + "2025-12-01 21:15:00.000000000\t2025-12-01 21:15:00\t\t\t0\t\t0\t\t" + doubleEncoded
                    + "\t\t{'k8s.namespace.name': 'otel-demo'}\t\t\t\t{}\t{'k8s.resource.name': 'pods'}\n",
                    StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("k8s_objects_otel-demo_chaos-mesh.tsv"),
                    "timestamp\tbody\tnamespace\tresource_type\tobject_kind\tobject_name\tapi_version\n"
                            + "2025-12-01 21:20:00\t" + quote(podBody) + "\totel-demo\tpods\tPod\tad-6d9f-x2k7p\tv1\n",
                    StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("otel_logs_raw.tsv"), header);
            Files.writeString(dir.resolve("otel_traces_raw.tsv"), "Timestamp\tTraceId\tSpanId\n");
            Files.writeString(dir.resolve("metrics/pod_ad-6d9f-x2k7p_raw.tsv"),
                    "metric_name\ttimestamp\tvalue\tpod_name\tnamespace\ttags\n");
            Files.writeString(dir.resolve("metrics/pod_ad-6d9f-x2k7p.tsv"),
                    "metric_name\ttimestamp\tvalue\tpod_name\tnamespace\n");
            Files.writeString(dir.resolve("metrics/service_frontend-proxy_raw.tsv"), "metric_name\n");
            Files.writeString(dir.resolve("metrics/service_frontend_raw.tsv"), "metric_name\n");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
