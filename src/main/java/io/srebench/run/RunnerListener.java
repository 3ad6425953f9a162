package io.srebench.run;

/** Progress of a benchmark, for the CLI bar and the studio's progress view. Called from worker threads. */
public interface RunnerListener {
    default void runStarted(RunSummary run) {
    }

    default void turn(long runId, int turnIndex) {
    }

    default void runFinished(RunSummary run) {
    }

    /**
     * Overall progress after any change.
     *
     * @param done runs finished (done, errored or interrupted) in this benchmark
     * @param total runs in the benchmark
     * @param costUsd cost of all runs of the benchmark so far
     */
    default void progress(int done, int total, double costUsd) {
    }
}
