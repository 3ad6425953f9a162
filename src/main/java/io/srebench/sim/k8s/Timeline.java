package io.srebench.sim.k8s;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * The simulated time frame (epoch ms): the application is deployed at {@code deployed}, recording covers
 * {@code start} to {@code end}, and faults are injected at {@code inject}. {@code objectPhase} and
 * {@code alertPhase} are the offsets (ms) of the object collector's and the alert poller's first pull after
 * {@code start}.
 *
 * <p>Every value derives from the task seed ({@link #forSeed}): no date, window, injection offset or poll phase is
 * shared by all tasks, so that no constant instant tells an agent when the fault happened (docs/decisions/0005).
 */
public record Timeline(long deployed, long start, long inject, long end, long objectPhase, long alertPhase) {
    /** The earliest recording start any seed gives. */
    public static final long EPOCH = Instant.parse("2025-03-03T00:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000L;
    private static final long DAY = 86_400_000L;

    /**
     * The frame of one task: recording starts on one of 400 days at any time of day, lasts 34 to 58 minutes,
     * the fault lands 9 to 22 minutes in (never less than 14 minutes before the end) at a sub-second phase, and the
     * application was deployed between 40 minutes and 5 days before recording.
     */
    public static Timeline forSeed(long seed) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 0x51L);
        long start = EPOCH + r.nextLong(400) * DAY + r.nextLong(DAY / 1000) * 1000 + r.nextInt(1000);
        long length = (34 + r.nextInt(25)) * MINUTE + r.nextInt(60_000);
        long offset = Math.min((9 + r.nextInt(14)) * MINUTE + r.nextInt(60_000), length - 14 * MINUTE);
        long inject = start + offset + r.nextInt(1000);
        long deployed = start - 40 * MINUTE - r.nextLong(5 * DAY);
        return new Timeline(deployed, start, inject, start + length, 1_000 + r.nextInt(58_000), 1_000 + r.nextInt(58_000));
    }

    /** True when {@code t} lies in the recorded window. */
    public boolean recorded(long t) {
        return t >= start && t < end;
    }
}
