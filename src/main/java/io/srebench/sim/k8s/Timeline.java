package io.srebench.sim.k8s;

import java.time.Instant;

/**
 * The simulated time frame (epoch ms): the application is deployed at {@code deployed}, recording covers
 * {@code start} to {@code end}, and faults are injected at {@code inject}. The clock is fixed so that snapshots
 * are reproducible.
 */
public record Timeline(long deployed, long start, long inject, long end) {
    /** Recording starts 2025-12-01T20:30:00Z. */
    public static final long START = Instant.parse("2025-12-01T20:30:00Z").toEpochMilli();
    private static final long MINUTE = 60_000L;

    /** 40 recorded minutes, application deployed 25 minutes before recording, fault after 15 minutes. */
    public static Timeline standard() {
        return new Timeline(START - 25 * MINUTE, START, START + 15 * MINUTE, START + 40 * MINUTE);
    }

    /** True when {@code t} lies in the recorded window. */
    public boolean recorded(long t) {
        return t >= start && t < end;
    }
}
