package io.srebench.task.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.common.BadInputException;
import io.srebench.task.LiteFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotIndexTest {
    @TempDir
    Path tmp;

    @Test
    void findsEveryRoleTheWayIbmDoes() throws IOException {
        Path dir = LiteFixture.write(tmp.resolve("Scenario-1"));
        Files.writeString(dir.resolve("operational_topology.json"), "{\"nodes\":[],\"edges\":[]}");
        SnapshotIndex idx = SnapshotIndex.of(dir);

        assertEquals(List.of("alerts_at_2025-12-01T21-16-00.000000.json", "alerts_at_2025-12-01T21-17-00.000000.json"),
                idx.alertFiles().stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(dir.resolve("k8s_events_raw.tsv"), idx.events().raw());
        assertNull(idx.events().lite());
        assertEquals(dir.resolve("k8s_objects_raw.tsv"), idx.objects().raw());
        assertEquals(dir.resolve("k8s_objects_otel-demo_chaos-mesh.tsv"), idx.objects().lite());
        assertEquals(idx.objects().raw(), idx.objects().preferred());
        assertEquals(dir.resolve("otel_traces_raw.tsv"), idx.traces().preferred());
        assertEquals(dir.resolve("otel_logs_raw.tsv"), idx.logs().preferred());
        assertEquals(dir.resolve("operational_topology.json"), idx.topology());

        TableFiles pod = idx.podMetricsOf("ad-6d9f-x2k7p").orElseThrow();
        assertEquals(dir.resolve("metrics/pod_ad-6d9f-x2k7p_raw.tsv"), pod.raw());
        assertEquals(dir.resolve("metrics/pod_ad-6d9f-x2k7p.tsv"), pod.lite());
        assertEquals(List.of("frontend", "frontend-proxy"), List.copyOf(idx.serviceMetrics().keySet()));
        assertEquals(dir.resolve("metrics/service_frontend_raw.tsv"), idx.serviceMetricsOf("frontend-svc").orElseThrow().raw());
        assertEquals(Optional.empty(), idx.serviceMetricsOf("front"));
    }

    @Test
    void emptyDirectoryAndAlertsBesideTheTables() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("bare"));
        SnapshotIndex empty = SnapshotIndex.of(dir);
        assertTrue(empty.alertFiles().isEmpty());
        assertNull(empty.events());
        assertTrue(empty.podMetrics().isEmpty());
        Files.writeString(dir.resolve("alerts_in_alerting_state_2025-12-15T181709.387Z.json"), "[]");
        Files.writeString(dir.resolve("ground_truth_events.tsv"), "a\n");
        SnapshotIndex idx = SnapshotIndex.of(dir);
        assertEquals(1, idx.alertFiles().size());
        assertEquals(Optional.of(Instant.parse("2025-12-15T18:17:09.387Z")),
                SnapshotIndex.alertFileTime(idx.alertFiles().get(0)));
        assertNull(idx.events(), "ground-truth files are never indexed");
        BadInputException e = assertThrows(BadInputException.class, () -> SnapshotIndex.of(dir.resolve("missing")));
        assertTrue(e.getMessage().contains("missing: not a snapshot directory"));
    }

    @Test
    void deploymentFromPodName() {
        assertEquals("checkout", SnapshotIndex.deploymentOfPod("checkout-8546fdc74d-7m4dn"));
        assertEquals("frontend-proxy", SnapshotIndex.deploymentOfPod("frontend-proxy-6d9f5c-abcde"));
        assertEquals("redis", SnapshotIndex.deploymentOfPod("redis"));
    }
}
