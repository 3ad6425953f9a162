package io.srebench.run;

import io.srebench.common.BadInputException;
import io.srebench.task.Task;
import io.srebench.task.TaskCatalog;
import io.srebench.task.TaskManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Finds a task's snapshot directory, generating it first when the task is simulator-generated and
 * its snapshot is not in the cache yet. Generation of one task happens once even when several runs
 * of it start together.
 */
public final class TaskSnapshots implements Function<Task, Path> {
    /** Materialises a generated task's snapshot into {@code manifest.task().snapshotDir()}. */
    public interface Generator {
        Path generate(TaskManifest manifest);
    }

    private final TaskCatalog catalog;
    private final Generator generator;
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    public TaskSnapshots(TaskCatalog catalog, Generator generator) {
        this.catalog = catalog;
        this.generator = generator;
    }

    @Override
    public Path apply(Task task) {
        Path dir = task.snapshotDir();
        if (Files.isDirectory(dir)) {
            return dir;
        }
        Optional<TaskManifest> m = catalog == null ? Optional.empty() : catalog.manifest(task.id());
        if (m.isEmpty() || !m.get().generated() || generator == null) {
            throw new BadInputException("task " + task.id() + ": snapshot directory " + dir + " does not exist");
        }
        synchronized (locks.computeIfAbsent(task.id(), k -> new Object())) {
            if (Files.isDirectory(dir)) {
                return dir;
            }
            return generator.generate(m.get());
        }
    }
}
