package io.srebench.studio.app;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.util.Duration;

/**
 * Remembers where a person left a split pane's dividers: restored when the view opens, saved (once the
 * dragging settles) to {@link StudioSettings} under {@code key}. A remembered position is a fraction of the
 * width (height) it was left at; on a narrower window, or after a pane got a larger minimum, it could squeeze
 * a pane below its minimum size, so whenever the split is resized the dividers are moved just enough that every
 * pane keeps its minimum (see {@link #clamp(SplitPane)}).
 */
public final class SplitMemory {
    /** Room taken by one divider, counted with the pane before it. */
    private static final double DIVIDER = 8;

    private SplitMemory() {
    }

    /** Restores {@code split}'s dividers and keeps saving them; the listeners go with {@code subs}. */
    public static void bind(SplitPane split, String key, StudioSettings settings, Subscriptions subs) {
        List<SplitPane.Divider> dividers = split.getDividers();
        for (int i = 0; i < dividers.size(); i++) {
            double fallback = dividers.get(i).getPosition();
            dividers.get(i).setPosition(settings.divider(key + "." + i, fallback));
        }
        clamp(split);
        PauseTransition settle = new PauseTransition(Duration.millis(400));
        settle.setOnFinished(e -> {
            for (int i = 0; i < dividers.size(); i++) {
                settings.setDivider(key + "." + i, dividers.get(i).getPosition());
            }
        });
        ChangeListener<Number> moved = (o, a, b) -> settle.playFromStart();
        for (SplitPane.Divider d : dividers) {
            subs.onChange(d.positionProperty(), moved);
        }
        ChangeListener<Number> resized = (o, a, b) -> clamp(split);
        subs.onChange(split.getOrientation() == Orientation.HORIZONTAL ? split.widthProperty() : split.heightProperty(),
                resized);
        subs.add(settle::stop);
    }

    /**
     * Moves the dividers of a laid-out split pane so that each pane gets at least its minimum size along the split
     * (when the split is too small for all minimums, the panes on the right / bottom keep theirs first). Does nothing
     * before the split has a size. Returns whether a divider moved.
     */
    public static boolean clamp(SplitPane split) {
        boolean horizontal = split.getOrientation() == Orientation.HORIZONTAL;
        double total = horizontal ? split.getWidth() : split.getHeight();
        List<Node> items = split.getItems();
        List<SplitPane.Divider> dividers = split.getDividers();
        if (total <= 0 || dividers.size() != items.size() - 1 || dividers.isEmpty()) {
            return false;
        }
        double[] min = new double[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Node n = items.get(i);
            min[i] = ((horizontal ? n.minWidth(-1) : n.minHeight(-1)) + DIVIDER) / total;
        }
        double[] p = new double[dividers.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = dividers.get(i).getPosition();
        }
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.max(p[i], (i == 0 ? 0 : p[i - 1]) + min[i]);
        }
        // right to left last: when not everything fits, the later panes keep their minimum
        for (int i = p.length - 1; i >= 0; i--) {
            p[i] = Math.max(0, Math.min(p[i], (i == p.length - 1 ? 1 : p[i + 1]) - min[i + 1]));
        }
        boolean moved = false;
        for (int i = 0; i < p.length; i++) {
            if (Math.abs(p[i] - dividers.get(i).getPosition()) > 1e-9) {
                dividers.get(i).setPosition(p[i]);
                moved = true;
            }
        }
        return moved;
    }
}
