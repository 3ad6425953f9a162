package io.srebench.interop.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The cost/accuracy Pareto frontier: the points no other point beats on both axes (lower x = cheaper is
 * better, higher y = more accurate is better). Ties: of several points with the same x only the highest y
 * can be on the frontier; identical points are all kept.
 */
public final class ParetoFrontier {
    private ParetoFrontier() {
    }

    /** A point with a label. */
    public record Point(String label, double x, double y) {
    }

    /** The frontier points, ordered by x ascending (then y descending). */
    public static List<Point> of(List<Point> points) {
        List<Point> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(Point::x).thenComparing(Comparator.comparingDouble(Point::y).reversed()));
        List<Point> frontier = new ArrayList<>();
        double bestY = Double.NEGATIVE_INFINITY;
        Point last = null;
        for (Point p : sorted) {
            boolean sameAsLast = last != null && last.x() == p.x() && last.y() == p.y();
            if (p.y() > bestY || (sameAsLast && frontier.contains(last))) {
                frontier.add(p);
                bestY = Math.max(bestY, p.y());
            }
            last = p;
        }
        return frontier;
    }
}
