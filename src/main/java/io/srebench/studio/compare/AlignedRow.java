package io.srebench.studio.compare;

import java.util.List;

/**
 * One step of a comparison: a turn of run A beside a turn of run B. A side is null where that run has no turn at this
 * step (its transcript is shorter, or the alignment pads it).
 *
 * @param a 0-based turn of run A, or null
 * @param b 0-based turn of run B, or null
 * @param anchors entities both runs first touch at exactly these turns (empty unless aligned by first touch)
 */
public record AlignedRow(Integer a, Integer b, List<String> anchors) {
    public AlignedRow {
        anchors = List.copyOf(anchors);
    }

    static AlignedRow of(Integer a, Integer b) {
        return new AlignedRow(a, b, List.of());
    }
}
