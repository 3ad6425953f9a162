package io.srebench.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.run.NewRun;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.ScoreRecord;
import io.srebench.store.SqliteStore;
import io.srebench.studio.app.BackgroundExecutor;
import io.srebench.studio.app.FxBackgroundExecutor;
import io.srebench.studio.app.StudioContext;
import io.srebench.studio.app.StudioSettings;
import io.srebench.studio.kit.RunViewFixture;
import io.srebench.studio.inspector.InspectorView;
import io.srebench.studio.kit.Ticker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 13, item 11: after the demo the studio opens the best partial-score run with its key guide. */
@ExtendWith(ApplicationExtension.class)
class FirstLaunchTest {
    private SqliteStore store;
    private FxBackgroundExecutor executor;
    private MainWindow window;
    private InspectorView opened;
    private long partial;

    private long scored(String agent, double score) {
        long id = store.createRun(new NewRun(0, RunViewFixture.TASK_ID, agent, null, 1, "{}"));
        store.markRunning(id, "process", Instant.now());
        RunViewFixture.appendTurns(store, id, RunViewFixture.turns(), 0);
        store.finishRun(id, RunStatus.DONE, null, "[]", Instant.now());
        store.putScore(id, new ScoreRecord("set", score, 1, 1, "{}"), true);
        return id;
    }

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("first-launch");
        Path snap = RunViewFixture.writeSnapshot(dir.resolve("snap"));
        store = SqliteStore.open(dir.resolve("s.db"));
        scored("zero", 0.0);
        partial = scored("partial", 0.5);
        scored("perfect", 1.0);
        executor = new FxBackgroundExecutor(2);
        window = new MainWindow(new StudioContext(store, BackgroundExecutor.direct(), StudioSettings.inMemory(),
                Path.of(System.getProperty("user.dir"), "tasks")));
        window.setRunOpener((c, id, turn) -> {
            opened = InspectorView.open(RunViewFixture.context(store, snap, executor, Ticker.fx(), new AtomicInteger()),
                    id, turn);
            return new Tab("Run " + id, opened);
        });
        stage.setScene(new Scene(window, 1260, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        executor.close();
        store.close();
    }

    @Test
    void opensTheBestPartialRunWithTheKeyGuide(FxRobot robot) throws Exception {
        robot.interact(window::openMostInteresting);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> opened != null && opened.isSettled());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(partial, opened.viewModel().summaryProperty().get().id());
        assertTrue(opened.isHelpVisible(), "the one-screen key guide is shown");
        Shots.take(robot, window, "first-launch-after-demo");
    }
}
