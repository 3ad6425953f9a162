package io.srebench.studio.leaderboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The cost/accuracy Pareto frontier: the agents no other agent beats on both counts. A point is dominated
 * when another costs no more and is at least as accurate, and is strictly better on one of the two.
 * Equal points both stay on the frontier. Quadratic in the number of points (agents: a handful).
 */
public final class ParetoFrontier {
    private ParetoFrontier() {
    }

    /**
     * One agent's position.
     *
     * @param label agent name
     * @param cost cost per task (lower is better)
     * @param accuracy accuracy (higher is better)
     */
    public record Point(String label, double cost, double accuracy) {
    }

    /** The non-dominated points, by increasing cost (then decreasing accuracy). */
    public static List<Point> of(List<Point> points) {
        List<Point> out = new ArrayList<>();
        for (Point p : points) {
            if (points.stream().noneMatch(q -> dominates(q, p))) {
                out.add(p);
            }
        }
        out.sort(Comparator.comparingDouble(Point::cost).thenComparing(Comparator.comparingDouble(Point::accuracy)
                .reversed()));
        return out;
    }

    /** Whether {@code a} dominates {@code b}. */
    public static boolean dominates(Point a, Point b) {
        return a.cost() <= b.cost() && a.accuracy() >= b.accuracy()
                && (a.cost() < b.cost() || a.accuracy() > b.accuracy());
    }
}
