package io.srebench.sandbox;

import java.util.function.LongSupplier;

/**
 * Waits for a running command while watching its deadline and the scratch quota, a few times a second: the one
 * wait loop of both ways a command runs (a process per command, or a frame in the session container).
 */
final class CommandWatch {
    private static final long POLL_MILLIS = 200;

    /** How the wait ended. */
    enum Outcome {
        FINISHED, TIMED_OUT, OVER_QUOTA
    }

    /** Waits up to {@code millis} for the command; true once it has finished. */
    interface Wait {
        boolean forMillis(long millis) throws InterruptedException;
    }

    private CommandWatch() {
    }

    /**
     * @param deadline {@link System#nanoTime()} at which the command times out
     * @param quota scratch quota in bytes, 0 for none
     * @param usage the scratch directory's current size
     * @param limit size past which the command is over quota (the quota, or more if the scratch was already bigger)
     * @return how it ended; an interrupt of the waiting thread counts as a timeout (the interrupt flag is kept)
     */
    static Outcome await(Wait wait, long deadline, long quota, LongSupplier usage, long limit) {
        try {
            while (!wait.forMillis(Math.min(POLL_MILLIS, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)))) {
                if (System.nanoTime() >= deadline) {
                    return Outcome.TIMED_OUT;
                }
                if (quota > 0 && usage.getAsLong() > limit) {
                    return Outcome.OVER_QUOTA;
                }
            }
            return Outcome.FINISHED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.TIMED_OUT;
        }
    }
}
