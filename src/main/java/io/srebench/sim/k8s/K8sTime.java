package io.srebench.sim.k8s;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Time formats of the Kubernetes API and of the snapshot files. All times are UTC epoch milliseconds. */
public final class K8sTime {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MICRO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter NAIVE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private K8sTime() {
    }

    /** RFC 3339 seconds, as in {@code metadata.creationTimestamp}. */
    public static String iso(long millis) {
        return ISO.format(Instant.ofEpochMilli(millis));
    }

    /** RFC 3339 microseconds, as in {@code eventTime}. */
    public static String micro(long millis) {
        return MICRO.format(Instant.ofEpochMilli(millis));
    }

    /** Naive UTC seconds: {@code 2025-12-01 21:16:24}. */
    public static String naiveSeconds(long millis) {
        return NAIVE.format(Instant.ofEpochMilli(millis));
    }

    /** Naive UTC with nine fraction digits from epoch nanoseconds: {@code 2025-12-01 21:16:24.123456789}. */
    public static String naiveNanos(long epochNanos) {
        long secs = Math.floorDiv(epochNanos, 1_000_000_000L);
        long frac = Math.floorMod(epochNanos, 1_000_000_000L);
        String f = Long.toString(frac);
        return NAIVE.format(Instant.ofEpochSecond(secs)) + "." + "000000000".substring(f.length()) + f;
    }
}
