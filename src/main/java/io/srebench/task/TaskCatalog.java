package io.srebench.task;

import io.srebench.common.BadInputException;
import io.srebench.common.NaturalOrder;

import io.srebench.common.UserDirs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The tasks of a tasks directory: every {@code <dir>/<anything>/task.yaml} (one level deep), sorted by id in
 * natural order (scenario-2 before scenario-10).
 * Two manifests with the same id are refused, naming both files. Loading stops at the first bad manifest
 * (its {@link BadInputException} propagates).
 */
public final class TaskCatalog {
    /** System property naming the bundled tasks directory. */
    public static final String DIR_PROPERTY = "srebench.tasks.dir";
    /** Environment variable naming the bundled tasks directory (after the system property). */
    public static final String DIR_ENV = "SREBENCH_TASKS_DIR";

    private final Path dir;
    private final Map<String, TaskManifest> byId;

    private TaskCatalog(Path dir, Map<String, TaskManifest> byId) {
        this.dir = dir;
        this.byId = byId;
    }

    /** Loads every {@code <dir>/<name>/task.yaml} under {@code tasksDir}; generated snapshots go to the current user's cache. */
    public static TaskCatalog load(Path tasksDir) {
        return load(tasksDir, UserDirs.current());
    }

    /** Loads every {@code <dir>/<name>/task.yaml} under {@code tasksDir}; generated snapshots go to {@code dirs}. */
    public static TaskCatalog load(Path tasksDir, UserDirs dirs) {
        if (!Files.isDirectory(tasksDir)) {
            throw new BadInputException(tasksDir + ": not a tasks directory");
        }
        List<Path> manifests;
        try (Stream<Path> s = Files.list(tasksDir)) {
            manifests = s.map(d -> d.resolve("task.yaml")).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + tasksDir, e);
        }
        Map<String, TaskManifest> found = new LinkedHashMap<>();
        for (Path m : manifests) {
            TaskManifest tm = TaskManifest.read(m, dirs);
            TaskManifest before = found.putIfAbsent(tm.task().id(), tm);
            if (before != null) {
                throw new BadInputException(m + ": id: duplicate task id \"" + tm.task().id() + "\" (also in "
                        + before.file() + ")");
            }
        }
        List<TaskManifest> sorted = new ArrayList<>(found.values());
        sorted.sort(Comparator.comparing(t -> t.task().id(), NaturalOrder.COMPARATOR));
        Map<String, TaskManifest> byId = new LinkedHashMap<>();
        sorted.forEach(t -> byId.put(t.task().id(), t));
        return new TaskCatalog(tasksDir, byId);
    }

    /** The catalog of the repository's {@code tasks/} directory, found by {@link #locateBundled()}. */
    public static TaskCatalog bundled() {
        Path dir = locateBundled().orElseThrow(() -> new BadInputException("tasks directory not found: set -D"
                + DIR_PROPERTY + " or " + DIR_ENV + ", or run from the srebench checkout"));
        return load(dir);
    }

    /**
     * The bundled tasks directory: system property {@value #DIR_PROPERTY}, else env {@value #DIR_ENV}, else
     * {@code ./tasks}, else {@code tasks/} beside the directory of the running jar ({@code target/srebench.jar}
     * gives {@code target/../tasks}).
     */
    public static Optional<Path> locateBundled() {
        return locate(System.getProperty(DIR_PROPERTY), System.getenv(DIR_ENV), Path.of("").toAbsolutePath(), codeLocation());
    }

    /**
     * The lookup of {@link #locateBundled()} with its inputs given (for tests). An explicitly named directory
     * (property or env) is returned even if missing, so that the error then names it.
     *
     * @param property value of the system property, or null
     * @param env value of the environment variable, or null
     * @param workingDir the working directory
     * @param codeLocation the running jar or classes directory, or null
     */
    public static Optional<Path> locate(String property, String env, Path workingDir, Path codeLocation) {
        if (property != null && !property.isBlank()) {
            return Optional.of(Path.of(property));
        }
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env));
        }
        Path local = workingDir.resolve("tasks");
        if (Files.isDirectory(local)) {
            return Optional.of(local);
        }
        if (codeLocation != null && codeLocation.toAbsolutePath().getParent() != null
                && codeLocation.toAbsolutePath().getParent().getParent() != null) {
            Path beside = codeLocation.toAbsolutePath().getParent().getParent().resolve("tasks");
            if (Files.isDirectory(beside)) {
                return Optional.of(beside);
            }
        }
        return Optional.empty();
    }

    private static Path codeLocation() {
        try {
            var src = TaskCatalog.class.getProtectionDomain().getCodeSource();
            return src == null ? null : Path.of(src.getLocation().toURI());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The directory this catalog was loaded from. */
    public Path dir() {
        return dir;
    }

    /** All tasks, sorted by id. */
    public List<Task> tasks() {
        return byId.values().stream().map(TaskManifest::task).toList();
    }

    /** All manifests (tasks plus generator info), sorted by task id. */
    public List<TaskManifest> manifests() {
        return List.copyOf(byId.values());
    }

    /** The ids, sorted. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /** The task with {@code id}, if any. */
    public Optional<Task> find(String id) {
        return manifest(id).map(TaskManifest::task);
    }

    /** The manifest of task {@code id}, if any. */
    public Optional<TaskManifest> manifest(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The task with {@code id}.
     *
     * @throws BadInputException naming the catalog directory when there is none
     */
    public Task get(String id) {
        return find(id).orElseThrow(() -> new BadInputException(dir + ": no task with id \"" + id + "\""));
    }

    public int size() {
        return byId.size();
    }
}
