package io.srebench.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.run.Annotation;
import io.srebench.run.AnnotationLabel;
import io.srebench.run.RunQuery;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.RunSummary;
import io.srebench.run.TaskScoring;
import io.srebench.score.ScoreOptions;
import io.srebench.store.SqliteStore;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, item 10: annotations travel in the JSONL export and come back on re-import. */
class AnnotationsExportTest {
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void exportThenImportIntoAFreshStoreKeepsEveryAnnotation() throws IOException {
        StringWriter w = new StringWriter();
        List<Annotation> before;
        List<RunSummary> runsBefore;
        try (SqliteStore s = SqliteStore.open(dir.resolve("a.db"))) {
            long bench = s.createBenchmark("b", "{}");
            long a = SampleRuns.store(s, bench, SampleRuns.trajectory("scenario-1", 3), 1, RunStatus.DONE);
            SampleRuns.store(s, bench, SampleRuns.trajectory("scenario-2", 1), 1, RunStatus.DONE);
            long c = SampleRuns.store(s, bench, SampleRuns.trajectory("scenario-3", 2), 1, RunStatus.DONE);
            s.saveAnnotation(new Annotation(0, a, "otel-demo/Service/ad", AnnotationLabel.CO_OCCURRING_SYMPTOM, null,
                    "alerts louder than the cause, \"quoted\"\nsecond line", "ana", T, T.plusSeconds(60)));
            s.saveAnnotation(new Annotation(0, a, "otel-demo/ConfigMap/flagd-config",
                    AnnotationLabel.LOOKED_AT_AND_DISMISSED, 2, "", "ana", null, null));
            s.saveAnnotation(new Annotation(0, c, "chaos-mesh/Schedule/x", AnnotationLabel.UPSTREAM_INJECTION_MECHANISM,
                    null, "ü ✓", "bo", T, T));
            before = s.allAnnotations();
            runsBefore = s.list(RunQuery.all());
            assertEquals(3, TrajectoryExport.writeJsonl(s, s.list(RunQuery.all()), w));
        }
        Path export = Files.writeString(dir.resolve("export.jsonl"), w.toString());
        int footers = 0;
        for (String line : w.toString().split("\n")) {
            JsonNode n = new ObjectMapper().readTree(line);
            if (n.path("type").asText().equals("footer")) {
                footers++;
                assertTrue(n.path("store").path("annotations").isArray(), line);
            }
        }
        assertEquals(3, footers);
        assertTrue(w.toString().contains("\"label\":\"co-occurring-symptom\""), "labels are written by their ids");

        try (SqliteStore s = SqliteStore.open(dir.resolve("fresh.db"))) {
            ImportService.FileOutcome o = ImportService.importFiles(List.of(export), s, id -> Optional.empty(),
                    new TaskScoring(ScoreOptions.DEFAULT)).get(0);
            assertEquals(3, o.runIds().size(), o.summary());
            List<RunSummary> runs = s.list(RunQuery.all());
            List<Annotation> after = s.allAnnotations();
            assertEquals(before.size(), after.size());
            for (int i = 0; i < before.size(); i++) {
                Annotation x = before.get(i);
                Annotation y = after.get(i);
                assertEquals(withoutIds(x), withoutIds(y), "annotation " + x.id());
                assertEquals(taskOf(runsBefore, x.runId()), taskOf(runs, y.runId()), "annotation " + x.id() + " on its run");
            }
            assertEquals(2, s.annotations(runs.stream().filter(r -> r.taskId().equals("scenario-1")).findFirst()
                    .orElseThrow().id()).size());
            assertEquals(1, s.labelCountsByAgent().values().stream()
                    .mapToInt(m -> m.getOrDefault(AnnotationLabel.UPSTREAM_INJECTION_MECHANISM, 0)).sum());
        }
    }

    @Test
    void anExportWithAnUnknownLabelIsRefusedWithTheLine() throws IOException {
        StringWriter w = new StringWriter();
        try (SqliteStore s = SqliteStore.open(dir.resolve("a.db"))) {
            long a = SampleRuns.store(s, 0, SampleRuns.trajectory("scenario-1", 1), 1, RunStatus.DONE);
            s.saveAnnotation(new Annotation(0, a, "ns/Pod/p", AnnotationLabel.UNRELATED, null, "", "ana", null, null));
            TrajectoryExport.writeJsonl(s, s.list(RunQuery.all()), w);
        }
        Path export = Files.writeString(dir.resolve("bad.jsonl"), w.toString().replace("\"unrelated\"", "\"made-up\""));
        try (SqliteStore s = SqliteStore.open(dir.resolve("fresh.db"))) {
            ImportService.FileOutcome o = ImportService.importFiles(List.of(export), s, id -> Optional.empty(),
                    new TaskScoring(ScoreOptions.DEFAULT)).get(0);
            assertTrue(o.refused());
            assertTrue(o.error().contains("store.annotations: unknown label \"made-up\""), o.error());
            assertTrue(s.list(RunQuery.all()).isEmpty());
        }
    }

    private static String taskOf(List<RunSummary> runs, long id) {
        return runs.stream().filter(r -> r.id() == id).findFirst().orElseThrow().taskId();
    }

    private static Annotation withoutIds(Annotation a) {
        return new Annotation(0, 0, a.entity(), a.label(), a.turn(), a.note(), a.author(), a.createdAt(), a.updatedAt());
    }
}
