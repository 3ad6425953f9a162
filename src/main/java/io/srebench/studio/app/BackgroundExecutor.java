package io.srebench.studio.app;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the studio does background work. View-models submit I/O and computation here and
 * get their callbacks on the UI thread; views never start threads. Tests use
 * {@link #direct()}, which runs work and callbacks inline on the calling thread.
 */
public interface BackgroundExecutor {
    /**
     * Runs {@code work} off the UI thread.
     *
     * @param name what the work is, for progress display and error messages
     * @param onSuccess called with the result on the UI thread
     * @param onFailure called with the failure on the UI thread
     * @return a handle to cancel the work
     */
    <T> Cancellable submit(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code r} on the UI thread (inline for the direct executor). */
    void onUiThread(Runnable r);

    /** A handle to background work. */
    interface Cancellable {
        void cancel();

        boolean isDone();
    }

    /** Runs everything inline: for view-model tests without a JavaFX toolkit. */
    static BackgroundExecutor direct() {
        return new BackgroundExecutor() {
            @Override
            public <T> Cancellable submit(String name, Callable<T> work, Consumer<T> ok, Consumer<Throwable> fail) {
                try {
                    ok.accept(work.call());
                } catch (Exception e) {
                    fail.accept(e);
                }
                return new Cancellable() {
                    @Override
                    public void cancel() {
                        // already finished
                    }

                    @Override
                    public boolean isDone() {
                        return true;
                    }
                };
            }

            @Override
            public void onUiThread(Runnable r) {
                r.run();
            }
        };
    }
}
