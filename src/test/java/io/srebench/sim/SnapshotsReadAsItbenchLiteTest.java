package io.srebench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.sim.scenario.SimTaskManifest;
import io.srebench.sim.tasks.TaskMaterializer;
import io.srebench.task.EntityRef;
import io.srebench.task.ItbenchLiteLoader;
import io.srebench.task.SnapshotHash;
import io.srebench.task.Task;
import io.srebench.common.UserDirs;
import io.srebench.task.snapshot.Alerts;
import io.srebench.task.snapshot.K8sEvent;
import io.srebench.task.snapshot.K8sEvents;
import io.srebench.task.snapshot.K8sObjects;
import io.srebench.task.snapshot.SnapshotIndex;
import io.srebench.task.snapshot.Topology;
import io.srebench.task.truth.GroundTruth;
import io.srebench.task.truth.GroundTruthLoader;
import io.srebench.task.truth.RootCause;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator writes what ITBench-Lite readers read: a generated snapshot goes through the snapshot
 * index and every typed reader, and, laid out as an ITBench-Lite {@code Scenario-N} folder with its
 * ground truth, through the ITBench-Lite loader, whose agent view never holds the ground truth.
 */
class SnapshotsReadAsItbenchLiteTest {
    @TempDir
    Path dir;

    @Test
    void aGeneratedSnapshotLoadsWithTheItbenchLiteReadersAndLoader() throws Exception {
        Path taskDir = Path.of(System.getProperty("user.dir"), "tasks", "scenario-16");
        SimTaskManifest m = SimTaskManifest.read(taskDir);
        Path snap = dir.resolve("snap");
        TaskMaterializer.generate(m, snap);

        SnapshotIndex idx = SnapshotIndex.of(snap);
        assertTrue(idx.alertFiles().size() >= 30, "alert polls: " + idx.alertFiles().size());
        assertTrue(idx.podMetrics().size() >= 15, "pod metric files: " + idx.podMetrics().size());
        assertFalse(idx.serviceMetrics().isEmpty());
        assertTrue(Files.isRegularFile(idx.topology()));
        assertTrue(Alerts.readAll(snap).stream().anyMatch(s -> !s.alerts().isEmpty()), "no alert ever fires");
        List<K8sEvent> events = K8sEvents.readAll(idx.events().preferred());
        assertTrue(events.stream().anyMatch(K8sEvent::warning), "no Warning event");
        Map<EntityRef, ?> objects = K8sObjects.latest(idx.objects().preferred());
        assertTrue(objects.keySet().stream().anyMatch(e -> e.kind().equals("Deployment")), "no Deployment object");
        Topology topo = Topology.read(idx.topology());
        assertTrue(topo.nodes().size() > 20 && !topo.edges().isEmpty());

        // ITBench-Lite ships the v1 ground truth inside the scenario folder
        Path lite = dir.resolve("lite/Scenario-16");
        try (Stream<Path> walk = Files.walk(snap)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = lite.resolve(snap.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.copy(taskDir.resolve("groundtruth_v1.yaml"), lite.resolve("ground_truth.yaml"));
        UserDirs dirs = new UserDirs(Map.of("SREBENCH_CACHE_DIR", dir.resolve("cache").toString()), "linux", dir);
        Task task = ItbenchLiteLoader.load(lite, dirs);
        assertEquals("scenario-16", task.id());
        assertFalse(Files.exists(task.snapshotDir().resolve("ground_truth.yaml")));
        assertEquals(SnapshotHash.of(snap), SnapshotHash.of(task.snapshotDir()), "the agent view is the snapshot");
        GroundTruth gt = GroundTruthLoader.load(task.groundTruth(), task.defaultNamespace());
        assertFalse(gt.rootCauses().isEmpty());
        for (RootCause rc : gt.rootCauses()) {
            assertTrue(objects.keySet().stream().anyMatch(rc::matches),
                    "no object in the snapshot matches root cause " + rc.entity());
        }
    }
}
