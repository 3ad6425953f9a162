package io.srebench.studio.kit;

import io.srebench.run.RunRepository;
import io.srebench.studio.app.BackgroundExecutor;
import io.srebench.studio.app.StudioContext;
import io.srebench.common.BadInputException;
import io.srebench.task.Task;
import io.srebench.task.truth.GroundTruth;
import io.srebench.task.truth.GroundTruthLoader;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What an inspector needs from the studio: the store, how to find a task by id (empty for tasks the catalog does
 * not know, e.g. imported runs), how to get its snapshot directory and ground truth (both may throw; the inspector
 * then shows what it can), the background executor, and the ticker for following live runs.
 *
 * @param store runs and turns
 * @param tasks task by id
 * @param snapshots snapshot directory of a task (may generate it: runs on the background executor)
 * @param truths ground truth of a task (runs on the background executor)
 * @param executor background work
 * @param ticker periodic poll while a run is live
 */
public record RunViewContext(RunRepository store, Function<String, Optional<Task>> tasks, Function<Task, Path> snapshots,
                               Function<Task, GroundTruth> truths, BackgroundExecutor executor, Ticker ticker) {
    public RunViewContext {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(snapshots, "snapshots");
        Objects.requireNonNull(truths, "truths");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(ticker, "ticker");
    }

    /** A context that follows live runs with the JavaFX timer. */
    public static RunViewContext of(RunRepository store, Function<String, Optional<Task>> tasks,
                                      Function<Task, Path> snapshots, Function<Task, GroundTruth> truths,
                                      BackgroundExecutor executor) {
        return new RunViewContext(store, tasks, snapshots, truths, executor, Ticker.fx());
    }

    /**
     * The inspector's view of the studio: tasks and snapshots from the studio's workbench (when the tasks could not be
     * loaded, every run is treated as a task outside the catalog), ground truth from the task's files.
     */
    public static RunViewContext from(StudioContext studio) {
        return of(studio.store(), id -> studio.workbench().flatMap(w -> w.catalog().find(id)),
                task -> studio.workbench().orElseThrow(() -> new BadInputException("no tasks: " + studio.workbenchProblem()))
                        .snapshots().apply(task),
                GroundTruthLoader::load, studio.executor());
    }
}
