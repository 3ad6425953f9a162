package io.srebench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.sim.k8s.Json;
import io.srebench.sim.scenario.ExpectedAlerts;
import io.srebench.sim.tasks.TaskMaterializer;
import io.srebench.task.SnapshotHash;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** Generates one full snapshot (scenario 17) and checks the files against the ITBench-Lite layout and encodings. */
class SnapshotFilesTest {
    private static Path out;
    private static Simulator.Result result;

    @BeforeAll
    static void generate() throws Exception {
        out = Files.createTempDirectory("snap17");
        Path dir = SimTestSupport.scenarioDir("17");
        result = new Simulator(SimTestSupport.scenario("17"), 17, "scenario.yaml").generate(out.resolve("s"),
                ExpectedAlerts.read(dir.resolve("groundtruth_v1.yaml"), dir.resolve("groundtruth.yaml"),
                        dir.resolve("index.json")));
    }

    @AfterAll
    static void clean() throws Exception {
        TaskMaterializer.delete(out);
    }

    private static List<String> lines(String file) throws Exception {
        return Files.readAllLines(out.resolve("s").resolve(file));
    }

    @Test
    void layoutAndVolumes() throws Exception {
        Path s = out.resolve("s");
        for (String f : new String[] {"k8s_events_raw.tsv", "k8s_objects_raw.tsv", "otel_logs_raw.tsv", "otel_traces_raw.tsv",
            "topology.json"}) {
            assertTrue(Files.isRegularFile(s.resolve(f)), f);
        }
        try (var m = Files.list(s.resolve("metrics"))) {
            List<String> names = m.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.matches("pod_product-catalog-[a-z0-9]+-[a-z0-9]{5}_raw\\.tsv")));
            assertTrue(names.contains("service_product-catalog_raw.tsv"));
            assertFalse(names.contains("service_flagd_raw.tsv"), "flagd and load-generator are excluded");
        }
        try (var a = Files.list(s.resolve("alerts"))) {
            List<String> names = a.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.size() >= 30);
            String name = "alerts_at_20\\d\\d-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d\\.\\d{6}\\.json";
            assertTrue(names.stream().allMatch(n -> n.matches(name)));
        }
        assertTrue(result.spans() >= 10_000, "spans " + result.spans());
        assertTrue(result.logs() >= 2_000, "logs " + result.logs());
        long size = TaskMaterializer.size(s);
        assertTrue(size > 5_000_000 && size < 40_000_000, "size " + size);
    }

    @Test
    void tracesUseTheClickHouseColumnsAndEncodings() throws Exception {
        List<String> l = lines("otel_traces_raw.tsv");
        assertTrue(l.get(0).startsWith("Timestamp\tTraceId\tSpanId\tParentSpanId\tTraceState\tSpanName\tSpanKind\tServiceName"));
        String[] row = l.get(1).split("\t", -1);
        assertEquals(22, row.length);
        assertTrue(Pattern.matches("20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{9}", row[0]), row[0]);
        assertTrue(row[8].startsWith("{'k8s.deployment.name': '"), row[8]);
        assertTrue(row[12].matches("\\d+"), "duration in ns");
        assertTrue(l.stream().anyMatch(x -> x.contains("\tError\t")));
        assertTrue(l.stream().skip(1).allMatch(x -> x.split("\t", -1)[13].matches("Unset|Ok|Error")));
    }

    @Test
    void eventsAndObjectsCarryKubernetesJson() throws Exception {
        List<String> ev = lines("k8s_events_raw.tsv");
        assertEquals(16, ev.get(0).split("\t").length);
        String body = ev.get(1).split("\t", -1)[8];
        assertTrue(body.startsWith("\"{\"\"type\"\":\"\"ADDED\"\""), "JSON body is quoted with doubled quotes");
        JsonNode n = Json.M.readTree(body.substring(1, body.length() - 1).replace("\"\"", "\""));
        assertEquals("Event", n.at("/object/kind").asText());
        assertTrue(String.join("\n", ev).contains("Scheduled"));
        List<String> obj = lines("k8s_objects_raw.tsv");
        assertTrue(String.join("\n", obj).contains("product-catalog-network-delay"), "the Schedule is recorded");
        assertTrue(obj.stream().anyMatch(x -> x.contains("{'k8s.resource.name': 'pods'}")));
    }

    @Test
    void alertsAreFiringArraysWithItbenchNames() throws Exception {
        Path dir = out.resolve("s/alerts");
        boolean latency = false;
        try (var a = Files.list(dir)) {
            for (Path p : a.sorted().toList()) {
                JsonNode arr = Json.M.readTree(Files.readString(p));
                assertTrue(arr.isArray());
                for (JsonNode al : arr) {
                    assertEquals("firing", al.path("state").asText());
                    assertTrue(al.path("activeAt").asText().endsWith("Z"));
                    assertTrue(al.path("value").asText().matches("-?\\d(\\.\\d+)?e[+-]\\d\\d"), al.path("value").asText());
                    latency |= al.at("/labels/alertname").asText().equals("HighRequestLatency")
                            && al.at("/labels/service_name").asText().equals("product-catalog");
                }
            }
        }
        assertTrue(latency);
    }

    @Test
    void topologyHasCallsEdges() throws Exception {
        JsonNode t = Json.M.readTree(Files.readString(out.resolve("s/topology.json")));
        assertTrue(t.path("nodes").size() > 50);
        boolean calls = false;
        for (JsonNode e : t.path("edges")) {
            calls |= e.path("relation").asText().equals("calls") && e.path("source").asText().equals("otel-demo/Service/checkout")
                    && e.path("target").asText().equals("otel-demo/Service/payment");
        }
        assertTrue(calls);
    }

    @Test
    void generationIsDeterministic() throws Exception {
        Path again = out.resolve("again");
        Path dir = SimTestSupport.scenarioDir("17");
        new Simulator(SimTestSupport.scenario("17"), 17, "scenario.yaml").generate(again,
                ExpectedAlerts.read(dir.resolve("groundtruth_v1.yaml"), dir.resolve("groundtruth.yaml"),
                        dir.resolve("index.json")));
        assertEquals(SnapshotHash.of(out.resolve("s")), SnapshotHash.of(again));
    }

    @Test
    void chaosObjectsAreNotOnlyTheFault() throws Exception {
        // scenario 17's fault is one Schedule; the snapshot also carries live decoy experiments on other workloads
        java.util.Set<String> schedules = new java.util.TreeSet<>();
        for (String line : lines("k8s_objects_raw.tsv")) {
            var m = Pattern.compile("\"kind\":\"Schedule\",\"metadata\":\\{[^}]*?\"name\":\"([a-z0-9-]+)\"")
                    .matcher(line.replace("\"\"", "\""));
            if (m.find()) {
                schedules.add(m.group(1));
            }
        }
        assertTrue(schedules.size() >= 2, "schedules " + schedules);
    }
}
