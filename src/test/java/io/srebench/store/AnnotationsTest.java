package io.srebench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.run.Annotation;
import io.srebench.run.AnnotationLabel;
import io.srebench.run.NewRun;
import io.srebench.run.RunSummary;
import io.srebench.run.ScoreRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationsTest {
    @TempDir
    Path dir;

    @Test
    void annotationsAreEditableCountedPerAgentAndNeverTouchTheScore() {
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            long a = s.createRun(new NewRun(0, "scenario-1", "model-x", "x", 1, "{}"));
            long b = s.createRun(new NewRun(0, "scenario-2", "model-y", "y", 1, "{}"));
            s.putScore(a, new ScoreRecord("set", 0.5, 1, 0.5, "{}"), true);
            RunSummary before = s.run(a).orElseThrow();
            long id = s.saveAnnotation(new Annotation(0, a, "otel-demo/Service/frontend",
                    AnnotationLabel.CO_OCCURRING_SYMPTOM, null, "alerts louder than the cause", "ana", null, null));
            s.saveAnnotation(new Annotation(0, a, "otel-demo/ConfigMap/flagd-config",
                    AnnotationLabel.LOOKED_AT_AND_DISMISSED, 7, "", "ana", null, null));
            s.saveAnnotation(new Annotation(0, b, "chaos-mesh/Schedule/x", AnnotationLabel.UPSTREAM_INJECTION_MECHANISM,
                    null, null, "bo", null, null));

            List<Annotation> list = s.annotations(a);
            assertEquals(2, list.size());
            assertEquals(7, list.get(1).turn());
            assertEquals("alerts louder than the cause", list.get(0).note());

            Annotation edited = new Annotation(id, a, list.get(0).entity(), AnnotationLabel.WRONG_GRANULARITY, null,
                    "pod, not deployment", "ana", list.get(0).createdAt(), null);
            assertEquals(id, s.saveAnnotation(edited));
            assertEquals(AnnotationLabel.WRONG_GRANULARITY, s.annotations(a).get(0).label());
            assertEquals(list.get(0).createdAt(), s.annotations(a).get(0).createdAt());

            Map<String, Map<AnnotationLabel, Integer>> counts = s.labelCountsByAgent();
            assertEquals(1, counts.get("model-x").get(AnnotationLabel.WRONG_GRANULARITY));
            assertEquals(1, counts.get("model-y").get(AnnotationLabel.UPSTREAM_INJECTION_MECHANISM));
            assertEquals(before, s.run(a).orElseThrow(), "annotating never alters the run or its score");

            s.deleteAnnotation(id);
            assertEquals(1, s.annotations(a).size());
            assertEquals(2, s.allAnnotations().size());
            assertThrows(StoreException.class, () -> s.saveAnnotation(new Annotation(999, a, "e",
                    AnnotationLabel.UNRELATED, null, "", "x", null, null)));
        }
    }

    @Test
    void labelsRoundTripThroughTheirIds() {
        for (AnnotationLabel l : AnnotationLabel.values()) {
            assertEquals(l, AnnotationLabel.parse(l.id()));
            assertTrue(l.text().length() > 3);
        }
    }
}
