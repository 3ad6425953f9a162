package io.srebench.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.run.RunQuery;
import io.srebench.run.RunSummary;
import io.srebench.run.TaskScoring;
import io.srebench.score.ScoreOptions;
import io.srebench.score.ScoreVariant;
import io.srebench.store.SqliteStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-imports, empty logs, skipped content, ITBench layouts and task maps. */
class ImportBookkeepingTest {
    @TempDir
    Path dir;

    private ImportService service() {
        return new ImportService(id -> Optional.empty(), new TaskScoring(ScoreOptions.DEFAULT), ScoreVariant.SET);
    }

    @Test
    void reImportingTheSameContentReportsAlreadyImported() throws IOException {
        Path f = Fixtures.write(dir.resolve("a/trajectory.json"), Fixtures.ATIF);
        Path copy = Fixtures.write(dir.resolve("b/renamed.json"), Fixtures.ATIF);
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            ImportService.FileOutcome first = service().importFile(f, s);
            assertEquals(1, first.runIds().size(), first.summary());
            ImportService.FileOutcome again = service().importFile(copy, s);
            assertTrue(again.skippedAsDuplicate());
            assertEquals(first.runIds(), again.alreadyImported());
            assertEquals(copy + ": atif, already imported (run " + first.runIds().get(0) + "); nothing written",
                    again.summary());
            assertEquals(1, s.list(RunQuery.all()).size());
            String config = s.detail(first.runIds().get(0)).orElseThrow().configJson();
            assertEquals(64, new ObjectMapper().readTree(config).path("import").path("contentSha256").asText().length());
        }
    }

    @Test
    void directoriesAreImportedFileByFileAndTheRestListedAsSkipped() throws IOException {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        InspectFixture.eval(logs.resolve("2026-01-02_rca.eval"), 2, ZipBuilder.DEFLATE, 0);
        Fixtures.write(logs.resolve("listing.json"), "{\"files\": []}");
        Path job = dir.resolve("jobs/2026-02-09__run");
        Fixtures.write(job.resolve("scenario-2__a/agent/trajectory.json"), Fixtures.ATIF);
        Fixtures.write(job.resolve("scenario-2__a/result.json"), "{\"reward\": 1.0}");
        Fixtures.write(job.resolve("config.json"), "{\"n_attempts\": 1}");
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            List<ImportService.FileOutcome> out = service().importAll(List.of(logs, job), s);
            List<String> lines = out.stream().map(ImportService.FileOutcome::summary).toList();
            assertEquals(4, out.size(), lines.toString());
            assertTrue(lines.get(0).startsWith(logs.resolve("2026-01-02_rca.eval") + ": inspect-eval, 2 runs imported"),
                    lines.get(0));
            assertEquals(logs + ": directory; skipped 1 file that is not a run file (listing.json)", lines.get(1));
            assertTrue(lines.get(2).contains("trajectory.json: atif, 1 run imported"), lines.get(2));
            assertEquals(job + ": directory; skipped 2 files that are not run files (config.json,"
                    + " scenario-2__a/result.json)", lines.get(3));
            assertEquals(3, s.list(RunQuery.all()).size());
        }
    }

    @Test
    void headerOnlyInspectLogSaysZeroSamples() throws IOException {
        Path f = Files.write(dir.resolve("empty.eval"), new ZipBuilder()
                .add("header.json", InspectFixture.HEADER, ZipBuilder.DEFLATE).bytes());
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            ImportService.FileOutcome o = service().importFile(f, s);
            assertFalse(o.refused(), o.summary());
            assertEquals(f + ": inspect-eval, 0 runs imported; 0 samples: the log holds a header but no sample entries",
                    o.summary());
        }
    }

    @Test
    void itbenchLayoutsGiveTheIncidentAndSkippedTraceLinesAreReported() throws IOException {
        Fixtures.write(dir.resolve("agent_outputs/17/2/agent_output.json"), Fixtures.ITBENCH_OUTPUT);
        Fixtures.write(dir.resolve("agent_outputs/17/2/trace.jsonl"), Fixtures.ITBENCH_TRACE);
        Fixtures.write(dir.resolve("data/5/1/outputs/agent_output.json"), Fixtures.ITBENCH_OUTPUT);
        Fixtures.write(dir.resolve("ibm/Scenario-9/3/agent_response.json"), Fixtures.ITBENCH_OUTPUT);
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            ImportService.FileOutcome a = service().importFile(dir.resolve("agent_outputs"), s);
            assertTrue(a.summary().contains("1 run imported; skipped 1 trace lines that are not chat messages;"
                    + " 1 run unscored: task scenario-17 not in the task set"), a.summary());
            service().importFile(dir.resolve("data"), s);
            service().importFile(dir.resolve("ibm"), s);
            List<String> ids = s.list(RunQuery.all()).stream().map(RunSummary::taskId).sorted().toList();
            assertEquals(List.of("scenario-17", "scenario-5", "scenario-9"), ids);
            assertEquals(2, s.list(RunQuery.all()).stream().filter(r -> r.taskId().equals("scenario-17")).findFirst()
                    .orElseThrow().repeat(), "the run folder is the repeat");
        }
    }

    @Test
    void taskMapNamesTasksTheLayoutCannot() throws IOException {
        Fixtures.write(dir.resolve("results/cart-flag/1/agent_output.json"), Fixtures.ITBENCH_OUTPUT);
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            ImportService.FileOutcome o = service().withTaskMap(Map.of("cart-flag", "scenario-2"))
                    .importFile(dir.resolve("results"), s);
            assertEquals(1, o.runIds().size(), o.summary());
            assertEquals("scenario-2", s.run(o.runIds().get(0)).orElseThrow().taskId());
        }
    }

    @Test
    void taskMapAlsoMapsInspectSampleIds() throws IOException {
        Path f = Fixtures.write(dir.resolve("log.json"), """
                {"version": 2, "status": "success", "eval": {"task": "rca", "model": "m"},
                 "samples": [{"id": "cart-flag-case", "epoch": 1, "messages": [
                   {"role": "user", "content": "Investigate."},
                   {"role": "assistant", "content": "{\\"entities\\": [\\"otel-demo/ConfigMap/flagd-config\\"]}"}]}]}
                """);
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            ImportService.FileOutcome o = service().withTaskMap(Map.of("cart-flag-case", "scenario-2")).importFile(f, s);
            assertEquals(1, o.runIds().size(), o.summary());
            assertEquals("scenario-2", s.run(o.runIds().get(0)).orElseThrow().taskId());
            String config = s.detail(o.runIds().get(0)).orElseThrow().configJson();
            assertEquals("cart-flag-case", new ObjectMapper().readTree(config).path("import").path("sourceTaskId").asText());
        }
    }

    @Test
    void itbench2025OutputShapeWithIdAndRootCause() throws IOException {
        Path f = Fixtures.write(dir.resolve("outputs/Scenario-2/1/agent_output.json"), """
                {"entities": [
                  {"id": "otel-demo/ConfigMap/flagd-config", "root_cause": true, "reasoning": "flag on"},
                  {"id": "otel-demo/Service/cart", "root_cause": false}],
                 "propagations": [{"source": "otel-demo/ConfigMap/flagd-config", "target": "otel-demo/Service/cart"}]}
                """);
        Importers.ImportResult r = Importers.read(f);
        assertEquals(List.of("otel-demo/ConfigMap/flagd-config"), r.runs().get(0).trajectory().submission().entities());
        assertEquals("scenario-2", r.runs().get(0).taskId());
    }
}
