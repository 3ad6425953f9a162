package io.srebench.sim.tasks;

import io.srebench.sim.scenario.SimTaskManifest;
import io.srebench.task.SnapshotHash;
import io.srebench.task.Task;
import io.srebench.task.TaskManifest;
import io.srebench.task.truth.GroundTruthLoader;
import io.srebench.task.truth.RootCause;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Consistency checks of a task and its snapshot: every v2 root-cause entity is discoverable (its name appears in
 * the recorded objects or events), nothing in the snapshot names or contains a ground truth, the size is within
 * bounds, generation is deterministic, and the recorded hash matches.
 */
public final class TaskChecks {
    /** Bounds on a generated snapshot's size in bytes. */
    public static final long MIN_BYTES = 1_000_000;
    public static final long MAX_BYTES = 40_000_000;
    private static final String[] FORBIDDEN = {"ground_truth", "groundtruth", "root_cause", "rootcause"};

    private TaskChecks() {
    }

    /** Problems with a materialised snapshot of the task (empty: all good). */
    public static List<String> snapshot(SimTaskManifest m, Path snapshot) {
        List<String> problems = new ArrayList<>();
        String objects = read(snapshot.resolve("k8s_objects_raw.tsv")) + read(snapshot.resolve("k8s_events_raw.tsv"));
        for (String[] e : entities(m)) {
            if (!objects.contains("\"" + e[1] + "\"")) {
                problems.add("ground-truth entity " + e[0] + "/" + e[1] + " does not appear in k8s objects or events");
            }
        }
        try (Stream<Path> s = Files.walk(snapshot)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = snapshot.relativize(p).toString().toLowerCase(Locale.ROOT).replace("-", "_");
                for (String f : FORBIDDEN) {
                    if (rel.contains(f)) {
                        problems.add("file name names a ground truth: " + rel);
                    }
                }
                String text = Files.readString(p, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).replace("-", "_");
                for (String f : FORBIDDEN) {
                    if (text.contains(f)) {
                        problems.add(snapshot.relativize(p) + " contains \"" + f + "\"");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long size = TaskMaterializer.size(snapshot);
        if (size < MIN_BYTES || size > MAX_BYTES) {
            problems.add("snapshot size " + size + " bytes is outside [" + MIN_BYTES + ", " + MAX_BYTES + "]");
        }
        if (m.sha256() != null && !m.sha256().equals(SnapshotHash.of(snapshot))) {
            problems.add("tree hash " + SnapshotHash.of(snapshot) + " differs from the recorded " + m.sha256());
        }
        return problems;
    }

    /**
     * Kind, name and namespace of each root-cause entity, from the ground truth loaded exactly as runs score it: the
     * task read by {@link TaskManifest} (its truth files and default namespace), then {@link GroundTruthLoader#load(Task)}
     * (v2 and v1 merged); an unreadable or conflicting file is a {@link io.srebench.common.BadInputException} naming it.
     */
    public static List<String[]> entities(SimTaskManifest m) {
        List<String[]> out = new ArrayList<>();
        for (RootCause rc : GroundTruthLoader.load(task(m)).rootCauses()) {
            out.add(new String[] {rc.entity().kind(), rc.entity().name(), rc.entity().namespace() == null ? ""
                    : rc.entity().namespace()});
        }
        return out;
    }

    /** Which truth files score the task: "v2+v1 merged", "v2" or "v1" (the files of the task as runs load it). */
    public static String truthSource(SimTaskManifest m) {
        Task.GroundTruthFiles f = task(m).groundTruth();
        return f.v2() != null && f.v1() != null ? "v2+v1 merged" : f.v2() != null ? "v2" : "v1";
    }

    private static Task task(SimTaskManifest m) {
        return TaskManifest.load(m.dir().resolve("task.yaml"));
    }

    /** Generates twice into temp dirs and compares tree hashes; returns a problem or null. */
    public static String determinism(SimTaskManifest m, Path tmpRoot) {
        try {
            Path a = Files.createTempDirectory(tmpRoot, m.id() + "-a-");
            Path b = Files.createTempDirectory(tmpRoot, m.id() + "-b-");
            try {
                String ha = TaskMaterializer.generate(m, a).sha256();
                String hb = TaskMaterializer.generate(m, b).sha256();
                return ha.equals(hb) ? null : "two generations differ: " + ha + " vs " + hb;
            } finally {
                TaskMaterializer.delete(a);
                TaskMaterializer.delete(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.readString(p).replace("\"\"", "\"") : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
