package io.srebench.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The cost/accuracy Pareto frontier of a leaderboard: the agents no other agent beats on both counts (lower cost is
 * better, higher accuracy is better). The one implementation behind the studio's leaderboard chart and the HTML
 * report's scatter plot.
 *
 * <p>A point is dominated when another costs no more and is at least as accurate, and is strictly better on one of
 * the two. So of several points with the same cost only the most accurate can be on the frontier, and identical
 * points are all kept (neither beats the other). A point with a NaN coordinate has no place on the axes and is left
 * off. The test is pairwise, by the definition: quadratic, and the inputs are a handful of agents.
 */
public final class ParetoFrontier {
    private ParetoFrontier() {
    }

    /**
     * One agent's position.
     *
     * @param label agent name
     * @param cost cost per task, or any other "lower is better" axis such as turns per task
     * @param accuracy accuracy (higher is better)
     */
    public record Point(String label, double cost, double accuracy) {
    }

    /** The non-dominated points, by increasing cost (then decreasing accuracy; equal points in input order). */
    public static List<Point> of(List<Point> points) {
        List<Point> out = new ArrayList<>();
        for (Point p : points) {
            if (placed(p) && points.stream().noneMatch(q -> placed(q) && dominates(q, p))) {
                out.add(p);
            }
        }
        out.sort(Comparator.comparingDouble(Point::cost).thenComparing(Comparator.comparingDouble(Point::accuracy)
                .reversed()));
        return out;
    }

    /** Whether {@code a} dominates {@code b}: no dearer, no less accurate, and strictly better on one count. */
    public static boolean dominates(Point a, Point b) {
        return a.cost() <= b.cost() && a.accuracy() >= b.accuracy()
                && (a.cost() < b.cost() || a.accuracy() > b.accuracy());
    }

    private static boolean placed(Point p) {
        return !Double.isNaN(p.cost()) && !Double.isNaN(p.accuracy());
    }
}
