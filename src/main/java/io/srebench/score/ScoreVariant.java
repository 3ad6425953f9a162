package io.srebench.score;

import io.srebench.common.BadInputException;
import java.util.Locale;

/**
 * How a submission that found every root cause is scored (benchmark.md, "Scoring as srebench defines it").
 * The variant is recorded with every score, because the two give different numbers for the same answer.
 */
public enum ScoreVariant {
    /** Score = hits / submitted entities (precision of the whole set). The default. */
    SET,
    /** Score = mean over root causes of precision@k at the rank k of the root cause's first hit. */
    RANKED;

    /** Lower-case name, as written in JSON and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code set} or {@code ranked} (any case). */
    public static ScoreVariant parse(String s) {
        for (ScoreVariant v : values()) {
            if (v.id().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return v;
            }
        }
        throw new BadInputException("unknown score variant \"" + s + "\" (expected set or ranked)");
    }
}
