package io.srebench.task;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * One benchmark task: an incident snapshot an agent may look at, and a ground truth it may not.
 *
 * @param id stable id, e.g. {@code scenario-1} (ITBench scenario numbers)
 * @param title one line for people
 * @param provenance where the task comes from
 * @param defaultNamespace the namespace a {@code Kind/name} reference falls back to
 * @param snapshotDir the directory holding exactly what the agent may see (may not exist yet for a
 *     generated task until the simulator materialises it)
 * @param groundTruth the ground-truth files; always outside {@code snapshotDir}
 * @param labels free descriptive labels: {@code application}, {@code faultFamily}, {@code difficulty}, ...
 */
public record Task(String id, String title, Provenance provenance, String defaultNamespace, Path snapshotDir,
                   GroundTruthFiles groundTruth, Map<String, String> labels) {
    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(snapshotDir, "snapshotDir");
        Objects.requireNonNull(groundTruth, "groundTruth");
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    /** Where a task comes from. Any field may be null. */
    public record Provenance(String source, String scenario, String commit, String license) {
    }

    /**
     * Ground-truth files of a task: ITBench v2 {@code groundtruth.yaml} and/or v1 {@code groundtruth_v1.yaml}
     * (either wrapped or bare shape). At least one is non-null.
     */
    public record GroundTruthFiles(Path v2, Path v1) {
        public GroundTruthFiles {
            if (v2 == null && v1 == null) {
                throw new IllegalArgumentException("a task needs a v2 or a v1 ground truth");
            }
        }
    }
}
