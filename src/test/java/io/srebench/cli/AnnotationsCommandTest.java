package io.srebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.run.Annotation;
import io.srebench.run.AnnotationLabel;
import io.srebench.run.NewRun;
import io.srebench.trajectory.RunStatus;
import io.srebench.store.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path db;
    private long runA;
    private long runB;

    @BeforeEach
    void fill() {
        db = dir.resolve("s.db");
        try (SqliteStore s = SqliteStore.open(db)) {
            runA = s.createRun(new NewRun(0, "scenario-3", "alert-echo", null, 1, "{}"));
            runB = s.createRun(new NewRun(0, "scenario-3", "gpt", "gpt-x", 2, "{}"));
            s.finishRun(runA, RunStatus.DONE, null, "[]", Instant.now());
            s.finishRun(runB, RunStatus.DONE, null, "[]", Instant.now());
            s.saveAnnotation(new Annotation(0, runA, "otel-demo/Service/cart", AnnotationLabel.CO_OCCURRING_SYMPTOM, null,
                    "noise", "alice", null, null));
            s.saveAnnotation(new Annotation(0, runB, "otel-demo/Deployment/payment", AnnotationLabel.LOOKED_AT_AND_DISMISSED,
                    4, "", "bob", null, null));
        }
    }

    @Test
    void exportWritesOneJsonObjectPerAnnotation() throws Exception {
        CliRunner r = CliRunner.run("annotations", "export", "--format", "jsonl", "--db", db.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        JsonNode a = JSON.readTree(lines.get(0));
        assertEquals(runA, a.get("run").asLong());
        assertEquals("scenario-3", a.get("task").asText());
        assertEquals("alert-echo", a.get("agent").asText());
        assertEquals("otel-demo/Service/cart", a.get("entity").asText());
        assertEquals("co-occurring-symptom", a.get("label").asText());
        assertEquals("false_positive", a.get("target").asText());
        assertTrue(a.get("turn").isNull());
        assertEquals("noise", a.get("note").asText());
        assertEquals("alice", a.get("author").asText());
        assertTrue(Instant.parse(a.get("created").asText()).isBefore(Instant.now().plusSeconds(1)));
        Instant.parse(a.get("updated").asText());
        JsonNode b = JSON.readTree(lines.get(1));
        assertEquals("looked-at-and-dismissed", b.get("label").asText());
        assertEquals("missed", b.get("target").asText());
        assertEquals(4, b.get("turn").asInt());
        assertEquals("gpt", b.get("agent").asText());

        Path out = dir.resolve("out/ann.jsonl");
        CliRunner noParent = CliRunner.run("annotations", "export", "--format", "jsonl", "--out", out.toString(), "--db",
                db.toString());
        assertEquals(2, noParent.exit(), "a missing parent directory is not created: " + noParent.err());
        Files.createDirectory(out.getParent());
        CliRunner f = CliRunner.run("annotations", "export", "--format", "jsonl", "--out", out.toString(), "--db",
                db.toString());
        assertEquals(0, f.exit(), f.err());
        assertEquals(r.out(), Files.readString(out));
        assertTrue(f.out().contains("wrote 2 annotation(s)"), f.out());
    }

    @Test
    void listFiltersByRunAndBadInputIsOneLine() {
        CliRunner all = CliRunner.run("annotations", "list", "--db", db.toString());
        assertEquals(0, all.exit(), all.err());
        assertTrue(all.out().contains("2 annotation(s)"), all.out());
        CliRunner one = CliRunner.run("annotations", "list", "--run", String.valueOf(runB), "--db", db.toString());
        assertEquals(0, one.exit(), one.err());
        assertTrue(one.out().contains("otel-demo/Deployment/payment: looked-at-and-dismissed (turn 4)"), one.out());
        assertTrue(!one.out().contains("cart"), one.out());
        assertTrue(one.out().contains("1 annotation(s)"), one.out());
        CliRunner bad = CliRunner.run("annotations", "export", "--format", "csv", "--db", db.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--format: unknown format \"csv\""), bad.err());
        CliRunner missing = CliRunner.run("annotations", "list", "--run", "999", "--db", db.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("--run: no run 999"), missing.err());
    }
}
