package io.srebench.task.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.common.BadInputException;
import io.srebench.task.EntityRef;
import io.srebench.task.LiteFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class K8sEventsTest {
    private static final String HEADER = "Timestamp\tBody\tResourceAttributes\n";

    @TempDir
    Path tmp;

    @Test
    void rawCoreEvent() {
        Path dir = LiteFixture.write(tmp.resolve("s"));
        List<K8sEvent> events = K8sEvents.readAll(dir.resolve("k8s_events_raw.tsv"));
        assertEquals(1, events.size());
        K8sEvent e = events.get(0);
        assertEquals(K8sEvent.Shape.CORE, e.shape());
        assertEquals(2, e.line());
        assertEquals("ADDED", e.watchType());
        assertTrue(e.warning());
        assertEquals("BackOff", e.reason());
        assertEquals("Back-off restarting\tfailed container", e.message());
        assertEquals(Instant.parse("2025-12-01T21:16:20Z"), e.eventTime());
        assertEquals(Instant.parse("2025-12-01T21:16:24Z"), e.recordedAt());
        assertEquals(3, e.count());
        assertEquals(new EntityRef("Pod", "otel-demo", "ad-6d9f-x2k7p"), e.involvedObject().orElseThrow());
        assertEquals("otel-demo", e.namespace());
        assertEquals("kubelet", e.sourceComponent());
        assertEquals("u1", e.uid());
    }

    @Test
    void rawEventsK8sIoShape() throws IOException {
        String body = "{\"type\":\"MODIFIED\",\"object\":{\"apiVersion\":\"events.k8s.io/v1\",\"kind\":\"Event\","
                + "\"reason\":\"Killing\",\"note\":\"Stopping container\",\"type\":\"Normal\",\"regarding\":{\"kind\":\"Pod\","
                + "\"name\":\"cart-1\",\"namespace\":\"otel-demo\"},\"eventTime\":\"2025-12-01T21:16:20.123456Z\","
                + "\"reportingController\":\"kubelet\",\"deprecatedCount\":2}}";
        Path f = Files.writeString(tmp.resolve("k8s_events_raw.tsv"), HEADER + "2025-12-01 21:16:24.5\t"
                + LiteFixture.quote(body) + "\tmap[k8s.namespace.name:otel-demo]\n");
        K8sEvent e = K8sEvents.readAll(f).get(0);
        assertEquals(K8sEvent.Shape.EVENTS_K8S_IO, e.shape());
        assertEquals("Stopping container", e.message());
        assertEquals(Instant.parse("2025-12-01T21:16:20.123456Z"), e.eventTime());
        assertEquals(2, e.count());
        assertEquals("kubelet", e.sourceComponent());
        assertEquals("otel-demo", e.namespace(), "Go map resource attributes");
        assertEquals("cart-1", e.objectName());
    }

    @Test
    void liteColumns() throws IOException {
        Path f = Files.writeString(tmp.resolve("k8s_events.tsv"), "timestamp\tnamespace\tevent_type\treason\tmessage\t"
                + "event_time\tevent_count\tevent_kind\tobject_kind\tobject_name\tobject_namespace\tsource_component\n"
                + "2025-12-01 21:16:24\totel-demo\tADDED\tUnhealthy\t\"probe failed: \"\"503\"\"\"\t2025-12-01 21:16:20\t"
                + "4.0\tWarning\tPod\tcart-1\totel-demo\tkubelet\n"
                + "2025-12-01 21:16:25\totel-demo\tADDED\tScheduled\tok\t\t\tNormal\tNode\tkind-worker\t\t\n");
        try (TsvRows<K8sEvent> rows = K8sEvents.open(f)) {
            List<K8sEvent> l = rows.stream().toList();
            assertEquals("probe failed: \"503\"", l.get(0).message());
            assertEquals(4, l.get(0).count());
            assertEquals(K8sEvent.Shape.LITE, l.get(0).shape());
            assertEquals(1, l.get(1).count());
            assertNull(l.get(1).eventTime());
            assertEquals(Instant.parse("2025-12-01T21:16:25Z"), l.get(1).time());
            assertEquals("otel-demo", l.get(1).objectNamespace(), "falls back to the namespace column");
        }
    }

    @Test
    void malformedBodyNamesFileLineAndColumn() throws IOException {
        Path f = Files.writeString(tmp.resolve("k8s_events_raw.tsv"), HEADER
                + "2025-12-01 21:16:24\t\"{\"\"type\"\": \"\"ADDED\"\", \"\"object\"\": {\"\"a\"\":}}\"\t{}\n");
        BadInputException e = assertThrows(BadInputException.class, () -> K8sEvents.readAll(f));
        assertTrue(e.getMessage().startsWith(f + ":2: Body: malformed JSON"), e.getMessage());
        Path g = Files.writeString(tmp.resolve("other.tsv"), "x\ty\n");
        assertTrue(assertThrows(BadInputException.class, () -> K8sEvents.open(g)).getMessage().startsWith(g + ":1: "));
    }
}
