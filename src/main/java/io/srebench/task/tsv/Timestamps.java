package io.srebench.task.tsv;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Parses the timestamp spellings found in snapshots into {@link Instant}s:
 * <ul>
 *   <li>pandas naive UTC: {@code 2025-12-01 21:16:24}, {@code 2025-12-01 21:16:24.123456789} (any 1-9 fraction
 *       digits);</li>
 *   <li>ISO 8601 / RFC 3339 with {@code T} or space and {@code Z}, {@code +01:00}, {@code +0100} or no offset
 *       (then UTC);</li>
 *   <li>Go {@code %v}: {@code 2025-12-01 21:16:24.123456789 +0000 UTC} (zone abbreviation ignored, offset used;
 *       a trailing monotonic clock reading {@code m=+1.5} is ignored).</li>
 * </ul>
 * Limits: no date-only values, no epoch numbers, no named zones without an offset.
 */
public final class Timestamps {
    private Timestamps() {
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException if it is none of the accepted spellings (message says why)
     */
    public static Instant parse(String text) {
        String t = text.strip();
        try {
            return parseStrict(t);
        } catch (DateTimeException | IndexOutOfBoundsException | NumberFormatException e) {
            throw new IllegalArgumentException("not a timestamp: \"" + text + "\"");
        }
    }

    private static Instant parseStrict(String t) {
        if (t.length() < 19 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(13) != ':' || t.charAt(16) != ':'
                || (t.charAt(10) != ' ' && t.charAt(10) != 'T' && t.charAt(10) != 't')) {
            throw new DateTimeException("shape");
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        int i = 19;
        int nanos = 0;
        if (i < t.length() && (t.charAt(i) == '.' || t.charAt(i) == ',')) {
            int start = ++i;
            while (i < t.length() && Character.isDigit(t.charAt(i))) {
                i++;
            }
            int len = i - start;
            if (len == 0 || len > 9) {
                throw new DateTimeException("fraction");
            }
            nanos = digits(t, start, i);
            for (int k = len; k < 9; k++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset = offset(t, i);
        return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(offset);
    }

    private static ZoneOffset offset(String t, int from) {
        String rest = t.substring(from).strip();
        int mono = rest.indexOf(" m=");
        if (mono >= 0) {
            rest = rest.substring(0, mono).strip();
        }
        if (rest.isEmpty() || rest.equals("Z") || rest.equals("z") || rest.equals("UTC")) {
            return ZoneOffset.UTC;
        }
        int space = rest.indexOf(' ');
        if (space >= 0) {
            String zone = rest.substring(space + 1);
            if (!zone.chars().allMatch(Character::isLetter)) {
                throw new DateTimeException("zone");
            }
            rest = rest.substring(0, space);
        }
        char sign = rest.charAt(0);
        if (sign != '+' && sign != '-') {
            throw new DateTimeException("offset");
        }
        String hm = rest.substring(1).replace(":", "");
        if (hm.length() != 4 && hm.length() != 2) {
            throw new DateTimeException("offset");
        }
        int h = digits(hm, 0, 2);
        int m = hm.length() == 4 ? digits(hm, 2, 4) : 0;
        return sign == '+' ? ZoneOffset.ofHoursMinutes(h, m) : ZoneOffset.ofHoursMinutes(-h, -m);
    }

    private static int digits(String t, int from, int to) {
        int v = 0;
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (c < '0' || c > '9') {
                throw new DateTimeException("digit");
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
