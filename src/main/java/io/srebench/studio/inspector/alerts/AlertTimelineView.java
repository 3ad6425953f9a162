package io.srebench.studio.inspector.alerts;

import io.srebench.studio.kit.alerts.AlertRow;
import io.srebench.studio.kit.alerts.AlertTimeline;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * A small Gantt chart of the alerts: one bar per alert row from its start (activeAt, else first poll) to its
 * last poll, a tick per poll, and a cursor at the poll the current turn is at. Redrawn on resize and state change.
 */
public final class AlertTimelineView extends Pane {
    private static final double ROW = 22;
    private static final double TOP = 16;
    private static final double LEFT = 4;
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private AlertTimeline timeline = AlertTimeline.empty();
    private AlertsState state = AlertsState.empty();

    public AlertTimelineView() {
        getStyleClass().add("alert-timeline");
        setMinHeight(40);
        widthProperty().addListener((o, a, b) -> redraw());
    }

    /** Shows {@code t} at {@code s}. */
    public void show(AlertTimeline t, AlertsState s) {
        timeline = t;
        state = s;
        setPrefHeight(TOP + ROW * Math.max(1, t.rows().size()) + 6);
        redraw();
    }

    private void redraw() {
        getChildren().clear();
        double w = getWidth() - 2 * LEFT;
        if (timeline.isEmpty() || w <= 10 || timeline.start() == null || timeline.end() == null) {
            return;
        }
        Instant start = timeline.start();
        Instant end = timeline.end();
        double span = Math.max(1, Duration.between(start, end).toMillis());
        Text from = new Text(LEFT, 11, HM.format(start));
        Text to = new Text(0, 11, HM.format(end));
        to.setX(LEFT + w - to.getLayoutBounds().getWidth());
        from.getStyleClass().add("timeline-label");
        to.getStyleClass().add("timeline-label");
        getChildren().addAll(from, to);
        double height = TOP + ROW * timeline.rows().size();
        for (int i = 0; i < timeline.polls().size(); i++) {
            Instant at = timeline.timeOf(i);
            if (at != null) {
                double x = LEFT + w * Duration.between(start, at).toMillis() / span;
                Line tick = new Line(x, TOP - 3, x, height);
                tick.getStyleClass().add("timeline-poll");
                getChildren().add(tick);
            }
        }
        List<AlertRow> rows = timeline.rows();
        for (int r = 0; r < rows.size(); r++) {
            AlertRow row = rows.get(r);
            Instant s = row.start() == null ? start : row.start();
            Instant e = row.lastSeen() == null ? end : row.lastSeen();
            double x0 = LEFT + w * Duration.between(start, s).toMillis() / span;
            double x1 = LEFT + w * Duration.between(start, e).toMillis() / span;
            Text label = new Text(LEFT + 2, TOP + r * ROW + 9, row.name() + (row.entityValue() == null ? "" : " · "
                    + row.entityValue()));
            label.getStyleClass().add("timeline-row-label");
            getChildren().add(label);
            Rectangle bar = new Rectangle(x0, TOP + r * ROW + 12, Math.max(3, x1 - x0), ROW - 15);
            bar.getStyleClass().add("timeline-bar");
            if (state.firing().contains(row.key())) {
                bar.getStyleClass().add("firing");
            }
            if (state.lookedAt().contains(row.key())) {
                bar.getStyleClass().add("looked-at");
            }
            getChildren().add(bar);
        }
        if (state.at() != null) {
            double x = LEFT + w * Duration.between(start, state.at()).toMillis() / span;
            Line cursor = new Line(x, 0, x, height + 4);
            cursor.getStyleClass().add("timeline-cursor");
            cursor.setId("timeline-cursor");
            getChildren().add(cursor);
        }
    }
}
