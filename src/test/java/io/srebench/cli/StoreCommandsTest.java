package io.srebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.run.NewRun;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.ScoreRecord;
import io.srebench.run.TurnRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCommandsTest {
    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void fill() {
        db = CliRunner.storeIn(dir, s -> {
            for (int rep = 1; rep <= 3; rep++) {
                long id = s.createRun(new NewRun(1, "scenario-1", "topology-walk", null, rep, "{}"));
                s.appendTurn(id, new TurnRecord(0, Instant.now(), "{}", "grep KubePodCrashLooping alerts"), 0.02, 10, 2);
                s.finishRun(id, RunStatus.DONE, null, "[]", Instant.now());
                s.putScore(id, new ScoreRecord("set", rep == 1 ? 1.0 : 0.5, 1, 0.5, "{}"), true);
            }
            long e = s.createRun(new NewRun(1, "scenario-1", "alert-echo", null, 1, "{}"));
            s.finishRun(e, RunStatus.ERRORED, "boom", null, Instant.now());
        });
    }

    @Test
    void listJsonHasTheDocumentedFields() throws Exception {
        CliRunner r = CliRunner.run("list", "--db", db.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode runs = new ObjectMapper().readTree(r.out());
        assertEquals(4, runs.size());
        for (String f : new String[] {"id", "task", "agent", "repeat", "status", "score", "turns", "cost"}) {
            assertTrue(runs.get(0).has(f), "missing " + f);
        }
        assertEquals("done", runs.get(0).get("status").asText());
        assertEquals("errored", runs.get(3).get("status").asText());
        assertTrue(runs.get(3).get("score").isNull());
    }

    @Test
    void listFiltersAndRejectsAnUnknownStatus() {
        CliRunner r = CliRunner.run("list", "--db", db.toString(), "--status", "errored");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("alert-echo"));
        assertFalse(r.out().contains("topology-walk"));
        CliRunner bad = CliRunner.run("list", "--db", db.toString(), "--status", "finished");
        assertEquals(2, bad.exit());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertTrue(bad.err().contains("--status"));
    }

    @Test
    void reportComputesAccuracyAndCsv() throws Exception {
        CliRunner r = CliRunner.run("report", "--db", db.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        JsonNode agents = report.get("agents");
        assertEquals("topology-walk", agents.get(0).get("agent").asText());
        assertEquals(2.0 / 3, agents.get(0).get("accuracy").asDouble(), 1e-9);
        assertEquals(1, agents.size(), "alert-echo, whose only run errored, is not ranked at 0 % (issue 13, item 4)");
        assertEquals("alert-echo", report.get("erroredAgents").get(0).asText());
        CliRunner csv = CliRunner.run("report", "--db", db.toString(), "--csv");
        assertTrue(csv.out().startsWith("agent,runs,errored,accuracy"), csv.out());
        assertTrue(csv.out().contains("topology-walk,3,0,0.666667"), csv.out());
        CliRunner text = CliRunner.run("report", "--db", db.toString());
        assertTrue(text.out().contains("66.7%"), text.out());
        assertTrue(text.out().contains("errored, not ranked (every run errored): alert-echo"), text.out());
        assertTrue(text.out().contains("ranked over "), text.out());
    }

    @Test
    void searchFindsTranscriptText() {
        CliRunner r = CliRunner.run("search", "--db", db.toString(), "KubePodCrashLooping");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("3 hits"), r.out());
    }

    @Test
    void aStoreFromANewerSchemaIsRefusedWithOneLineAndExitTwo() throws Exception {
        Path newer = dir.resolve("newer.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 999");
        }
        CliRunner r = CliRunner.run("list", "--db", newer.toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("newer srebench"));
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "not a database at all, just text ".repeat(50));
        CliRunner j = CliRunner.run("report", "--db", junk.toString());
        assertEquals(2, j.exit());
        assertFalse(j.err().contains("\tat "), "no stack trace");
    }

    @Test
    void outputPrintedWithoutANewlineSurvivesProcessExit() throws Exception {
        // a real process: System.exit must not lose what print() wrote (report --csv ends without println)
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.srebench.Main", "report", "--db", db.toString(), "--csv");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        assertTrue(out.contains("topology-walk,3,0,0.666667"), out);
    }
}
