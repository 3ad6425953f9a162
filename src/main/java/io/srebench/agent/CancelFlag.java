package io.srebench.agent;

import java.util.concurrent.atomic.AtomicBoolean;

/** Asks a running loop to stop. Checked between turns; a turn in progress finishes first. */
public final class CancelFlag {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }
}
