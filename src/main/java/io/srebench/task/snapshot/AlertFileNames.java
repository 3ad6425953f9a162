package io.srebench.task.snapshot;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times encoded in alert poll file names: {@code alerts_at_2025-12-15T18-17-09.387695.json} (recorder) and
 * {@code alerts_in_alerting_state_2025-12-15T181709.387Z.json} (older tooling). Both are UTC.
 */
final class AlertFileNames {
    private static final Pattern STAMP = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2})-?(\\d{2})-?(\\d{2})(?:\\.(\\d{1,9}))?Z?\\.json$");

    private AlertFileNames() {
    }

    static Optional<Instant> time(String fileName) {
        Matcher m = STAMP.matcher(fileName);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            int nanos = 0;
            String frac = m.group(7);
            if (frac != null) {
                nanos = Integer.parseInt((frac + "000000000").substring(0, 9));
            }
            LocalDateTime t = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)), nanos);
            return Optional.of(t.toInstant(ZoneOffset.UTC));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
