package io.srebench.studio.inspector;

import io.srebench.studio.kit.InspectedTurn;
import io.srebench.studio.kit.SnapshotData;
import io.srebench.task.mention.MentionMatcher;
import io.srebench.run.RunDetail;
import io.srebench.run.RunSummary;
import io.srebench.run.TurnRecord;
import io.srebench.studio.kit.alerts.AlertRow;
import io.srebench.studio.kit.scoring.ScoreDetail;
import io.srebench.studio.inspector.transcript.TranscriptBlock;
import io.srebench.studio.inspector.transcript.TranscriptBlocks;
import io.srebench.task.Task;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the inspector's background loads hand back to its view-model, and small helpers they share. */
final class InspectorLoads {
    private InspectorLoads() {
    }

    /** The run's detail and its task (null when the task is not in the catalog). */
    record Loaded(RunDetail detail, Task task) {
    }

    /** Parsed turns and their transcript blocks. */
    record Batch(List<InspectedTurn> turns, List<List<TranscriptBlock>> blocks) {
        /** Parses stored turns (off the UI thread). */
        static Batch of(List<TurnRecord> records) {
            List<InspectedTurn> ts = new ArrayList<>(records.size());
            List<List<TranscriptBlock>> bs = new ArrayList<>(records.size());
            for (TurnRecord r : records) {
                InspectedTurn t = InspectedTurn.parse(r);
                ts.add(t);
                bs.add(TranscriptBlocks.of(t));
            }
            return new Batch(ts, bs);
        }
    }

    /**
     * Names the inspector looks for in turns.
     *
     * @param entityNames topology nodes, submitted and scored entities (highlighted as entities)
     * @param all those plus alert names and the entities alerts name
     */
    record Terms(Set<String> entityNames, Set<String> all) {
    }

    static Terms terms(SnapshotData snapshot, List<String> submitted, ScoreDetail score) {
        Set<String> entityNames = new LinkedHashSet<>();
        snapshot.graph().nodes().forEach(n -> entityNames.add(n.name()));
        submitted.forEach(s -> entityNames.add(lastSegment(s)));
        if (score != null) {
            score.rows().forEach(r -> entityNames.add(lastSegment(r.entity())));
            score.missed().forEach(m -> entityNames.add(lastSegment(m.entity())));
        }
        Set<String> all = new LinkedHashSet<>(entityNames);
        for (AlertRow r : snapshot.alerts().rows()) {
            all.add(r.name());
            if (r.entityValue() != null) {
                all.add(r.entityValue());
            }
        }
        return new Terms(entityNames, all);
    }

    /** New turns of a live run and its latest summary. */
    record Polled(Batch batch, RunSummary summary) {
    }

    /** The name part of {@code ns/Kind/name}. */
    static String lastSegment(String entity) {
        return MentionMatcher.nameOf(entity);
    }
}
