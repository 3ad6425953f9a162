package io.srebench.studio.app;

import io.srebench.common.Text;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The main window's state, which its view only binds to: the selected view (by identity), the status line, the
 * progress of long work (the baselines), and the notices to show as dialogs. The window's actions
 * ({@code io.srebench.studio.actions}) run their work on the context's background executor and report here.
 *
 * <p>Opening a run and asking a yes/no question need the view: it plugs in a {@link RunOpener} and a confirmer.
 */
public final class MainWindowViewModel {
    /** How a notice is shown. */
    public enum NoticeKind { ERROR, WARNING, INFORMATION }

    /**
     * Something to tell the user in a dialog.
     *
     * @param header the dialog's header
     * @param text its body (an error's is one line)
     */
    public record Notice(NoticeKind kind, String header, String text) {
    }

    /** Opens a run in an inspector tab. */
    public interface RunOpener {
        /** @param keyGuide show the inspector's key guide (the first run a newcomer sees) */
        void open(long runId, boolean keyGuide);
    }

    private final StudioContext ctx;
    private final ObjectProperty<StudioView> selected = new SimpleObjectProperty<>(StudioView.RUNS);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private final List<Runnable> refreshers = new ArrayList<>();
    private final Map<StudioView, Runnable> onShown = new EnumMap<>(StudioView.class);
    private RunOpener runOpener = (id, guide) -> { };
    private BiPredicate<String, String> confirmer = (header, text) -> false;

    public MainWindowViewModel(StudioContext ctx) {
        this.ctx = ctx;
        status.set(ctx.workbench().map(w -> w.catalog().size() + " tasks in " + w.catalog().dir())
                .orElse("tasks unavailable: " + ctx.workbenchProblem()));
        selected.addListener((o, a, b) -> {
            Runnable r = b == null ? null : onShown.get(b);
            if (r != null) {
                r.run();
            }
        });
    }

    public StudioContext context() {
        return ctx;
    }

    /** Adds what {@link #refresh()} reloads (the runs browser, the matrix, the leaderboard). */
    public void addRefresher(Runnable r) {
        refreshers.add(r);
    }

    /**
     * Reloads {@code view} each time it is selected: labels saved in an inspector since the last load then show on the
     * leaderboard and the matrix (the false-positive chart was stale until Refresh: issue 13, item 10).
     */
    public void refreshWhenShown(StudioView view, Runnable reload) {
        onShown.put(view, reload);
    }

    /** Reloads every overview from the store. */
    public void refresh() {
        refreshers.forEach(Runnable::run);
    }

    /** The view of the selected tab; set it to select a fixed view's tab. */
    public ObjectProperty<StudioView> selectedProperty() {
        return selected;
    }

    public void select(StudioView view) {
        selected.set(view);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void setStatus(String text) {
        status.set(text);
    }

    /** A warning line in the status bar (the sandbox fell back, a benchmark warned). */
    public void warn(String warning) {
        status.set("WARNING: " + warning);
    }

    /** Whether long work with a progress bar is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The long work's progress, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Shows progress of long work, or hides it with {@code fraction} null. */
    public void setProgress(Double fraction) {
        busy.set(fraction != null);
        if (fraction != null) {
            progress.set(fraction);
        }
    }

    /** The latest notice; each new one is a new value, which the view shows as a dialog. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void notify(Notice n) {
        // through null: a notice equal to the previous one (the same error twice) is still a change, and shows again
        notice.set(null);
        notice.set(n);
    }

    /** An error dialog: the header says what failed, the text is the cause's first line. */
    public void error(String header, Throwable cause) {
        notify(new Notice(NoticeKind.ERROR, header, Text.firstLine(cause)));
    }

    public void setRunOpener(RunOpener opener) {
        this.runOpener = opener;
    }

    public void openRun(long runId, boolean keyGuide) {
        runOpener.open(runId, keyGuide);
    }

    /** Plugs in the yes/no question (the view shows a modal dialog; tests answer directly). */
    public void setConfirmer(BiPredicate<String, String> confirmer) {
        this.confirmer = confirmer;
    }

    /** Asks a yes/no question; false when nothing can ask. */
    public boolean confirm(String header, String text) {
        return confirmer.test(header, text);
    }

}
