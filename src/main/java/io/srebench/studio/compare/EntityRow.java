package io.srebench.studio.compare;

/**
 * One entity in the comparison's entity table.
 *
 * @param entity {@code ns/Kind/name} (or however the run or topology names it)
 * @param firstA 0-based turn where run A first touched it, or null
 * @param firstB the same for run B
 * @param outcomeA how it scored for run A ({@link CompareSide#outcomeOf}), or null
 * @param outcomeB the same for run B
 * @param rootCause whether it is a true root cause (only set while the ground truth is revealed)
 */
public record EntityRow(String entity, Integer firstA, Integer firstB, String outcomeA, String outcomeB,
                        boolean rootCause) {
    /** Which runs touched it: {@code both}, {@code a}, {@code b} or {@code none}. */
    public String touchedBy() {
        if (firstA != null && firstB != null) {
            return "both";
        }
        return firstA != null ? "a" : firstB != null ? "b" : "none";
    }
}
