package io.srebench.studio.kit;

import io.srebench.store.SqliteStore;
import io.srebench.studio.MainWindow;
import io.srebench.studio.app.FxBackgroundExecutor;
import io.srebench.studio.inspector.InspectorView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The setup the studio TestFX tests share to look at a run in an {@link InspectorView}: a temporary directory holding
 * the {@link RunViewFixture} snapshot and a fresh SQLite store, a background executor, and the inspector last opened
 * (directly or through a {@link MainWindow}'s run opener). Tests hold it in an {@code @AutoClose} field.
 */
public final class OpenedInspector implements AutoCloseable {
    /** Width and height every inspector test shows its stage at. */
    public static final double WIDTH = 1260;
    public static final double HEIGHT = 760;

    private final Path snap;
    private final SqliteStore store;
    private final FxBackgroundExecutor executor = new FxBackgroundExecutor(2);
    private final AtomicInteger truthCalls = new AtomicInteger();
    private volatile InspectorView view;

    private OpenedInspector(Path snap, SqliteStore store) {
        this.snap = snap;
        this.store = store;
    }

    /** A temporary directory named after {@code prefix} with the fixture snapshot in {@code snap} and store {@code s.db}. */
    public static OpenedInspector create(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        Path snap = RunViewFixture.writeSnapshot(dir.resolve("snap"));
        return new OpenedInspector(snap, SqliteStore.open(dir.resolve("s.db")));
    }

    public SqliteStore store() {
        return store;
    }

    public Path snapshot() {
        return snap;
    }

    /** How many times the inspectors opened here asked for the ground truth. */
    public AtomicInteger truthCalls() {
        return truthCalls;
    }

    /** The inspector last opened, or null before any. */
    public InspectorView view() {
        return view;
    }

    /** Opens run {@code runId} at its first turn; the new view becomes {@link #view()}. */
    public InspectorView open(long runId) {
        view = InspectorView.open(context(), runId);
        return view;
    }

    /** Opens run {@code runId} at 1-based {@code turn}, or the default one when null; it becomes {@link #view()}. */
    public InspectorView open(long runId, Integer turn) {
        view = InspectorView.open(context(), runId, turn);
        return view;
    }

    private RunViewContext context() {
        return RunViewFixture.context(store, snap, executor, Ticker.fx(), truthCalls);
    }

    /** A main window on this store, as {@link TestWindows#mainWindow} makes it. */
    public MainWindow mainWindow() {
        return TestWindows.mainWindow(store);
    }

    /** Makes {@code window} open runs in inspectors of this fixture, each becoming {@link #view()}. */
    public MainWindow openingRunsHere(MainWindow window) {
        window.setRunOpener((c, runId, turn) -> new Tab("Run " + runId, open(runId, turn)));
        return window;
    }

    /** Shows {@code root} on {@code stage} at the size the inspector tests use. */
    public static void show(Stage stage, Parent root) {
        TestWindows.show(stage, root, WIDTH, HEIGHT);
    }

    /** Waits until an inspector has been opened and has settled, then for pending FX events. */
    public void settle() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view != null && view.isSettled());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() {
        executor.close();
        store.close();
    }
}
