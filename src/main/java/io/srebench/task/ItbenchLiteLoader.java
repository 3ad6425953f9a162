package io.srebench.task;

import io.srebench.task.snapshot.Alert;
import io.srebench.task.snapshot.AlertSnapshot;
import io.srebench.task.snapshot.Alerts;
import io.srebench.task.snapshot.SnapshotIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns an ITBench-Lite scenario folder ({@code Scenario-<N>/}, formats.md 1.1) into a {@link Task}.
 *
 * <p>The folder holds {@code ground_truth.yaml} next to the telemetry, so it cannot be handed to an agent as is.
 * The loader materialises an <em>agent view</em>: every regular file of the folder except ground-truth files
 * ({@code ground_truth.*}, {@code groundtruth*}, at any depth) is hard-linked (copied where links are impossible)
 * into {@code <cache>/itbench-lite/<id>-<hash>/}, and that directory becomes {@link Task#snapshotDir()}.
 * {@code <hash>} covers the folder's real path and each file's path, size and modification time, so a changed
 * folder gets a fresh view and an unchanged one reuses the old (the view is published with an atomic rename,
 * so a view that exists is complete). Hard links share bytes with the original: treat the view as read-only
 * (sandboxes mount it read-only). {@link Task.GroundTruthFiles#v1()} is the original {@code ground_truth.yaml}.
 *
 * <p>Id: {@code scenario-<N>} for folders named {@code Scenario-N}, {@code scenario_N}, {@code scenario-N},
 * {@code incident-N} (any case); otherwise the lower-cased folder name. Default namespace: the most frequent
 * {@code namespace} alert label, else {@code null}. Content is not parsed beyond that (no ground truth parsing).
 */
public final class ItbenchLiteLoader {
    private static final Pattern NUMBERED = Pattern.compile("(?i)(?:scenario|incident)[-_]?(\\d+)");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private ItbenchLiteLoader() {
    }

    /** Loads {@code scenarioDir} with the agent view under {@link UserDirs#current()}'s cache. */
    public static Task load(Path scenarioDir) {
        return load(scenarioDir, UserDirs.current());
    }

    /** Loads {@code scenarioDir} with the agent view under {@code dirs}' cache. */
    public static Task load(Path scenarioDir, UserDirs dirs) {
        Path dir = scenarioDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(scenarioDir + ": not a scenario directory");
        }
        Path gt = dir.resolve("ground_truth.yaml");
        if (!Files.isRegularFile(gt)) {
            gt = dir.resolve("ground_truth.yml");
        }
        if (!Files.isRegularFile(gt)) {
            throw new BadInputException(scenarioDir + ": ground_truth.yaml: missing (an ITBench-Lite scenario needs it)");
        }
        String id = idOf(dir.getFileName().toString());
        List<Path> files = agentFiles(dir);
        if (files.isEmpty()) {
            throw new BadInputException(scenarioDir + ": no telemetry files besides the ground truth");
        }
        Path view = dirs.cache().resolve("itbench-lite").resolve(id + "-" + viewHash(dir, files)).toAbsolutePath();
        materialise(dir, files, view);
        Matcher m = NUMBERED.matcher(dir.getFileName().toString());
        String number = m.matches() ? m.group(1) : null;
        Map<String, String> labels = Map.of("format", "itbench-lite", "source", dir.toString());
        return new Task(id, "ITBench-Lite " + dir.getFileName(), new Task.Provenance("ITBench-Lite", number, null,
                "Apache-2.0"), defaultNamespace(view), view, new Task.GroundTruthFiles(null, gt), labels);
    }

    /** The task id for a scenario folder name (see the class comment). */
    public static String idOf(String folderName) {
        Matcher m = NUMBERED.matcher(folderName);
        if (m.matches()) {
            return "scenario-" + Long.parseLong(m.group(1));
        }
        String id = folderName.toLowerCase(Locale.ROOT);
        if (!ID.matcher(id).matches()) {
            throw new BadInputException(folderName + ": folder name does not give a valid task id"
                    + " (must match [a-z0-9][a-z0-9._-]* once lower-cased)");
        }
        return id;
    }

    private static List<Path> agentFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !SnapshotIndex.isGroundTruth(p.getFileName().toString()))
                    .filter(p -> !SnapshotIndex.isGroundTruth(realName(p)))
                    .map(dir::relativize)
                    .sorted(Comparator.comparing(p -> p.toString().replace('\\', '/')))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** The file name a (possibly symlinked) path really refers to, so a link cannot smuggle the ground truth in. */
    private static String realName(Path p) {
        try {
            return p.toRealPath().getFileName().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + p, e);
        }
    }

    private static String viewHash(Path dir, List<Path> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((dir.toRealPath() + "\n").getBytes(StandardCharsets.UTF_8));
            for (Path rel : files) {
                Path f = dir.resolve(rel);
                String line = rel.toString().replace('\\', '/') + "\t" + Files.size(f) + "\t"
                        + Files.getLastModifiedTime(f).toMillis() + "\n";
                md.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stat " + dir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static void materialise(Path dir, List<Path> files, Path view) {
        if (Files.isDirectory(view)) {
            return;
        }
        Path tmp = view.resolveSibling(view.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            Files.createDirectories(tmp);
            for (Path rel : files) {
                Path target = tmp.resolve(rel.toString());
                Files.createDirectories(target.getParent());
                linkOrCopy(dir.resolve(rel), target);
            }
            try {
                Files.move(tmp, view, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, view);
            }
        } catch (FileAlreadyExistsException e) {
            deleteTree(tmp); // another process published the same view first
        } catch (FileSystemException e) {
            deleteTree(tmp);
            if (!Files.isDirectory(view)) {
                throw new UncheckedIOException("cannot build the agent view " + view, e);
            }
        } catch (IOException e) {
            deleteTree(tmp);
            throw new UncheckedIOException("cannot build the agent view " + view, e);
        }
    }

    private static void linkOrCopy(Path source, Path target) throws IOException {
        if (Files.isSymbolicLink(source)) {
            // A hard link to a symlink would keep pointing outside the view; copy the bytes instead.
            Files.copy(source, target);
            return;
        }
        try {
            Files.createLink(target, source);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up " + root, e);
        }
    }

    private static String defaultNamespace(Path view) {
        Map<String, Integer> counts = new HashMap<>();
        for (AlertSnapshot s : Alerts.readAll(view)) {
            for (Alert a : s.alerts()) {
                if (a.namespace() != null) {
                    counts.merge(a.namespace(), 1, Integer::sum);
                }
            }
        }
        // Most frequent; ties go to the alphabetically first namespace so the result is stable.
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)
                    || (e.getValue().equals(counts.get(best)) && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
            }
        }
        return best;
    }
}
