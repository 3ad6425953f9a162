package io.srebench.task;

import io.srebench.common.BadInputException;

import io.srebench.common.UserDirs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.task.snapshot.SnapshotIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItbenchLiteLoaderTest {
    @TempDir
    Path tmp;

    private UserDirs dirs() {
        return new UserDirs(Map.of("SREBENCH_CACHE_DIR", tmp.resolve("cache").toString()), "linux", tmp);
    }

    @Test
    void agentViewHasEverythingButTheGroundTruth() throws IOException {
        Path scenario = LiteFixture.write(tmp.resolve("v0.2/Scenario-7"));
        Files.writeString(scenario.resolve("metrics/ground_truth.bak"), "sneaky copy");
        Files.createSymbolicLink(scenario.resolve("notes.tsv"), scenario.resolve("ground_truth.yaml"));
        Files.createSymbolicLink(scenario.resolve("linked_events.json"), scenario.resolve("k8s_events_raw.tsv"));
        Task task = ItbenchLiteLoader.load(scenario, dirs());

        assertEquals("scenario-7", task.id());
        assertEquals("7", task.provenance().scenario());
        assertEquals("otel-demo", task.defaultNamespace(), "most frequent alert namespace");
        assertEquals(scenario.resolve("ground_truth.yaml").toAbsolutePath(), task.groundTruth().v1());
        assertNull(task.groundTruth().v2());
        Path view = task.snapshotDir();
        assertTrue(view.startsWith(tmp.resolve("cache/itbench-lite")), view.toString());
        assertTrue(view.getFileName().toString().startsWith("scenario-7-"));
        assertFalse(Files.exists(view.resolve("ground_truth.yaml")));
        assertFalse(Files.exists(view.resolve("metrics/ground_truth.bak")));
        assertFalse(Files.exists(view.resolve("notes.tsv")), "a symlink to the ground truth is left out");
        assertTrue(Files.isRegularFile(view.resolve("linked_events.json"), java.nio.file.LinkOption.NOFOLLOW_LINKS),
                "other symlinks become plain copies");
        assertEquals(relativeFiles(scenario).stream().filter(p -> !p.contains("ground_truth") && !p.equals("notes.tsv"))
                .toList(), relativeFiles(view));
        assertEquals(Files.readString(scenario.resolve("k8s_events_raw.tsv")),
                Files.readString(view.resolve("k8s_events_raw.tsv")));
        assertFalse(TaskManifest.isInside(task.groundTruth().v1(), view));

        SnapshotIndex idx = SnapshotIndex.of(view);
        assertEquals(2, idx.alertFiles().size());
        assertTrue(idx.events().raw().endsWith("k8s_events_raw.tsv"));
    }

    @Test
    void sameFolderReusesTheViewAndAChangedFolderGetsANewOne() throws IOException {
        Path scenario = LiteFixture.write(tmp.resolve("Scenario-3"));
        Path first = ItbenchLiteLoader.load(scenario, dirs()).snapshotDir();
        assertEquals(first, ItbenchLiteLoader.load(scenario, dirs()).snapshotDir());
        Files.writeString(scenario.resolve("otel_logs_raw.tsv"), "Timestamp\tBody\n2025-12-01 00:00:00\tnew line\n");
        Path second = ItbenchLiteLoader.load(scenario, dirs()).snapshotDir();
        assertNotEquals(first, second);
        assertTrue(Files.readString(second.resolve("otel_logs_raw.tsv")).contains("new line"));
        try (Stream<Path> s = Files.list(tmp.resolve("cache/itbench-lite"))) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".tmp-")), "no temp dirs left behind");
        }
    }

    @Test
    void idsFromFolderNames() {
        assertEquals("scenario-12", ItbenchLiteLoader.idOf("Scenario-12"));
        assertEquals("scenario-12", ItbenchLiteLoader.idOf("scenario_12"));
        assertEquals("scenario-5", ItbenchLiteLoader.idOf("incident-5"));
        assertEquals("my-case", ItbenchLiteLoader.idOf("My-Case"));
        BadInputException e = assertThrows(BadInputException.class, () -> ItbenchLiteLoader.idOf("weird name!"));
        assertTrue(e.getMessage().startsWith("weird name!: "), e.getMessage());
    }

    @Test
    void folderWithoutGroundTruthIsRefused() throws IOException {
        Path scenario = LiteFixture.write(tmp.resolve("Scenario-9"));
        Files.delete(scenario.resolve("ground_truth.yaml"));
        BadInputException e = assertThrows(BadInputException.class, () -> ItbenchLiteLoader.load(scenario, dirs()));
        assertTrue(e.getMessage().startsWith(scenario + ": ground_truth.yaml: missing"), e.getMessage());
    }

    private static List<String> relativeFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
