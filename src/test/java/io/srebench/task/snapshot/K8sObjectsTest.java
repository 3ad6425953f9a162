package io.srebench.task.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class K8sObjectsTest {
    @TempDir
    Path tmp;

    @Test
    void rawDoubleEncodedBodyAndLiteRows() {
        Path dir = LiteFixture.write(tmp.resolve("s"));
        K8sObject raw = K8sObjects.readAll(dir.resolve("k8s_objects_raw.tsv")).get(0);
        assertEquals(new EntityRef("Pod", "otel-demo", "ad-6d9f-x2k7p"), raw.ref().orElseThrow());
        assertEquals("kind-worker", raw.body().path("spec").path("nodeName").asText(), "double encoding unwrapped");
        assertEquals("pods", raw.resourceType());
        assertEquals(Instant.parse("2025-12-01T21:15:00Z"), raw.observedAt(), "TimestampTime preferred");
        assertEquals("p1", raw.uid());
        assertFalse(raw.deleting());

        K8sObject lite = K8sObjects.readAll(dir.resolve("k8s_objects_otel-demo_chaos-mesh.tsv")).get(0);
        assertEquals(raw.ref(), lite.ref());
        assertEquals("v1", lite.apiVersion());
        assertEquals("pods", lite.resourceType());
    }

    @Test
    void latestObservationPerObject() throws IOException {
        String cm1 = "{\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"flagd-config\",\"namespace\":\"otel-demo\","
                + "\"resourceVersion\":\"1\"}}";
        String cm2 = cm1.replace("\"1\"", "\"2\"");
        String node = "{\"kind\":\"Node\",\"metadata\":{\"name\":\"kind-worker\","
                + "\"deletionTimestamp\":\"2025-12-01T00:00:00Z\"}}";
        Path f = Files.writeString(tmp.resolve("k8s_objects.tsv"), "timestamp\tbody\tnamespace\n"
                + "2025-12-01 21:20:00\t" + LiteFixture.quote(cm2) + "\totel-demo\n"
                + "2025-12-01 21:15:00\t" + LiteFixture.quote(cm1) + "\totel-demo\n"
                + "2025-12-01 21:15:00\t" + LiteFixture.quote(node) + "\totel-demo\n");
        Map<EntityRef, K8sObject> latest = K8sObjects.latest(f);
        assertEquals(List.of(new EntityRef("ConfigMap", "otel-demo", "flagd-config"),
                        new EntityRef("Node", null, "kind-worker")),
                List.copyOf(latest.keySet()));
        assertEquals("2", latest.get(new EntityRef("ConfigMap", "otel-demo", "flagd-config")).resourceVersion());
        K8sObject n = latest.get(new EntityRef("Node", null, "kind-worker"));
        assertTrue(n.deleting());
        assertEquals(null, n.namespace(), "cluster-scoped: body metadata wins over the namespace column");
    }

    @Test
    void badBodies() throws IOException {
        Path f = Files.writeString(tmp.resolve("k8s_objects.tsv"), "timestamp\tbody\n2025-12-01 21:20:00\t[1,2]\n");
        BadInputException e = assertThrows(BadInputException.class, () -> K8sObjects.readAll(f));
        assertEquals(f + ":2: body: expected a JSON object", e.getMessage());
        Path g = Files.writeString(tmp.resolve("x.tsv"), "timestamp\n");
        assertTrue(assertThrows(BadInputException.class, () -> K8sObjects.open(g)).getMessage().contains("no Body/body"));
    }
}
