package io.srebench.agent.model;

import java.time.Duration;
import java.util.Random;

/**
 * Retries retryable failures (429, 5xx, timeouts, connection resets) with exponential backoff and jitter,
 * honouring Retry-After, for at most {@link RetryPolicy#maxAttempts()} attempts. A failure that is not
 * retryable, or the last one, is rethrown unchanged.
 */
public final class RetryingModelClient implements ModelClient {
    private final ModelClient delegate;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Random random;

    public RetryingModelClient(ModelClient delegate, RetryPolicy policy, Sleeper sleeper, Random random) {
        this.delegate = delegate;
        this.policy = policy;
        this.sleeper = sleeper;
        this.random = random;
    }

    public RetryingModelClient(ModelClient delegate) {
        this(delegate, RetryPolicy.DEFAULT, Sleeper.REAL, new Random());
    }

    @Override
    public ModelReply complete(ModelRequest request) throws ModelCallException {
        for (int attempt = 1; ; attempt++) {
            try {
                return delegate.complete(request);
            } catch (ModelCallException e) {
                if (!e.retryable() || attempt >= policy.maxAttempts()) {
                    throw e;
                }
                Duration ra = e.retryAfter();
                if (ra != null && ra.compareTo(policy.maxRetryAfter()) > 0) {
                    throw e;
                }
                try {
                    sleeper.sleep(policy.delay(attempt, ra, random.nextDouble()));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new ModelCallException("interrupted while waiting to retry: " + e.getMessage(), e.kind(), false,
                            e.status(), null);
                }
            }
        }
    }
}
