package io.srebench.studio.kit;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/**
 * Calls something periodically on the UI thread (the live-run poll). The FX implementation is a
 * {@link Timeline}; view-model tests use a manual ticker and call the tick themselves. A tick must only
 * submit work to the background executor, never wait for I/O.
 */
@FunctionalInterface
public interface Ticker {
    /**
     * Starts calling {@code tick} every {@code period}.
     *
     * @return stops the ticking (idempotent)
     */
    Runnable every(Duration period, Runnable tick);

    /** A ticker on the JavaFX animation timer; needs a running toolkit when {@link #every} is called. */
    static Ticker fx() {
        return (period, tick) -> {
            Timeline t = new Timeline(new KeyFrame(javafx.util.Duration.millis(period.toMillis()), e -> tick.run()));
            t.setCycleCount(Animation.INDEFINITE);
            t.play();
            return t::stop;
        };
    }
}
