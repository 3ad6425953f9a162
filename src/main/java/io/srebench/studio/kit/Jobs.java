package io.srebench.studio.kit;

import io.srebench.studio.app.BackgroundExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The inspector's background work: submits to the {@link BackgroundExecutor}, counts what is outstanding
 * (so a headless render can wait for quiet), and after {@link #close()} cancels what runs and drops every late
 * callback, so a closed inspector is never updated.
 */
public final class Jobs {
    private final BackgroundExecutor executor;
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper();
    private final List<BackgroundExecutor.Cancellable> running = new ArrayList<>();
    private boolean closed;

    public Jobs(BackgroundExecutor executor) {
        this.executor = executor;
    }

    /** Runs {@code work} in the background; {@code ok} / {@code failed} run on the UI thread unless closed. */
    public <T> void submit(String name, Callable<T> work, Consumer<T> ok, Consumer<Throwable> failed) {
        if (closed) {
            return;
        }
        pending.set(pending.get() + 1);
        BackgroundExecutor.Cancellable[] handle = new BackgroundExecutor.Cancellable[1];
        handle[0] = executor.submit(name, work, v -> {
            finish(handle[0]);
            if (!closed) {
                ok.accept(v);
            }
        }, e -> {
            finish(handle[0]);
            if (!closed) {
                failed.accept(e);
            }
        });
        if (handle[0] != null && !handle[0].isDone()) {
            running.add(handle[0]);
        }
    }

    private void finish(BackgroundExecutor.Cancellable h) {
        pending.set(Math.max(0, pending.get() - 1));
        if (h != null) {
            running.remove(h);
        }
    }

    /** Background jobs submitted and not yet called back. */
    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public boolean isClosed() {
        return closed;
    }

    /** Cancels running work; later callbacks are dropped. */
    public void close() {
        closed = true;
        for (BackgroundExecutor.Cancellable c : List.copyOf(running)) {
            c.cancel();
        }
        running.clear();
    }
}
