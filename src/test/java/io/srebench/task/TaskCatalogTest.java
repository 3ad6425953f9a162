package io.srebench.task;

import io.srebench.common.BadInputException;

import io.srebench.common.UserDirs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskCatalogTest {
    @TempDir
    Path tmp;

    private final UserDirs dirs() {
        return new UserDirs(Map.of("SREBENCH_CACHE_DIR", tmp.resolve("cache").toString()), "linux", tmp);
    }

    private Path task(String folder, String id) throws IOException {
        Path d = Files.createDirectories(tmp.resolve("tasks").resolve(folder));
        Files.writeString(d.resolve("gt.yaml"), "kind: GroundTruth\n");
        Files.writeString(d.resolve("scenario.yaml"), "kind: Scenario\n");
        return Files.writeString(d.resolve("task.yaml"), """
                schema: srebench.task/1
                id: %s
                snapshot: {generator: srebench-sim/2, scenario: scenario.yaml, seed: 1}
                groundTruth: {v2: gt.yaml}
                """.formatted(id));
    }

    @Test
    void loadsSortedByIdAndFinds() throws IOException {
        task("b-folder", "scenario-2");
        task("a-folder", "scenario-10");
        task("c-folder", "scenario-1");
        Files.createDirectories(tmp.resolve("tasks/not-a-task"));
        TaskCatalog c = TaskCatalog.load(tmp.resolve("tasks"), dirs());
        assertEquals(List.of("scenario-1", "scenario-2", "scenario-10"), c.ids());
        assertEquals(3, c.tasks().size());
        assertEquals("scenario-10", c.get("scenario-10").id());
        assertEquals(Optional.empty(), c.find("scenario-3"));
        BadInputException e = assertThrows(BadInputException.class, () -> c.get("scenario-3"));
        assertTrue(e.getMessage().contains("no task with id \"scenario-3\""));
        assertTrue(c.manifest("scenario-2").orElseThrow().file().endsWith("b-folder/task.yaml"));
    }

    @Test
    void duplicateIdsAreRefusedNamingBothFiles() throws IOException {
        Path first = task("one", "scenario-1");
        Path second = task("two", "scenario-1");
        BadInputException e = assertThrows(BadInputException.class, () -> TaskCatalog.load(tmp.resolve("tasks"), dirs()));
        assertEquals(second + ": id: duplicate task id \"scenario-1\" (also in " + first + ")", e.getMessage());
    }

    @Test
    void aBadManifestStopsLoadingWithItsOwnMessage() throws IOException {
        Path bad = task("one", "Bad Id");
        BadInputException e = assertThrows(BadInputException.class, () -> TaskCatalog.load(tmp.resolve("tasks"), dirs()));
        assertTrue(e.getMessage().startsWith(bad + ": id: "), e.getMessage());
        assertThrows(BadInputException.class, () -> TaskCatalog.load(tmp.resolve("nothing-here"), dirs()));
    }

    @Test
    void bundledDirectoryLookupOrder() throws IOException {
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path jar = tmp.resolve("checkout/target/srebench.jar");
        Files.createDirectories(jar.getParent());
        assertEquals(Optional.of(Path.of("/p")), TaskCatalog.locate("/p", "/e", work, jar));
        assertEquals(Optional.of(Path.of("/e")), TaskCatalog.locate(null, "/e", work, jar));
        assertEquals(Optional.empty(), TaskCatalog.locate(null, null, work, jar));
        Path beside = Files.createDirectories(tmp.resolve("checkout/tasks"));
        assertEquals(Optional.of(beside), TaskCatalog.locate(null, "", work, jar));
        Path local = Files.createDirectories(work.resolve("tasks"));
        assertEquals(Optional.of(local), TaskCatalog.locate(null, null, work, jar));
    }
}
