package io.srebench.studio.kit;

import io.srebench.common.Text;
import io.srebench.task.Task;
import io.srebench.task.truth.GroundTruth;
import io.srebench.task.truth.RootCause;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * "Reveal ground truth" as the inspector and the comparison both offer it: a toggle, the task's ground truth loaded in
 * the background the first time it is switched on (once; later toggles reuse it), and a one-line note saying how many
 * root causes there are or why there are none. The view-model that owns it redraws on {@code changed}, which runs when
 * the toggle flips and when the ground truth arrives.
 */
public final class GroundTruthReveal {
    private final BooleanProperty reveal = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<GroundTruth> truth = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final Jobs jobs;
    private final Function<Task, GroundTruth> truths;
    private final Supplier<Task> task;
    private final BooleanSupplier runLoaded;
    private final Runnable changed;
    private boolean loading;

    /**
     * @param jobs the owner's background jobs (closing them drops a load in flight)
     * @param truths loads a task's ground truth (runs in the background)
     * @param task the run's task, null when it is not in the catalog or not known yet
     * @param runLoaded whether the run has been loaded: before that a missing task says nothing yet
     * @param changed redraws what depends on the revealed root causes
     */
    public GroundTruthReveal(Jobs jobs, Function<Task, GroundTruth> truths, Supplier<Task> task, BooleanSupplier runLoaded,
                             Runnable changed) {
        this.jobs = jobs;
        this.truths = truths;
        this.task = task;
        this.runLoaded = runLoaded;
        this.changed = changed;
        reveal.addListener((o, a, b) -> {
            if (b) {
                load();
            }
            changed.run();
        });
    }

    private void load() {
        if (truth.get() != null || loading) {
            return;
        }
        Task t = task.get();
        if (t == null) {
            note.set(runLoaded.getAsBoolean() ? "no ground truth: task not in the catalog" : "");
            return;
        }
        loading = true;
        jobs.submit("ground truth", () -> truths.apply(t), gt -> {
            loading = false;
            truth.set(gt);
            note.set(gt.rootCauses().size() + " root cause(s)");
            changed.run();
        }, e -> {
            loading = false;
            note.set("ground truth unavailable: " + Text.firstLine(e));
        });
    }

    /** The root causes to mark: the ground truth's while revealed and loaded, else null. */
    public List<RootCause> shownRootCauses() {
        GroundTruth gt = truth.get();
        return reveal.get() && gt != null ? gt.rootCauses() : null;
    }

    public BooleanProperty revealProperty() {
        return reveal;
    }

    public ReadOnlyObjectProperty<GroundTruth> groundTruthProperty() {
        return truth.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
