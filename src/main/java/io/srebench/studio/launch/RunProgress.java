package io.srebench.studio.launch;

import io.srebench.trajectory.RunStatus;
import io.srebench.run.RunSummary;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One run of a benchmark in the progress view: its status and turn count follow the runner's events. */
public final class RunProgress {
    private final long runId;
    private final String taskId;
    private final String agent;
    private final int repeat;
    private final ObjectProperty<RunStatus> status = new SimpleObjectProperty<>();
    private final IntegerProperty turns = new SimpleIntegerProperty();
    private final ObjectProperty<Double> score = new SimpleObjectProperty<>();
    private final ObjectProperty<String> error = new SimpleObjectProperty<>();

    public RunProgress(RunSummary r) {
        this.runId = r.id();
        this.taskId = r.taskId();
        this.agent = r.agent();
        this.repeat = r.repeat();
        update(r);
    }

    /** Takes status, turns and score from a fresher summary of the same run. */
    void update(RunSummary r) {
        status.set(r.status());
        turns.set(r.turns());
        score.set(r.score());
        error.set(r.errorSummary());
    }

    /** The stored error reason with the retry history, or null. */
    public ObjectProperty<String> errorProperty() {
        return error;
    }

    public long runId() {
        return runId;
    }

    public String taskId() {
        return taskId;
    }

    public String agent() {
        return agent;
    }

    public int repeat() {
        return repeat;
    }

    public ObjectProperty<RunStatus> statusProperty() {
        return status;
    }

    public IntegerProperty turnsProperty() {
        return turns;
    }

    public ObjectProperty<Double> scoreProperty() {
        return score;
    }

    /** Sort rank: running first, then queued, then finished. */
    int rank() {
        RunStatus s = status.get();
        if (s == RunStatus.RUNNING) {
            return 0;
        }
        return s == RunStatus.QUEUED ? 1 : 2;
    }
}
