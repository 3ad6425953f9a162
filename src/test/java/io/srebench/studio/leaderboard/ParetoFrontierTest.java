package io.srebench.studio.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.studio.leaderboard.ParetoFrontier.Point;
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
        Point free = new Point("free-useless", 0.0, 0.0);
        List<Point> front = ParetoFrontier.of(List.of(dearStrong, dominatedByMid, mid, sameCostLess, cheapWeak, free));
        assertEquals(List.of("free-useless", "cheap-weak", "mid", "dear-strong"), labels(front));
    }

    @Test
    void dominanceNeedsOneStrictImprovement() {
        Point a = new Point("a", 0.5, 0.5);
        Point twin = new Point("twin", 0.5, 0.5);
        assertFalse(ParetoFrontier.dominates(a, twin));
        assertEquals(2, ParetoFrontier.of(List.of(a, twin)).size());
        assertTrue(ParetoFrontier.dominates(new Point("b", 0.5, 0.6), a));
        assertTrue(ParetoFrontier.dominates(new Point("c", 0.4, 0.5), a));
        assertFalse(ParetoFrontier.dominates(new Point("d", 0.4, 0.4), a));
    }

    @Test
    void emptyInHasEmptyFrontier() {
        assertTrue(ParetoFrontier.of(List.of()).isEmpty());
    }
}
