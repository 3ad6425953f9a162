package io.srebench.agent.model;

import java.time.Duration;

/** Waits between retries; tests substitute one that only records. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration d) throws InterruptedException;
}
