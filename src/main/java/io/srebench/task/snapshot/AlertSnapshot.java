package io.srebench.task.snapshot;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The alerts of one poll file.
 *
 * @param file the file read
 * @param at the poll time: top-level {@code timestamp} when the file has one, else the time in the file name;
 *     {@code null} when neither exists
 * @param alerts the alerts, in file order
 */
public record AlertSnapshot(Path file, Instant at, List<Alert> alerts) {
    public AlertSnapshot {
        alerts = List.copyOf(alerts);
    }
}
