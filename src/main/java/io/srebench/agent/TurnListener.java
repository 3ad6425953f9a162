package io.srebench.agent;

import io.srebench.trajectory.RunInfo;
import io.srebench.trajectory.Trajectory;
import io.srebench.trajectory.Turn;

/**
 * Hears a run as it happens (the CLI streams turns, the store persists them). Called on the loop's thread;
 * an exception thrown here ends the run as errored.
 */
public interface TurnListener {
    TurnListener NONE = new TurnListener() {
    };

    default void onStart(RunInfo run) {
    }

    default void onTurn(Turn turn) {
    }

    default void onEnd(Trajectory trajectory) {
    }
}
