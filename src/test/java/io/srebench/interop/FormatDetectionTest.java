package io.srebench.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.common.BadInputException;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Formats are told by positive evidence; foreign files are refused in one line, never read as another format. */
class FormatDetectionTest {
    @TempDir
    Path dir;

    private String refusal(String name, String content) throws IOException {
        Path f = Fixtures.write(dir.resolve(name), content);
        BadInputException e = assertThrows(BadInputException.class, () -> Importers.read(f));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("role"), "no Stirrup field errors: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void sweAgentAndMiniSweAgentAreToldByTheirOwnKeys() throws IOException {
        assertEquals(ImportFormat.SWE_AGENT, Importers.detect(Fixtures.write(dir.resolve("x.traj"),
                ForeignFixtures.SWE_AGENT_TRAJ)));
        assertEquals(ImportFormat.MINI_SWE_AGENT, Importers.detect(Fixtures.write(dir.resolve("y.json"),
                ForeignFixtures.MINI_SWE_AGENT)));
        String m = refusal("z.json", "{\"info\": {\"exit_status\": \"x\"}, \"messages\": []}");
        assertTrue(m.contains("closest: mini-swe-agent (missing: trajectory_format or info.mini_version)"), m);
    }

    @Test
    void oldCodexRolloutsAreNamed() throws IOException {
        String m = refusal("rollout-2025-05-01.jsonl", "{\"id\": \"s\", \"timestamp\": \"2025-05-01T00:00:00Z\","
                + " \"instructions\": null}\n{\"record_type\": \"state\"}\n");
        assertTrue(m.endsWith("Codex rollout of the pre-2025-09 shape (no {timestamp, type, payload} lines): not a format"
                + " srebench reads"), m);
    }

    @Test
    void chatMessagesWithoutStirrupMarksAreRefusedNamingTheClosestFormat() throws IOException {
        String m = refusal("chat.json", ForeignFixtures.OPENAI_CHAT);
        assertTrue(m.contains("not a format srebench reads: a JSON object; closest: stirrup (missing: token_usage or"
                + " blocks on an assistant message"), m);
    }

    @Test
    void ibmGroundTruthsAreNotRuns() throws IOException {
        String m = refusal("ground_truths.json", ForeignFixtures.IBM_GROUND_TRUTHS);
        assertTrue(m.contains("ITBench ground truths (a list of scenarios): not a run file"), m);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "trajectory.json|{\"agent\": {\"name\": \"a\"}, \"steps\": []}|closest: atif (missing: schema_version)",
        "log.json|{\"eval\": {\"task\": \"t\"}}|closest: inspect-json (missing: version, status)",
        "x.json|{\"schema\": \"other/1\", \"run\": {}}|closest: srebench (missing: turns)",
        "agent_output.json|{\"answer\": \"cart\"}|keys [answer] (none of schema",
        "any.json|[]|a JSON list; closest: stirrup",
        "history.json|[[{\"role\": \"user\", \"content\": \"x\"}]]|closest: stirrup (missing: token_usage",
    })
    void unknownFilesNameTheClosestFormatAndWhatIsMissing(String name, String content, String expected)
            throws IOException {
        String m = refusal(name, content);
        assertTrue(m.contains(expected), m);
    }

    @Test
    void theFileNameNeverDecides() throws IOException {
        Path f = Fixtures.write(dir.resolve("trajectory.json"), Fixtures.STIRRUP_V02);
        assertEquals(ImportFormat.STIRRUP, Importers.detect(f));
        Path g = Fixtures.write(dir.resolve("history.json"), Fixtures.ATIF);
        assertEquals(ImportFormat.ATIF, Importers.detect(g));
    }
}
