package io.srebench.task;

import io.srebench.common.BadInputException;

import io.srebench.common.UserDirs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskManifestTest {
    private static final String SHA = "ab".repeat(32);
    private static final String GENERATED = """
            schema: srebench.task/1
            id: scenario-1
            title: Feature flag floods the frontend-proxy
            application: opentelemetry-demo
            defaultNamespace: otel-demo
            faultFamily: application
            difficulty: medium
            provenance: {source: ITBench, scenario: 1, commit: 8949d5b2eae4901ff3f141e538c8594b5bff8afa, license: Apache-2.0}
            futureKey: {anything: goes}
            snapshot:
              generator: srebench-sim/2
              scenario: scenario.yaml
              seed: 7
              sha256: %s
            groundTruth: {v2: groundtruth.yaml, v1: groundtruth_v1.yaml}
            """.formatted(SHA);

    @TempDir
    Path tmp;
    private Path taskDir;
    private UserDirs dirs;

    @BeforeEach
    void files() throws IOException {
        taskDir = Files.createDirectories(tmp.resolve("tasks/scenario-1"));
        Files.writeString(taskDir.resolve("scenario.yaml"), "kind: Scenario\n");
        Files.writeString(taskDir.resolve("groundtruth.yaml"), "kind: GroundTruth\n");
        Files.writeString(taskDir.resolve("groundtruth_v1.yaml"), "groups: []\n");
        dirs = new UserDirs(Map.of("SREBENCH_CACHE_DIR", tmp.resolve("cache").toString()), "linux", tmp);
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(taskDir.resolve("task.yaml"), yaml);
    }

    @Test
    void generatedSnapshotManifest() throws IOException {
        Path file = write(GENERATED);
        TaskManifest m = TaskManifest.read(file, dirs);
        Task t = m.task();
        assertEquals("scenario-1", t.id());
        assertEquals("Feature flag floods the frontend-proxy", t.title());
        assertEquals("otel-demo", t.defaultNamespace());
        assertEquals(new Task.Provenance("ITBench", "1", "8949d5b2eae4901ff3f141e538c8594b5bff8afa", "Apache-2.0"),
                t.provenance());
        assertEquals(dirs.snapshotCache("scenario-1", SHA).toAbsolutePath(), t.snapshotDir());
        assertEquals(taskDir.resolve("groundtruth.yaml").toAbsolutePath(), t.groundTruth().v2());
        assertEquals(taskDir.resolve("groundtruth_v1.yaml").toAbsolutePath(), t.groundTruth().v1());
        assertEquals(Map.of("application", "opentelemetry-demo", "faultFamily", "application", "difficulty", "medium",
                "generator", "srebench-sim/2"), t.labels());
        assertTrue(m.generated());
        assertEquals(new TaskManifest.Generator("srebench-sim/2", taskDir.resolve("scenario.yaml").toAbsolutePath(), 7,
                SHA), m.generator());
    }

    @Test
    void existingSnapshotPathAndDefaults() throws IOException {
        Files.createDirectories(tmp.resolve("snaps/one/alerts"));
        Path file = write("""
                schema: srebench.task/1
                id: lite.case_2
                snapshot: {path: ../../snaps/one}
                groundTruth: {v1: groundtruth_v1.yaml}
                """);
        TaskManifest m = TaskManifest.read(file, dirs);
        assertFalse(m.generated());
        assertNull(m.generator());
        assertEquals(tmp.resolve("snaps/one").toAbsolutePath(), m.task().snapshotDir());
        assertEquals("lite.case_2", m.task().title(), "title defaults to id");
        assertNull(m.task().groundTruth().v2());
        assertEquals(Map.of(), m.task().labels());
    }

    @Test
    void unhashedGeneratedSnapshotUsesTheUnhashedCacheDir() throws IOException {
        Path file = write(GENERATED.replace("  sha256: " + SHA + "\n", ""));
        TaskManifest m = TaskManifest.read(file, dirs);
        assertTrue(m.task().snapshotDir().endsWith("snapshots/scenario-1-unhashed"));
        assertNull(m.generator().sha256());
    }

    private void assertRefused(String yaml, String field, String detail) throws IOException {
        Path file = write(yaml);
        BadInputException e = assertThrows(BadInputException.class, () -> TaskManifest.read(file, dirs));
        assertTrue(e.getMessage().startsWith(file + ": " + field + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(detail), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void missingSchema() throws IOException {
        assertRefused(GENERATED.replace("schema: srebench.task/1\n", ""), "schema", "missing required field");
    }

    @Test
    void wrongSchema() throws IOException {
        assertRefused(GENERATED.replace("srebench.task/1", "srebench.task/2"), "schema", "unsupported schema");
    }

    @Test
    void missingId() throws IOException {
        assertRefused(GENERATED.replace("id: scenario-1\n", ""), "id", "missing required field");
    }

    @Test
    void badId() throws IOException {
        assertRefused(GENERATED.replace("id: scenario-1", "id: Scenario 1"), "id", "bad id \"Scenario 1\"");
        assertRefused(GENERATED.replace("id: scenario-1", "id: -x"), "id", "bad id");
    }

    @Test
    void missingGroundTruthFile() throws IOException {
        assertRefused(GENERATED.replace("v1: groundtruth_v1.yaml", "v1: nope.yaml"), "groundTruth.v1", "no such file");
        assertRefused(GENERATED.replace("groundTruth: {v2: groundtruth.yaml, v1: groundtruth_v1.yaml}", "groundTruth: {}"),
                "groundTruth", "at least one");
        assertRefused(GENERATED.replace("groundTruth: {v2: groundtruth.yaml, v1: groundtruth_v1.yaml}\n", ""),
                "groundTruth", "missing required field");
    }

    @Test
    void groundTruthInsideTheSnapshot() throws IOException {
        Path snap = Files.createDirectories(taskDir.resolve("snap"));
        Files.writeString(snap.resolve("gt.yaml"), "x: 1\n");
        assertRefused("""
                schema: srebench.task/1
                id: scenario-1
                snapshot: {path: snap}
                groundTruth: {v2: snap/gt.yaml}
                """, "groundTruth.v2", "inside the snapshot directory");
        assertRefused("""
                schema: srebench.task/1
                id: scenario-1
                snapshot: {path: .}
                groundTruth: {v1: groundtruth_v1.yaml}
                """, "groundTruth.v1", "inside the snapshot directory");
    }

    @Test
    void bothOrNeitherGeneratorAndPath() throws IOException {
        Files.createDirectories(taskDir.resolve("snap"));
        assertRefused(GENERATED.replace("  seed: 7\n", "  seed: 7\n  path: snap\n"), "snapshot", "exactly one of");
        assertRefused(GENERATED.replace("  generator: srebench-sim/2\n", ""), "snapshot", "exactly one of");
        assertRefused(GENERATED.replaceAll("snapshot:\\n(  .*\\n)+", ""), "snapshot", "missing required field");
    }

    @Test
    void badSnapshotFieldsAndChoices() throws IOException {
        assertRefused(GENERATED.replace("scenario: scenario.yaml", "scenario: gone.yaml"), "snapshot.scenario", "no such file");
        assertRefused(GENERATED.replace("seed: 7", "seed: seven"), "snapshot.seed", "expected an integer");
        assertRefused(GENERATED.replace(SHA, "abc"), "snapshot.sha256", "64 lower-case hex");
        assertRefused(GENERATED.replace("difficulty: medium", "difficulty: extreme"), "difficulty", "unknown value");
        assertRefused(GENERATED.replace("faultFamily: application", "faultFamily: cosmic"), "faultFamily", "unknown value");
        assertRefused("""
                schema: srebench.task/1
                id: x
                snapshot: {path: missing-dir}
                groundTruth: {v1: groundtruth_v1.yaml}
                """, "snapshot.path", "no such directory");
    }

    @Test
    void malformedYamlNamesFileAndLine() throws IOException {
        Path file = write("schema: srebench.task/1\nid: [unclosed\n");
        BadInputException e = assertThrows(BadInputException.class, () -> TaskManifest.read(file, dirs));
        assertTrue(e.getMessage().matches("\\Q" + file + "\\E:\\d+: malformed YAML: .*"), e.getMessage());
        Path empty = write("");
        assertTrue(assertThrows(BadInputException.class, () -> TaskManifest.read(empty, dirs)).getMessage()
                .startsWith(empty + ": "));
    }

    @Test
    void realItbenchScenarioFilesLoad() throws IOException {
        String dir = System.getProperty("srebench.itbench.dir");
        assertTrue(dir != null && Files.isDirectory(Path.of(dir, "scenarios/1")), "ITBench data missing: " + dir);
        Path real = Path.of(dir, "scenarios/1").toAbsolutePath().normalize();
        Path file = write(GENERATED.replace("scenario: scenario.yaml", "scenario: " + real.resolve("scenario.yaml"))
                .replace("{v2: groundtruth.yaml, v1: groundtruth_v1.yaml}", "{v2: " + real.resolve("groundtruth.yaml")
                        + ", v1: " + real.resolve("groundtruth_v1.yaml") + "}"));
        TaskManifest m = TaskManifest.read(file, dirs);
        assertEquals(real.resolve("scenario.yaml"), m.generator().scenarioFile());
        assertEquals(real.resolve("groundtruth.yaml"), m.task().groundTruth().v2());
    }
}
