package io.srebench.agent;

import io.srebench.trajectory.RunInfo;
import io.srebench.trajectory.Trajectory;
import io.srebench.trajectory.TrajectoryIO;
import io.srebench.trajectory.Turn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Streams a run as JSONL while it happens: header at start, a line per turn, footer at the end (flushed each time). */
public final class JsonlTrajectoryWriter implements TurnListener {
    private final Writer out;

    public JsonlTrajectoryWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void onStart(RunInfo run) {
        write(TrajectoryIO.headerLine(run));
    }

    @Override
    public void onTurn(Turn turn) {
        write(TrajectoryIO.turnLine(turn));
    }

    @Override
    public void onEnd(Trajectory trajectory) {
        write(TrajectoryIO.footerLine(trajectory));
    }

    private void write(String line) {
        try {
            out.write(line);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
