package io.srebench.studio.app;

import io.srebench.run.Workbench;
import io.srebench.store.SqliteStore;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What every studio view shares: the store, the one background executor, settings, and (when the
 * bundled tasks can be found) the workbench to look up tasks and run agents.
 */
public final class StudioContext implements AutoCloseable {
    private final SqliteStore store;
    private final BackgroundExecutor executor;
    private final StudioSettings settings;
    private final Workbench workbench;
    private final String workbenchProblem;

    public StudioContext(SqliteStore store, BackgroundExecutor executor, StudioSettings settings, Path tasksDir) {
        this.store = store;
        this.executor = executor;
        this.settings = settings;
        Workbench wb = null;
        String problem = null;
        try {
            wb = new Workbench(tasksDir);
        } catch (RuntimeException e) {
            problem = e.getMessage();
        }
        this.workbench = wb;
        this.workbenchProblem = problem;
    }

    public SqliteStore store() {
        return store;
    }

    public BackgroundExecutor executor() {
        return executor;
    }

    public StudioSettings settings() {
        return settings;
    }

    /** The workbench, or empty when the tasks could not be loaded (see {@link #workbenchProblem()}). */
    public Optional<Workbench> workbench() {
        return Optional.ofNullable(workbench);
    }

    public String workbenchProblem() {
        return workbenchProblem;
    }

    @Override
    public void close() {
        if (executor instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing on exit: nothing to report to
            }
        }
        store.close();
    }
}
