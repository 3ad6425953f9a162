package io.srebench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.run.ParetoFrontier.Point;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParetoFrontierTest {
    private static List<String> labels(List<Point> ps) {
        return ps.stream().map(Point::label).toList();
    }

    @Test
    void dominatedPointsAreLeftOffAndTheFrontierRunsByCost() {
        Point cheapWeak = new Point("cheap-weak", 0.01, 0.2);
        Point mid = new Point("mid", 0.10, 0.6);
        Point dearStrong = new Point("dear-strong", 1.00, 0.9);
        Point dominatedByMid = new Point("worse-than-mid", 0.20, 0.5);
        Point sameCostLess = new Point("same-cost-less", 0.10, 0.4);
        Point sameAccuracyDearer = new Point("same-accuracy-dearer", 1.50, 0.9);
        Point free = new Point("free-useless", 0.0, 0.0);
        List<Point> front = ParetoFrontier.of(List.of(dearStrong, dominatedByMid, mid, sameCostLess, cheapWeak, free,
                sameAccuracyDearer));
        assertEquals(List.of("free-useless", "cheap-weak", "mid", "dear-strong"), labels(front));
    }

    @Test
    void identicalPointsAllStayAndASameCostPointNeedsTheBestAccuracy() {
        Point low = new Point("low", 0, 0.03);
        Point high = new Point("high", 0, 0.05);
        Point twin = new Point("twin", 0, 0.05);
        assertEquals(List.of(high, twin), ParetoFrontier.of(List.of(low, high, twin)));
        assertFalse(ParetoFrontier.dominates(high, twin));
        assertTrue(ParetoFrontier.dominates(high, low));
    }

    @Test
    void dominanceNeedsOneStrictImprovement() {
        Point a = new Point("a", 0.5, 0.5);
        assertTrue(ParetoFrontier.dominates(new Point("more-accurate", 0.5, 0.6), a));
        assertTrue(ParetoFrontier.dominates(new Point("cheaper", 0.4, 0.5), a));
        assertFalse(ParetoFrontier.dominates(new Point("cheaper-but-worse", 0.4, 0.4), a));
        assertFalse(ParetoFrontier.dominates(new Point("better-but-dearer", 0.6, 0.9), a));
    }

    @Test
    void aSinglePointIsItsOwnFrontierAndNoPointsHaveNone() {
        Point only = new Point("only", 3.0, 0.1);
        assertEquals(List.of(only), ParetoFrontier.of(List.of(only)));
        assertTrue(ParetoFrontier.of(List.of()).isEmpty());
    }

    @Test
    void aPointWithoutACoordinateIsLeftOffAndBeatsNothing() {
        Point unknown = new Point("unknown", Double.NaN, 0.9);
        Point known = new Point("known", 1.0, 0.5);
        assertEquals(List.of(known), ParetoFrontier.of(List.of(unknown, known)));
    }
}
