package io.srebench.interop;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.trajectory.Trajectory;
import java.util.List;
import java.util.Objects;

/**
 * One run read from another tool's file, as a srebench trajectory.
 *
 * <p>{@code trajectory().run()} carries the agent and model as the source named them ({@code agent}, {@code
 * endpoint.model}), the task id normalised by {@link TaskIds} and the status ({@code done}, or {@code errored} when
 * the source says the run failed). Source fields srebench has no place for (sample ids, epochs, the source's own
 * scores) are kept in {@code sourceInfo} and end up in the stored run's config JSON.
 *
 * @param trajectory the run
 * @param sourceTaskId the task name as the source wrote it (null when the source names none)
 * @param format the format it was read from
 * @param sourceFile the file it came from
 * @param sourceInfo further facts about the source run (never null)
 * @param restore exact store facts, only for runs re-imported from an srebench export (else null)
 */
public record ImportedRun(Trajectory trajectory, String sourceTaskId, ImportFormat format, String sourceFile,
                          ObjectNode sourceInfo, StoredRun restore) {
    public ImportedRun {
        Objects.requireNonNull(trajectory, "trajectory");
        Objects.requireNonNull(format, "format");
        sourceInfo = sourceInfo == null ? ImportJson.READER.createObjectNode() : sourceInfo;
    }

    public String taskId() {
        return trajectory.run().taskId();
    }

    public String agent() {
        return trajectory.run().agent();
    }

    /** The model as the source named it, or null. */
    public String model() {
        return trajectory.run().endpoint() == null ? null : trajectory.run().endpoint().model();
    }

    /**
     * The store facts of an exported run, so that re-importing an export reproduces it exactly.
     *
     * @param turnJson each turn's stored JSON text, verbatim
     * @param facts the run summary, config, submission and scores as the store had them
     */
    public record StoredRun(List<String> turnJson, StoreFacts facts) {
        public StoredRun {
            turnJson = List.copyOf(turnJson);
        }
    }
}
