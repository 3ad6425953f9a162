package io.srebench.run;

import java.time.Instant;

/**
 * A benchmark: a task set x agent configs x repeats, as launched.
 *
 * @param id store id
 * @param name a label for people
 * @param specJson the full specification (tasks, agents, repeats, concurrency, variant) as JSON
 * @param createdAt when it was created
 */
public record BenchmarkRecord(long id, String name, String specJson, Instant createdAt) {
}
