package io.srebench.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.run.NewRun;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.ScoreRecord;
import io.srebench.store.SqliteStore;
import io.srebench.studio.kit.OpenedInspector;
import io.srebench.studio.kit.RunViewFixture;
import io.srebench.studio.inspector.InspectorView;
import java.time.Instant;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 13, item 11: after the demo the studio opens the best partial-score run with its key guide. */
@ExtendWith(ApplicationExtension.class)
class FirstLaunchTest {
    @AutoClose
    private OpenedInspector fixture;
    private SqliteStore store;
    private MainWindow window;
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
        fixture = OpenedInspector.create("first-launch");
        store = fixture.store();
        scored("zero", 0.0);
        partial = scored("partial", 0.5);
        scored("perfect", 1.0);
        window = fixture.openingRunsHere(fixture.mainWindow());
        OpenedInspector.show(stage, window);
    }

    @Test
    void opensTheBestPartialRunWithTheKeyGuide(FxRobot robot) throws Exception {
        robot.interact(window::openMostInteresting);
        fixture.settle();
        InspectorView opened = fixture.view();
        assertEquals(partial, opened.viewModel().summaryProperty().get().id());
        assertTrue(opened.isHelpVisible(), "the one-screen key guide is shown");
        Shots.take(robot, window, "first-launch-after-demo");
    }
}
