package io.srebench.studio.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Lines up two transcripts (pure functions; no JavaFX). */
public final class Alignment {
    private Alignment() {
    }

    /** Turn i beside turn i; the shorter run has gaps at the end. */
    public static List<AlignedRow> byTurn(int turnsA, int turnsB) {
        List<AlignedRow> out = new ArrayList<>();
        for (int i = 0; i < Math.max(turnsA, turnsB); i++) {
            out.add(AlignedRow.of(i < turnsA ? i : null, i < turnsB ? i : null));
        }
        return out;
    }

    /**
     * Aligns on first touches: every entity both runs touch gives a pair (first turn in A, first turn in B). The pairs
     * are taken in order of A's turn (then B's), greedily keeping those that move forward in both runs, so the anchors
     * never cross; entities with the same pair share one anchor row. Between two anchors the remaining turns of each run
     * are laid side by side in order, the shorter side padded with gaps. Every turn of each run appears exactly once, in
     * order.
     *
     * @param firstA entity to 0-based first turn in run A (entities A never touched are absent)
     * @param firstB the same for run B
     */
    public static List<AlignedRow> byFirstTouch(int turnsA, int turnsB, Map<String, Integer> firstA,
                                                Map<String, Integer> firstB) {
        TreeMap<Long, List<String>> pairs = new TreeMap<>();
        for (Map.Entry<String, Integer> e : firstA.entrySet()) {
            Integer b = firstB.get(e.getKey());
            if (b != null && e.getValue() < turnsA && b < turnsB) {
                pairs.computeIfAbsent(((long) e.getValue() << 32) | b, k -> new ArrayList<>()).add(e.getKey());
            }
        }
        List<AlignedRow> out = new ArrayList<>();
        int lastA = -1;
        int lastB = -1;
        for (Map.Entry<Long, List<String>> p : pairs.entrySet()) {
            int a = (int) (p.getKey() >>> 32);
            int b = (int) (p.getKey() & 0xffffffffL);
            if (a <= lastA || b <= lastB) {
                continue;
            }
            fill(out, lastA + 1, a, lastB + 1, b);
            List<String> names = new ArrayList<>(p.getValue());
            names.sort(Comparator.naturalOrder());
            out.add(new AlignedRow(a, b, names));
            lastA = a;
            lastB = b;
        }
        fill(out, lastA + 1, turnsA, lastB + 1, turnsB);
        return out;
    }

    /** Turns [fromA, toA) of A beside [fromB, toB) of B. */
    private static void fill(List<AlignedRow> out, int fromA, int toA, int fromB, int toB) {
        int n = Math.max(toA - fromA, toB - fromB);
        for (int i = 0; i < n; i++) {
            out.add(AlignedRow.of(fromA + i < toA ? fromA + i : null, fromB + i < toB ? fromB + i : null));
        }
    }
}
