package io.srebench.agent.model;

import java.time.Duration;

/**
 * How often and how long to retry a failed model call.
 *
 * @param maxAttempts total attempts including the first (at least 1)
 * @param baseDelay delay before the second attempt; doubles each time
 * @param maxDelay cap of the exponential delay
 * @param maxRetryAfter longest server-requested wait we honour; a longer Retry-After ends the retries
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(6, Duration.ofSeconds(2), Duration.ofSeconds(60),
            Duration.ofMinutes(5));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /**
     * The delay before attempt {@code attempt + 1}: full exponential step with jitter in [50%, 100%],
     * but never less than the server's Retry-After.
     *
     * @param attempt the attempt that just failed, from 1
     * @param jitter a number in [0, 1)
     */
    public Duration delay(int attempt, Duration retryAfter, double jitter) {
        long exp = baseDelay.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(exp, maxDelay.toMillis());
        long jittered = (long) (capped * (0.5 + jitter / 2));
        long ra = retryAfter == null ? 0 : retryAfter.toMillis();
        return Duration.ofMillis(Math.max(jittered, ra));
    }
}
