package io.srebench.studio.app;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.SplitPane;
import javafx.util.Duration;

/**
 * Remembers where a person left a split pane's dividers: restored when the view opens, saved (once the
 * dragging settles) to {@link StudioSettings} under {@code key}.
 */
public final class SplitMemory {
    private SplitMemory() {
    }

    /** Restores {@code split}'s dividers and keeps saving them; the listeners go with {@code subs}. */
    public static void bind(SplitPane split, String key, StudioSettings settings, Subscriptions subs) {
        List<SplitPane.Divider> dividers = split.getDividers();
        for (int i = 0; i < dividers.size(); i++) {
            double fallback = dividers.get(i).getPosition();
            dividers.get(i).setPosition(settings.divider(key + "." + i, fallback));
        }
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
        subs.add(settle::stop);
    }
}
