package io.srebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.run.RunQuery;
import io.srebench.store.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportCommandTest {
    private static final String ATIF = """
            {"schema_version": "ATIF-v1.5", "session_id": "s1", "agent": {"name": "mini", "version": "1"},
             "steps": [{"step_id": 1, "source": "user", "message": "go"},
                       {"step_id": 2, "source": "agent", "message": "done, see answer",
                        "tool_calls": [{"tool_call_id": "a", "function_name": "bash", "arguments": {"command": "ls, -la"}}],
                        "observation": {"results": [{"source_call_id": "a", "content": "x"}]}}]}
            """;

    @TempDir
    Path dir;

    @Test
    void importPrintsPerFileAndRefusesBadFilesAfterImportingGoodOnes() throws Exception {
        Path db = dir.resolve("s.db");
        Path good = Files.writeString(Files.createDirectories(dir.resolve("scenario-8__x/agent")).resolve("trajectory.json"),
                ATIF);
        Path bad = Files.writeString(dir.resolve("broken.json"), "[[{\"role\": ");
        CliRunner r = CliRunner.run("import", good.toString(), bad.toString(), "--db", db.toString(), "--tasks-dir",
                Files.createDirectories(dir.resolve("tasks")).toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.out().contains(good + ": atif, 1 run imported"), r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("srebench: " + bad + ": malformed JSON"), r.err());
        try (SqliteStore s = SqliteStore.open(db)) {
            assertEquals("scenario-8", s.list(RunQuery.all()).get(0).taskId());
        }

        CliRunner csv = CliRunner.run("export", "--format", "csv", "--db", db.toString());
        assertEquals(0, csv.exit(), csv.err());
        List<String> lines = csv.out().lines().toList();
        assertEquals("id,benchmark,task,agent,model,repeat,status,score,variant,recall,precision,turns,cost,input_tokens,"
                + "output_tokens,sandbox,started_at,ended_at,error,retries", lines.get(0));
        assertTrue(lines.get(1).startsWith("1,0,scenario-8,mini,,1,done,,,,,1,0.0,0,0,,"), lines.get(1));

        Path out = dir.resolve("runs.jsonl");
        CliRunner jsonl = CliRunner.run("export", "--format", "jsonl", "--out", out.toString(), "--db", db.toString());
        assertEquals(0, jsonl.exit(), jsonl.err());
        JsonNode header = new ObjectMapper().readTree(Files.readAllLines(out).get(0));
        assertEquals("srebench.trajectory/1", header.path("schema").asText());
        Path db2 = dir.resolve("t.db");
        CliRunner again = CliRunner.run("import", out.toString(), "--db", db2.toString(), "--tasks-dir",
                dir.resolve("tasks").toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("srebench, 1 run imported"), again.out());
        CliRunner badFormat = CliRunner.run("export", "--format", "xml", "--db", db.toString());
        assertEquals(2, badFormat.exit());
        assertTrue(badFormat.err().contains("--format"), badFormat.err());
    }
}
