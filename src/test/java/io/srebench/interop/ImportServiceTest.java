package io.srebench.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.trajectory.Trajectory;
import io.srebench.trajectory.TrajectoryIO;
import io.srebench.run.RunDetail;
import io.srebench.run.RunQuery;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.RunSummary;
import io.srebench.run.TaskScoring;
import io.srebench.run.TurnRecord;
import io.srebench.score.ScoreOptions;
import io.srebench.store.SqliteStore;
import io.srebench.task.Task;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
    private static final String TRUTH = """
            apiVersion: itbench.io/v2
            kind: GroundTruth
            metadata: {name: t}
            spec:
              entities:
                - {apiVersion: v1, kind: ConfigMap, metadata: {name: flagd-config, namespace: otel-demo}}
            """;

    @TempDir
    Path dir;

    private Function<String, Optional<Task>> tasks() throws IOException {
        Path gt = Files.writeString(dir.resolve("gt.yaml"), TRUTH);
        Task t = new Task("scenario-2", "t", null, "otel-demo", dir.resolve("snap"), new Task.GroundTruthFiles(gt, null),
                Map.of());
        return id -> id.equals("scenario-2") ? Optional.of(t) : Optional.empty();
    }

    @Test
    void hundredSampleEvalIsImportedAndScoredWhereTheTaskIsKnown() throws IOException {
        Path f = InspectFixture.eval(dir.resolve("big.eval"), 100, ZipBuilder.ZSTD, 2000);
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            List<ImportService.FileOutcome> out = ImportService.importFiles(List.of(f), s, tasks(),
                    new TaskScoring(ScoreOptions.DEFAULT));
            assertEquals(100, out.get(0).runIds().size(), String.valueOf(out.get(0).error()));
            List<RunSummary> runs = s.list(RunQuery.all());
            assertEquals(100, runs.size());
            RunSummary r = runs.get(1);
            assertEquals(0, r.benchmarkId());
            assertEquals("scenario-2", r.taskId());
            assertEquals("react", r.agent());
            assertEquals("openai/gpt-4o", r.model());
            assertEquals(RunStatus.DONE, r.status());
            assertEquals(3, r.turns());
            assertEquals(0.004 + 0.005 + 0.0033, r.costUsd(), 1e-9);
            assertEquals(1800 + 1100 + 1500, r.inputTokens());
            assertEquals(0.5, r.score(), 1e-9, "one of two submitted entities is the root cause");
            assertEquals("set", r.variant());
            assertNull(runs.get(0).score(), "scenario-1 is not a known task: unscored");
            RunDetail d = s.detail(r.id()).orElseThrow();
            JsonNode config = new ObjectMapper().readTree(d.configJson());
            assertEquals("inspect-eval", config.path("import").path("format").asText());
            assertEquals(f.toAbsolutePath().toString(), config.path("import").path("source").asText());
            assertEquals("Scenario-2", config.path("import").path("sourceTaskId").asText());
            assertEquals(2, d.scores().size());
            Trajectory back = new Trajectory(null, TrajectoryIO.MAPPER.treeToValue(config.get("run"),
                    io.srebench.trajectory.RunInfo.class), List.of(), null);
            assertEquals("scenario-2", back.run().taskId());
            assertFalse(s.search("nothing.txt", 10).isEmpty(), "imported turns are searchable");
        }
    }

    @Test
    void aFailedWriteLeavesNothingOfThatFile() throws IOException {
        Path f = InspectFixture.eval(dir.resolve("log.eval"), 4, ZipBuilder.DEFLATE, 0);
        Path ok = Fixtures.write(dir.resolve("trajectory.json"), Fixtures.ATIF);
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            ImportService.importFiles(List.of(ok), s, id -> Optional.empty(), new TaskScoring(ScoreOptions.DEFAULT));
            FailingRepository failing = new FailingRepository(s, 7);
            List<ImportService.FileOutcome> out = ImportService.importFiles(List.of(f), failing, id -> Optional.empty(),
                    new TaskScoring(ScoreOptions.DEFAULT));
            assertTrue(out.get(0).refused());
            assertTrue(out.get(0).error().contains("disk full"), out.get(0).error());
            assertEquals(1, s.list(RunQuery.all()).size(), "only the other file's run remains");
            assertTrue(s.search("nothing.txt", 10).isEmpty(), "search entries of deleted runs are gone");
        }
    }

    @Test
    void erroredSamplesAreImportedErroredAndUnscored() throws IOException {
        String log = InspectFixture.jsonLog(1).replace("\"total_time\": 10.0", "\"total_time\": 10.0, \"error\": "
                + "{\"message\": \"RuntimeError: sandbox died\\nTraceback...\", \"traceback\": \"x\"}");
        Path f = Fixtures.write(dir.resolve("err.json"), log);
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            ImportService.importFiles(List.of(f), s, tasks(), new TaskScoring(ScoreOptions.DEFAULT));
            RunSummary r = s.list(RunQuery.all()).get(0);
            assertEquals(RunStatus.ERRORED, r.status());
            assertEquals("RuntimeError: sandbox died Traceback...", r.error());
            assertNull(r.score());
        }
    }

    @Test
    void exportThenImportReproducesTheRuns() throws IOException {
        Path a = dir.resolve("a.db");
        Path b = dir.resolve("b.db");
        StringWriter w = new StringWriter();
        try (SqliteStore s = SqliteStore.open(a)) {
            long bench = s.createBenchmark("b", "{}");
            SampleRuns.store(s, bench, SampleRuns.trajectory("scenario-1", 3), 1, RunStatus.DONE);
            SampleRuns.store(s, bench, SampleRuns.trajectory("scenario-2", 1), 2, RunStatus.ERRORED);
            SampleRuns.store(s, 0, SampleRuns.trajectory("scenario-3", 2), 1, RunStatus.INTERRUPTED);
            SampleRuns.store(s, bench, SampleRuns.trajectory("scenario-4", 0), 3, RunStatus.QUEUED);
            long odd = s.createRun(new io.srebench.run.NewRun(0, "x", "alert-echo", null, 1, "{}"));
            s.markRunning(odd, "process", SampleRuns.T0);
            s.appendTurn(odd, new TurnRecord(0, SampleRuns.T0, "{}", "free text"), 0.5, 3, 4);
            s.finishRun(odd, RunStatus.DONE, null, "[\"a/Pod/b\"]", SampleRuns.T0.plusSeconds(1));
            ImportService.importFiles(List.of(Fixtures.write(dir.resolve("trajectory.json"), Fixtures.ATIF)), s,
                    id -> Optional.empty(), new TaskScoring(ScoreOptions.DEFAULT));
            assertEquals(6, TrajectoryExport.writeJsonl(s, s.list(RunQuery.all()), w));
        }
        Path export = Files.writeString(dir.resolve("export.jsonl"), w.toString());
        // the export is plain trajectory JSONL: every line is header, turn or footer
        for (String line : w.toString().split("\n")) {
            String type = new ObjectMapper().readTree(line).path("type").asText();
            assertTrue(List.of("header", "turn", "footer").contains(type), line);
        }
        try (SqliteStore s = SqliteStore.open(b)) {
            ImportService.FileOutcome o = ImportService.importFiles(List.of(export), s, id -> Optional.empty(),
                    new TaskScoring(ScoreOptions.DEFAULT)).get(0);
            assertEquals(ImportFormat.SREBENCH, o.format(), o.error());
            assertEquals(6, o.runIds().size());
        }
        try (SqliteStore sa = SqliteStore.open(a); SqliteStore sb = SqliteStore.open(b)) {
            List<RunSummary> ra = sa.list(RunQuery.all());
            List<RunSummary> rb = sb.list(RunQuery.all());
            assertEquals(ra.size(), rb.size());
            for (int i = 0; i < ra.size(); i++) {
                RunSummary x = ra.get(i);
                RunSummary y = rb.get(i);
                assertEquals(withIds(x, 0, 0), withIds(y, 0, 0), "summary of run " + x.id());
                RunDetail dx = sa.detail(x.id()).orElseThrow();
                RunDetail dy = sb.detail(y.id()).orElseThrow();
                assertEquals(dx.configJson(), dy.configJson());
                assertEquals(dx.submissionJson(), dy.submissionJson());
                assertEquals(dx.scores(), dy.scores());
                assertEquals(sa.turns(x.id()), sb.turns(y.id()), "turn JSON and times of run " + x.id());
            }
            assertEquals(sa.search("Warning", 100).size(), sb.search("Warning", 100).size());
        }
        try (SqliteStore s = SqliteStore.open(b)) {
            ImportService.FileOutcome twice = ImportService.importFiles(List.of(export), s, id -> Optional.empty(),
                    new TaskScoring(ScoreOptions.DEFAULT)).get(0);
            assertTrue(twice.skippedAsDuplicate(), twice.summary());
            assertEquals(6, twice.alreadyImported().size());
            assertEquals(6, s.list(RunQuery.all()).size(), "re-importing an export writes nothing");
        }
    }

    private static RunSummary withIds(RunSummary r, long id, long bench) {
        return new RunSummary(id, bench, r.taskId(), r.agent(), r.model(), r.repeat(), r.status(), r.score(), r.variant(),
                r.recall(), r.precision(), r.turns(), r.costUsd(), r.inputTokens(), r.outputTokens(), r.sandbox(),
                r.startedAt(), r.endedAt(), r.error(), r.retries());
    }
}
