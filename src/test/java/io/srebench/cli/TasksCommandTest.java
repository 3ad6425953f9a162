package io.srebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.sim.tasks.TaskMaterializer;
import io.srebench.task.SnapshotHash;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

class TasksCommandTest {
    private static Path tmp;
    private static Path tasks;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = SrebenchCommand.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Path scenario(String n) {
        return Path.of(System.getProperty("srebench.itbench.dir")).resolve("scenarios").resolve(n);
    }

    @BeforeAll
    static void convert() throws Exception {
        tmp = Files.createTempDirectory("tasks-cmd");
        tasks = tmp.resolve("tasks");
        Run r = run("tasks", "from-itbench", scenario("30").toString(), "--out", tasks.toString());
        assertEquals(0, r.code(), r.err());
    }

    @AfterAll
    static void clean() throws Exception {
        TaskMaterializer.delete(tmp);
    }

    @Test
    void fromItbenchWritesTheTaskBesideItsGroundTruth() throws Exception {
        Path dir = tasks.resolve("scenario-30");
        for (String f : new String[] {"task.yaml", "scenario.yaml", "groundtruth.yaml", "groundtruth_v1.yaml"}) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        }
        String manifest = Files.readString(dir.resolve("task.yaml"));
        assertTrue(manifest.contains("schema: srebench.task/1"));
        assertTrue(manifest.contains("faultFamily: service"));
        assertTrue(manifest.contains("generator: srebench-sim/2"));
        assertTrue(manifest.matches("(?s).*sha256: [0-9a-f]{64}\n.*"));
        assertTrue(manifest.contains("commit: 8949d5b2eae4901ff3f141e538c8594b5bff8afa"));
    }

    @Test
    void unrenamedScenarioFolderGivesTheBundledIdSeedAndSnapshot() throws Exception {
        Path copy = Files.createDirectories(tmp.resolve("checkout/scenario_2"));
        try (var files = Files.list(scenario("2"))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Run r = run("tasks", "from-itbench", copy.toString(), "--out", tmp.resolve("unrenamed").toString());
        assertEquals(0, r.code(), r.err());
        String made = Files.readString(tmp.resolve("unrenamed/scenario-2/task.yaml"));
        String bundled = Files.readString(Path.of("tasks/scenario-2/task.yaml"));
        for (String key : new String[] {"id:", "  seed:", "  sha256:", "provenance:"}) {
            assertEquals(line(bundled, key), line(made, key), key);
        }
    }

    private static String line(String yaml, String prefix) {
        return yaml.lines().filter(l -> l.startsWith(prefix)).findFirst().orElse("(none)");
    }

    @Test
    void noInjectionIsRefusedWithExitTwo() {
        Run r = run("tasks", "from-itbench", scenario("37").toString(), "--out", tmp.resolve("refused").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("injects no fault"), r.err());
        assertFalse(Files.exists(tmp.resolve("refused/scenario-37")));
    }

    @Test
    void unsupportedMechanismIsRefusedWithReason() {
        Run r = run("tasks", "from-itbench", scenario("54").toString(), "--out", tmp.resolve("refused").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("kube-system"), r.err());
    }

    @Test
    void listAsJson() throws Exception {
        Run r = run("tasks", "list", "--json", "--tasks-dir", tasks.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode a = new ObjectMapper().readTree(r.out());
        assertEquals("scenario-30", a.get(0).path("id").asText());
        assertEquals("service", a.get(0).path("faultFamily").asText());
        Run plain = run("tasks", "list", "--tasks-dir", tasks.toString());
        assertTrue(plain.out().startsWith("scenario-30"));
    }

    @Test
    void generateMatchesTheRecordedHashAndCaches() throws Exception {
        Path snaps = tmp.resolve("snaps");
        Run r = run("tasks", "generate", "--tasks-dir", tasks.toString(), "--out", snaps.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("generated 1 of 1 tasks"), r.out());
        Path dir;
        try (var s = Files.list(snaps)) {
            dir = s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertTrue(Files.readString(tasks.resolve("scenario-30/task.yaml")).contains(SnapshotHash.of(dir)));
        Run again = run("tasks", "generate", "--tasks-dir", tasks.toString(), "--out", snaps.toString());
        assertTrue(again.out().contains("cached"), again.out());
    }

    @Test
    void checkPasses() {
        Run r = run("tasks", "check", "--tasks-dir", tasks.toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("scenario-30: ok"));
    }

    @Test
    void checkFailsOnATamperedHash() throws Exception {
        Path copy = tamperedCopy("tampered", "f".repeat(64));
        Run r = run("tasks", "check", "--tasks-dir", copy.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("differs from the recorded"), r.out());
    }

    /** The check reads the task as runs do: a manifest a run would refuse is refused with one line. */
    @Test
    void checkRefusesAManifestARunWouldRefuse() throws Exception {
        Path copy = tamperedCopy("unreadable-hash", "0".repeat(64)); // YAML reads an all-digit hash as the number 0
        Run r = run("tasks", "check", "--tasks-dir", copy.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("snapshot.sha256: expected 64 lower-case hex characters"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    private Path tamperedCopy(String name, String sha) throws Exception {
        Path copy = tmp.resolve(name);
        Files.createDirectories(copy.resolve("scenario-30"));
        try (var s = Files.list(tasks.resolve("scenario-30"))) {
            for (Path p : s.toList()) {
                Files.copy(p, copy.resolve("scenario-30").resolve(p.getFileName()));
            }
        }
        Path manifest = copy.resolve("scenario-30/task.yaml");
        Files.writeString(manifest, Files.readString(manifest).replaceAll("sha256: [0-9a-f]{64}", "sha256: " + sha));
        return copy;
    }
}
