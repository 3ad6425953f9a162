package io.srebench.score;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.srebench.common.BadInputException;
import java.util.Locale;
import java.util.Optional;

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
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code set} or {@code ranked} (any case). */
    @JsonCreator
    public static ScoreVariant parse(String s) {
        return find(s).orElseThrow(() -> new BadInputException("unknown score variant \"" + s + "\" (expected set or ranked)"));
    }

    /** The variant named {@code s} (any case), or empty for null or an unknown name (data read back from a store). */
    public static Optional<ScoreVariant> find(String s) {
        for (ScoreVariant v : values()) {
            if (v.id().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
