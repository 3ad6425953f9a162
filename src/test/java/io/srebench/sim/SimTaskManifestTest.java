package io.srebench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.sim.scenario.SimTaskManifest;
import io.srebench.common.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Task manifests name the simulator that generates them; the retired one is refused with the way out. */
class SimTaskManifestTest {
    @TempDir
    Path tmp;

    private Path copyOfScenario2(String generator) throws IOException {
        Path src = Path.of(System.getProperty("user.dir"), "tasks", "scenario-2");
        Path dir = Files.createDirectories(tmp.resolve("scenario-2"));
        try (var files = Files.list(src)) {
            for (Path p : files.toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        Path yaml = dir.resolve("task.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("srebench-sim/2", generator));
        return dir;
    }

    @Test
    void theCurrentGeneratorIsRead() throws IOException {
        assertEquals("scenario-2", SimTaskManifest.read(copyOfScenario2("srebench-sim/2")).id());
    }

    @Test
    void theRetiredGeneratorIsRefusedWithTheWayOut() throws IOException {
        Path dir = copyOfScenario2("srebench-sim/1");
        BadInputException e = assertThrows(BadInputException.class, () -> SimTaskManifest.read(dir));
        assertTrue(e.getMessage().contains("snapshot.generator: srebench-sim/1 is the retired simulator")
                && e.getMessage().contains("tasks from-itbench") && !e.getMessage().contains("\n"), e.getMessage());
    }
}
