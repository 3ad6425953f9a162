package io.srebench.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.run.Annotation;
import io.srebench.run.AnnotationLabel;
import io.srebench.run.NewRun;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.ScoreRecord;
import io.srebench.store.SqliteStore;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, item 10: the HTML report carries the runs' annotations. */
class HtmlReportAnnotationsTest {
    @TempDir
    Path dir;

    @Test
    void annotationsAreInTheRunSection() throws Exception {
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            long id = s.createRun(new NewRun(0, "t1", "agent", null, 1, "{}"));
            s.markRunning(id, "process", Instant.now());
            s.finishRun(id, RunStatus.DONE, null, "[]", Instant.now());
            s.putScore(id, new ScoreRecord("set", 0.5, 1, 1, "{}"), true);
            s.saveAnnotation(new Annotation(0, id, "otel-demo/Service/ad", AnnotationLabel.UNRELATED, 3,
                    "grepped <ad> only", "me", null, null));
            StringWriter w = new StringWriter();
            HtmlReport.write(s, null, HtmlReport.Limits.DEFAULT, w);
            String html = w.toString();
            assertTrue(html.contains("<h4>Annotations</h4>"), "an annotations block");
            assertTrue(html.contains("<code>otel-demo/Service/ad</code> — " + AnnotationLabel.UNRELATED.text()
                    + " (turn 3): grepped &lt;ad&gt; only"), html);
        }
    }
}
