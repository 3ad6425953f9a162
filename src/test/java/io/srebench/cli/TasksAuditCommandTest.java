package io.srebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.run.TaskAudit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code srebench tasks audit}: bad input, and the table and JSON shapes on two bundled tasks. */
class TasksAuditCommandTest {
    private static final Path TASKS = Path.of(System.getProperty("user.dir"), "tasks");
    private static final List<String> TWO = List.of("scenario-1", "scenario-17");

    @TempDir
    static Path tmp;
    private static Path snapshots;

    @BeforeAll
    static void generate() {
        snapshots = tmp.resolve("snapshots");
        CliRunner r = CliRunner.run(args("tasks", "generate", "--out", snapshots.toString()).toArray(String[]::new));
        assertEquals(0, r.exit(), r.out() + r.err());
    }

    private static List<String> args(String... head) {
        List<String> a = new ArrayList<>(List.of(head));
        a.addAll(List.of("--tasks-dir", TASKS.toString()));
        for (String id : TWO) {
            a.addAll(List.of("--task", id));
        }
        return a;
    }

    private static CliRunner audit(String... extra) {
        List<String> a = args("tasks", "audit", "--snapshots", snapshots.toString());
        a.addAll(List.of(extra));
        return CliRunner.run(a.toArray(String[]::new));
    }

    @Test
    void printsOneRowPerAgentAndOneProgressLinePerTask() {
        CliRunner r = audit();
        assertEquals(0, r.exit(), r.err());
        for (String agent : TaskAudit.AGENTS) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(agent + " ") && l.matches(".* \\d\\.\\d{3} +\\d+/2$")),
                    agent + " row in\n" + r.out());
        }
        assertTrue(r.out().contains("oracle                  1.000       2/2"), r.out());
        assertEquals(2, r.err().lines().filter(l -> l.matches("\\[\\d/2] scenario-.*")).count(), r.err());
    }

    @Test
    void jsonHasMeansAndPerTaskScores() throws Exception {
        CliRunner r = audit("--json", "--jobs", "1");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(2, root.path("tasks").asInt());
        assertEquals(TaskAudit.AGENTS.size(), root.path("agents").size());
        assertEquals("shortcut-constant", root.path("agents").get(0).path("agent").asText());
        assertEquals(1.0, root.path("agents").get(TaskAudit.AGENTS.size() - 1).path("mean").asDouble(), 1e-9);
        assertEquals(TWO, List.of(root.path("perTask").get(0).path("task").asText(),
                root.path("perTask").get(1).path("task").asText()));
        assertEquals(TaskAudit.AGENTS.size(), root.path("perTask").get(0).path("scores").size());
        assertEquals(1, root.path("constantAnswer").size());
        assertEquals(0, root.path("failures").size());
    }

    @Test
    void aThresholdExceededExitsOneAndSaysWhich() {
        CliRunner r = audit("--max-shortcut", "0", "--max-combined", "0");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("audit failed: shortcut-changed mean"), r.err());
        assertTrue(r.err().contains("> --max-combined 0.000"), r.err());
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        for (String[] bad : List.of(new String[] {"--jobs", "0"}, new String[] {"--max-shortcut", "1.5"},
                new String[] {"--max-combined", "x"}, new String[] {"--task", "scenario-nope"})) {
            CliRunner r = audit(bad);
            assertEquals(2, r.exit(), String.join(" ", bad) + ": " + r.err());
            assertTrue(r.err().startsWith("srebench: "), r.err());
        }
        CliRunner r = CliRunner.run("tasks", "audit", "--tasks-dir", TASKS.toString(), "--task", "scenario-1",
                "--snapshots", tmp.resolve("missing").toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        CliRunner empty = CliRunner.run("tasks", "audit", "--tasks-dir", TASKS.toString(), "--task", "scenario-1",
                "--snapshots", tmp.toString());
        assertEquals(2, empty.exit(), empty.err());
        assertTrue(empty.err().contains("no snapshot of scenario-1"), empty.err());
    }
}
