package io.srebench.report;

import io.srebench.common.Text;
import io.srebench.run.ParetoFrontier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * An inline SVG scatter plot of agents: accuracy (0..100%) on the y axis, a cost-like figure on the x axis,
 * a vertical bar for each agent's spread across repeats and, optionally, the Pareto frontier as a dashed line.
 * Labels that would overlap are pushed down a line each so they stay readable; with dozens of agents in one
 * spot they run down the chart (the leaderboard table carries the same figures).
 */
public final class SvgScatter {
    private static final int W = 600;
    private static final int H = 380;
    private static final int LEFT = 62;
    private static final int RIGHT = 150;
    private static final int TOP = 34;
    private static final int BOTTOM = 52;
    private static final int TICKS = 5;
    private static final int LABEL_W = 130;
    private static final int LINE = 13;

    private SvgScatter() {
    }

    /**
     * One agent's point.
     *
     * @param label agent name
     * @param x the x figure (cost or turns per task), >= 0
     * @param y accuracy 0..1
     * @param spread accuracy spread (drawn as +/- bar), >= 0
     * @param color CSS colour
     */
    public record Dot(String label, double x, double y, double spread, String color) {
    }

    /**
     * Renders the chart.
     *
     * @param title chart title
     * @param xLabel x axis label
     * @param xFormat tick label format for x values
     * @param dots the points
     * @param frontier whether to draw the Pareto frontier (cheaper and more accurate is better)
     */
    public static String render(String title, String xLabel, DoubleFunction<String> xFormat, List<Dot> dots,
                                boolean frontier) {
        double maxX = 0;
        for (Dot d : dots) {
            maxX = Math.max(maxX, d.x());
        }
        double xMax = niceMax(maxX);
        int plotW = W - LEFT - RIGHT;
        int plotH = H - TOP - BOTTOM;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
                + "role=\"img\">", W, H, W, H));
        s.append("<title>").append(Html.esc(title)).append("</title>");
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" class=\"ct\">%s</text>", LEFT, Html.esc(title)));
        for (int i = 0; i <= TICKS; i++) {
            double fy = i / (double) TICKS;
            double py = TOP + plotH - fy * plotH;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>",
                    LEFT, LEFT + plotW, py, py));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" class=\"tk\" text-anchor=\"end\">%d%%</text>",
                    LEFT - 6, py + 4, Math.round(fy * 100)));
            double px = LEFT + fy * plotW;
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" class=\"grid\"/>",
                    px, px, TOP, TOP + plotH));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"tk\" text-anchor=\"middle\">%s</text>",
                    px, TOP + plotH + 16, Html.esc(xFormat.apply(fy * xMax))));
        }
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"frame\"/>",
                LEFT, TOP, plotW, plotH));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"al\" text-anchor=\"middle\">%s</text>",
                LEFT + plotW / 2, H - 12, Html.esc(xLabel)));
        s.append(String.format(Locale.ROOT, "<text transform=\"translate(16 %d) rotate(-90)\" class=\"al\" "
                + "text-anchor=\"middle\">accuracy</text>", TOP + plotH / 2));
        if (frontier && !dots.isEmpty()) {
            appendFrontier(s, dots, xMax, plotW, plotH);
        }
        List<double[]> placed = new ArrayList<>();
        for (Dot d : dots) {
            double px = LEFT + d.x() / xMax * plotW;
            double py = TOP + plotH - clamp(d.y()) * plotH;
            if (d.spread() > 0) {
                double lo = TOP + plotH - clamp(d.y() - d.spread()) * plotH;
                double hi = TOP + plotH - clamp(d.y() + d.spread()) * plotH;
                s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\" "
                        + "stroke=\"%s\" class=\"err\"/>", px, px, lo, hi, d.color()));
            }
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5.5\" fill=\"%s\"><title>%s</title>"
                    + "</circle>", px, py, d.color(), Html.esc(d.label() + ": " + Html.pct(d.y()) + ", "
                    + xFormat.apply(d.x()))));
            // labels that would overlap an earlier one move down a line until they are clear
            double ly = py + 4;
            boolean moved = true;
            while (moved) {
                moved = false;
                for (double[] p : placed) {
                    if (Math.abs(p[0] - px) < LABEL_W && Math.abs(p[1] - ly) < LINE) {
                        ly = p[1] + LINE;
                        moved = true;
                    }
                }
            }
            placed.add(new double[] {px, ly});
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"pl\" fill=\"%s\">%s</text>",
                    px + 9, ly, d.color(), Html.esc(Text.shorten(d.label(), 24))));
        }
        return s.append("</svg>").toString();
    }

    private static void appendFrontier(StringBuilder s, List<Dot> dots, double xMax, int plotW, int plotH) {
        List<ParetoFrontier.Point> pts = new ArrayList<>();
        dots.forEach(d -> pts.add(new ParetoFrontier.Point(d.label(), d.x(), d.y())));
        StringBuilder path = new StringBuilder();
        for (ParetoFrontier.Point p : ParetoFrontier.of(pts)) {
            path.append(String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + p.cost() / xMax * plotW,
                    TOP + plotH - clamp(p.accuracy()) * plotH));
        }
        s.append("<polyline points=\"").append(path.toString().strip()).append("\" class=\"pareto\"><title>Pareto "
                + "frontier (no other agent is both cheaper and more accurate)</title></polyline>");
    }

    /** A round upper bound for an axis: 1, 2, 2.5 or 5 times a power of ten, at least the value; 1 for 0. */
    static double niceMax(double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            return 1;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * mag >= v) {
                return m * mag;
            }
        }
        return 10 * mag;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
