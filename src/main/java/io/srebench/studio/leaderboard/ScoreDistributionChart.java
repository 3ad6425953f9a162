package io.srebench.studio.leaderboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * The leaderboard's "score distribution per task" chart, drawn from a {@link ScoreDistribution.Chart}: one column
 * per task (hardest first), in it one slot per agent (the agent's colour, as in the other charts) with a dot per run
 * (equal scores spread sideways), the mean as a short horizontal bar, the min-max range as a thin vertical line and,
 * for cells with enough runs, a quartile box. The x labels are the task numbers (rotated when they do not fit,
 * thinned when even rotated they would overlap); hovering a column shows the task id and every score in it.
 * Nodes carry style classes {@code distribution-dot}, {@code distribution-mean}, {@code distribution-range},
 * {@code distribution-box}, {@code distribution-task} and the {@link ScoreDistribution.Cell} as user data.
 */
public final class ScoreDistributionChart extends Region {
    /** The modena / Primer chart palette, so an agent has the same colour as in the other leaderboard charts. */
    private static final Color[] PALETTE = {Color.web("#f3622d"), Color.web("#fba71b"), Color.web("#57b757"),
        Color.web("#41a9c9"), Color.web("#4258c9"), Color.web("#9a42c8"), Color.web("#c84164"), Color.web("#888888")};
    private static final Color GRID = Color.rgb(128, 128, 128, 0.28);
    private static final Color AXIS = Color.rgb(128, 128, 128, 0.85);
    private static final Color BAND = Color.rgb(128, 128, 128, 0.07);
    /** Scores are in [0, 1]; a little room above and below so dots at 0 and 1 are not cut. */
    private static final double LOW = -0.06;
    private static final double HIGH = 1.06;
    private static final double[] TICKS = {0, 0.25, 0.5, 0.75, 1};
    private static final double GAP = 6;

    private final Label title = new Label();
    private final Label yCaption = new Label("score");
    private final Label xCaption = new Label();
    private final Label empty = new Label("No scored runs yet");
    private final HBox legend = new HBox(14);
    private final List<Label> yTicks = new ArrayList<>();
    private final List<Line> grid = new ArrayList<>();
    private final Line xAxis = new Line();
    private final Line yAxis = new Line();
    private final List<Column> columns = new ArrayList<>();
    private ScoreDistribution.Chart chart = new ScoreDistribution.Chart(List.of(), List.of());
    /** Most runs with one same score in any cell: sizes the dots so that such a row of dots fits its slot. */
    private int maxTies = 1;

    /** The nodes of one task column. */
    private record Column(ScoreDistribution.TaskColumn task, Rectangle band, Label label, List<CellNodes> cells) {
    }

    /** The nodes of one task x agent cell. */
    private record CellNodes(ScoreDistribution.Cell cell, Line range, Rectangle box, Line median, Line mean,
                             List<Circle> dots) {
    }

    public ScoreDistributionChart(String titleText) {
        getStyleClass().add("score-distribution");
        title.setText(titleText);
        title.getStyleClass().add("chart-title");
        title.setStyle("-fx-font-size: 1.4em;");
        yCaption.setRotate(-90);
        yCaption.getStyleClass().add("axis-label");
        xCaption.getStyleClass().add("axis-label");
        legend.setAlignment(Pos.CENTER);
        legend.getStyleClass().add("chart-legend");
        empty.setVisible(false);
        for (double t : TICKS) {
            Label l = new Label(String.format(Locale.ROOT, "%.2f", t));
            l.getStyleClass().add("tick-label");
            l.setStyle("-fx-font-size: 0.85em;");
            yTicks.add(l);
            Line g = new Line();
            g.setStroke(GRID);
            g.getStrokeDashArray().setAll(4.0, 3.0);
            grid.add(g);
        }
        xAxis.setStroke(AXIS);
        yAxis.setStroke(AXIS);
        setMinSize(200, 160);
        setPrefSize(600, 320);
        show(chart);
    }

    /** The data shown. */
    public ScoreDistribution.Chart chart() {
        return chart;
    }

    /** Replaces what is drawn by {@code data}. */
    public void show(ScoreDistribution.Chart data) {
        chart = data;
        maxTies = 1;
        for (ScoreDistribution.TaskColumn t : data.tasks()) {
            for (ScoreDistribution.Cell c : t.cells()) {
                maxTies = Math.max(maxTies, ties(c));
            }
        }
        columns.clear();
        getChildren().clear();
        getChildren().addAll(grid);
        for (int i = 0; i < data.tasks().size(); i++) {
            ScoreDistribution.TaskColumn t = data.tasks().get(i);
            Rectangle band = new Rectangle();
            band.setFill(i % 2 == 0 ? BAND : Color.TRANSPARENT);
            band.getStyleClass().add("distribution-task");
            Tooltip tip = new Tooltip(describe(t, data.agents()));
            tip.setShowDelay(Duration.millis(150));
            tip.setShowDuration(Duration.seconds(30));
            Tooltip.install(band, tip);
            Label label = new Label(t.label());
            label.getStyleClass().addAll("tick-label", "distribution-task-label");
            label.setStyle("-fx-font-size: 0.85em;");
            label.setTooltip(new Tooltip(t.taskId()));
            getChildren().addAll(band, label);
            List<CellNodes> cells = new ArrayList<>();
            for (ScoreDistribution.Cell c : t.cells()) {
                cells.add(cellNodes(c));
            }
            columns.add(new Column(t, band, label, cells));
        }
        getChildren().addAll(xAxis, yAxis);
        getChildren().addAll(yTicks);
        for (Column col : columns) {
            for (CellNodes cn : col.cells()) {
                getChildren().add(cn.range());
                if (cn.box() != null) {
                    getChildren().addAll(cn.box(), cn.median());
                }
                // the mean under the dots (it sticks out on both sides), so that it never hides a run
                getChildren().add(cn.mean());
                getChildren().addAll(cn.dots());
            }
        }
        legend.getChildren().clear();
        for (int i = 0; i < data.agents().size(); i++) {
            Label l = new Label(data.agents().get(i), new Circle(4.5, colour(i)));
            l.getStyleClass().add("chart-legend-item");
            legend.getChildren().add(l);
        }
        xCaption.setText(data.tasks().isEmpty() ? "task" : "task (hardest first: lowest mean over all runs on the left;"
                + " hover a column for the task id and its scores)");
        empty.setVisible(data.tasks().isEmpty());
        getChildren().addAll(title, yCaption, xCaption, legend, empty);
        requestLayout();
    }

    private CellNodes cellNodes(ScoreDistribution.Cell c) {
        Color colour = colour(c.agentIndex());
        Line range = mark(new Line(), c, "distribution-range");
        range.setStroke(colour.deriveColor(0, 1, 0.8, 0.8));
        range.setStrokeWidth(1.2);
        Rectangle box = null;
        Line median = null;
        if (c.quartiles() != null) {
            box = mark(new Rectangle(), c, "distribution-box");
            box.setFill(colour.deriveColor(0, 1, 1, 0.18));
            box.setStroke(colour.deriveColor(0, 1, 0.8, 0.9));
            median = mark(new Line(), c, "distribution-median");
            median.setStroke(colour.deriveColor(0, 1, 0.8, 0.9));
        }
        List<Circle> dots = new ArrayList<>();
        for (ScoreDistribution.Dot ignored : c.dots()) {
            Circle dot = mark(new Circle(), c, "distribution-dot");
            dot.setFill(colour.deriveColor(0, 1, 1, 0.85));
            dot.setStroke(Color.rgb(255, 255, 255, 0.9));
            dot.setStrokeWidth(0.8);
            dots.add(dot);
        }
        Line mean = mark(new Line(), c, "distribution-mean");
        mean.setStroke(colour.deriveColor(0, 1, 0.5, 1));
        mean.setStrokeWidth(2);
        return new CellNodes(c, range, box, median, mean, dots);
    }

    /** Marks and dots let the mouse through to the task band under them (its tooltip covers the whole column). */
    private static <T extends Node> T mark(T node, ScoreDistribution.Cell c, String styleClass) {
        node.getStyleClass().add(styleClass);
        node.setUserData(c);
        node.setMouseTransparent(true);
        node.setManaged(false);
        return node;
    }

    private static int ties(ScoreDistribution.Cell c) {
        int most = 1;
        for (ScoreDistribution.Dot d : c.dots()) {
            most = Math.max(most, (int) c.dots().stream().filter(o -> Math.abs(o.score() - d.score()) < 1e-6).count());
        }
        return most;
    }

    static Color colour(int agentIndex) {
        return PALETTE[Math.floorMod(agentIndex, PALETTE.length)];
    }

    static String describe(ScoreDistribution.TaskColumn t, List<String> agents) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s · mean %.3f over %d runs", t.taskId(),
                t.mean(), t.runs()));
        for (ScoreDistribution.Cell c : t.cells()) {
            sb.append('\n').append(c.agent()).append(':');
            for (ScoreDistribution.Dot d : c.dots()) {
                sb.append(String.format(Locale.ROOT, " %.3f", d.score()));
            }
            sb.append(String.format(Locale.ROOT, "  (mean %.3f)", c.mean()));
        }
        return sb.toString();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double left = in.getLeft() + 4;
        double right = getWidth() - in.getRight() - 8;
        double top = in.getTop() + 4;
        double bottom = getHeight() - in.getBottom() - 4;
        double th = title.prefHeight(-1);
        layoutInArea(title, left, top, right - left, th, 0, HPos.CENTER, VPos.TOP);
        top += th + GAP;
        double lh = legend.prefHeight(-1);
        layoutInArea(legend, left, bottom - lh, right - left, lh, 0, HPos.CENTER, VPos.CENTER);
        bottom -= lh + GAP;
        double ch = xCaption.prefHeight(-1);
        layoutInArea(xCaption, left, bottom - ch, right - left, ch, 0, HPos.CENTER, VPos.CENTER);
        bottom -= ch + 2;
        // y caption (rotated about its centre) and tick labels on the left
        double yw = yCaption.prefWidth(-1);
        double yh = yCaption.prefHeight(-1);
        double tickW = 0;
        for (Label l : yTicks) {
            tickW = Math.max(tickW, l.prefWidth(-1));
        }
        double plotLeft = left + yh + 4 + tickW + 4;
        double plotRight = right;
        double slot = columns.isEmpty() ? 0 : (plotRight - plotLeft) / columns.size();
        // x labels: horizontal when the widest fits in a column, else rotated; thinned when still too dense
        double labelW = 0;
        double labelH = 0;
        for (Column c : columns) {
            labelW = Math.max(labelW, c.label().prefWidth(-1));
            labelH = Math.max(labelH, c.label().prefHeight(-1));
        }
        boolean rotate = labelW > slot - 2;
        double labelsH = rotate ? labelW : labelH;
        int every = slot <= 0 ? 1 : (int) Math.ceil((rotate ? labelH : labelW + 4) / slot);
        double plotBottom = bottom - labelsH - 4;
        double plotTop = top;
        yCaption.resize(yw, yh);
        yCaption.relocate(left + yh / 2 - yw / 2, (plotTop + plotBottom) / 2 - yh / 2);
        for (int i = 0; i < TICKS.length; i++) {
            double y = y(TICKS[i], plotTop, plotBottom);
            Label l = yTicks.get(i);
            double w = l.prefWidth(-1);
            double h = l.prefHeight(-1);
            l.resizeRelocate(plotLeft - 4 - w, y - h / 2, w, h);
            Line g = grid.get(i);
            g.setStartX(plotLeft);
            g.setEndX(plotRight);
            g.setStartY(snap(y));
            g.setEndY(snap(y));
        }
        xAxis.setStartX(plotLeft);
        xAxis.setEndX(plotRight);
        xAxis.setStartY(snap(plotBottom));
        xAxis.setEndY(snap(plotBottom));
        yAxis.setStartX(snap(plotLeft));
        yAxis.setEndX(snap(plotLeft));
        yAxis.setStartY(plotTop);
        yAxis.setEndY(plotBottom);
        int agents = Math.max(1, chart.agents().size());
        for (int i = 0; i < columns.size(); i++) {
            Column col = columns.get(i);
            double x0 = plotLeft + i * slot;
            col.band().setX(x0);
            col.band().setY(plotTop);
            col.band().setWidth(slot);
            col.band().setHeight(Math.max(0, plotBottom - plotTop));
            Label l = col.label();
            l.setVisible(i % every == 0);
            double w = l.prefWidth(-1);
            double h = l.prefHeight(-1);
            l.resize(w, h);
            l.setRotate(rotate ? -90 : 0);
            double cx = x0 + slot / 2;
            // rotated about its centre: the text then ends just under the axis
            l.relocate(cx - w / 2, rotate ? plotBottom + 4 + w / 2 - h / 2 : plotBottom + 4);
            double sub = slot / agents;
            for (CellNodes cn : col.cells()) {
                double center = x0 + sub * (Math.min(cn.cell().agentIndex(), agents - 1) + 0.5);
                placeCell(cn, center, sub, plotTop, plotBottom);
            }
        }
        double ew = empty.prefWidth(-1);
        double eh = empty.prefHeight(-1);
        empty.resizeRelocate((plotLeft + plotRight - ew) / 2, (plotTop + plotBottom - eh) / 2, ew, eh);
    }

    private void placeCell(CellNodes cn, double center, double sub, double plotTop, double plotBottom) {
        ScoreDistribution.Cell c = cn.cell();
        // a row of maxTies equal dots, centres 1.5 radii apart, must fit the agent's slot (less a pixel each side)
        double radius = Math.max(1.5, Math.min(Math.min(4, sub / 4.5), (sub - 2) / (2 + 1.5 * (maxTies - 1))));
        double spread = 1.5 * radius * (maxTies - 1);
        double half = Math.max(4, Math.min(sub * 0.48, spread / 2 + radius + 3));
        cn.range().setStartX(snap(center));
        cn.range().setEndX(snap(center));
        cn.range().setStartY(y(c.min(), plotTop, plotBottom));
        cn.range().setEndY(y(c.max(), plotTop, plotBottom));
        if (cn.box() != null) {
            double q3 = y(c.quartiles().q3(), plotTop, plotBottom);
            double q1 = y(c.quartiles().q1(), plotTop, plotBottom);
            cn.box().setX(center - half * 0.8);
            cn.box().setWidth(half * 1.6);
            cn.box().setY(q3);
            cn.box().setHeight(Math.max(1, q1 - q3));
            double m = y(c.quartiles().median(), plotTop, plotBottom);
            cn.median().setStartX(center - half * 0.8);
            cn.median().setEndX(center + half * 0.8);
            cn.median().setStartY(m);
            cn.median().setEndY(m);
        }
        for (int k = 0; k < cn.dots().size(); k++) {
            ScoreDistribution.Dot d = c.dots().get(k);
            Circle dot = cn.dots().get(k);
            dot.setRadius(radius);
            dot.setCenterX(center + d.jitter() * spread);
            dot.setCenterY(y(d.score(), plotTop, plotBottom));
        }
        double m = snap(y(c.mean(), plotTop, plotBottom));
        cn.mean().setStartX(center - half);
        cn.mean().setEndX(center + half);
        cn.mean().setStartY(m);
        cn.mean().setEndY(m);
    }

    private static double y(double score, double plotTop, double plotBottom) {
        return plotBottom - (score - LOW) / (HIGH - LOW) * (plotBottom - plotTop);
    }

    /** Half-pixel alignment keeps 1 px lines crisp. */
    private static double snap(double v) {
        return Math.floor(v) + 0.5;
    }
}
