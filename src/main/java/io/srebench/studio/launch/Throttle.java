package io.srebench.studio.launch;

import java.util.function.LongSupplier;

/** Lets an action through at most once per interval, except when forced (the last update of a benchmark). */
final class Throttle {
    private final long intervalMillis;
    private final LongSupplier clock;
    private long last = Long.MIN_VALUE / 2;

    Throttle(long intervalMillis, LongSupplier clock) {
        this.intervalMillis = intervalMillis;
        this.clock = clock;
    }

    /** Whether to act now; records the time when it says yes. */
    synchronized boolean due(boolean force) {
        long now = clock.getAsLong();
        if (force || now - last >= intervalMillis) {
            last = now;
            return true;
        }
        return false;
    }
}
