package io.srebench.studio.inspector;

import io.srebench.run.RunDetail;
import io.srebench.run.RunSummary;
import io.srebench.studio.inspector.transcript.TranscriptBlock;
import io.srebench.task.Task;
import java.util.List;

/** What the inspector's background loads hand back to its view-model, and small helpers they share. */
final class InspectorLoads {
    private InspectorLoads() {
    }

    /** The run's detail and its task (null when the task is not in the catalog). */
    record Loaded(RunDetail detail, Task task) {
    }

    /** Parsed turns and their transcript blocks. */
    record Batch(List<InspectedTurn> turns, List<List<TranscriptBlock>> blocks) {
    }

    /** New turns of a live run and its latest summary. */
    record Polled(Batch batch, RunSummary summary) {
    }

    /** The name part of {@code ns/Kind/name}. */
    static String lastSegment(String entity) {
        String s = entity == null ? "" : entity.strip();
        int slash = s.lastIndexOf('/');
        return slash >= 0 ? s.substring(slash + 1) : s;
    }
}
