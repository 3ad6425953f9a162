package io.srebench.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.srebench.run.Annotation;
import io.srebench.run.AnnotationLabel;
import io.srebench.store.SqliteStore;
import io.srebench.studio.app.StudioView;
import io.srebench.studio.kit.OpenedInspector;
import io.srebench.studio.kit.TestWindows;
import io.srebench.studio.leaderboard.LeaderboardViewModelTest;
import java.nio.file.Files;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 13, item 10: a label saved after the leaderboard loaded shows when its tab is opened, without Refresh. */
@ExtendWith(ApplicationExtension.class)
class LabelsFreshOnTabTest {
    @AutoClose
    private SqliteStore store;
    private MainWindow window;
    private long run;

    @Start
    void start(Stage stage) throws Exception {
        store = SqliteStore.open(Files.createTempDirectory("labels-fresh").resolve("s.db"));
        run = LeaderboardViewModelTest.scored(store, "t1", "agent", 1, 0.5, 0.01, 2);
        window = TestWindows.mainWindow(store);
        OpenedInspector.show(stage, window);
    }

    @Test
    void falsePositiveChartFollowsLabelsSavedElsewhere(FxRobot robot) {
        assertEquals(0, window.leaderboardView().falsePositiveChart().getData().size());
        store.saveAnnotation(new Annotation(0, run, "ns/Pod/x", AnnotationLabel.UNRELATED, null, null, "me", null, null));
        robot.interact(() -> window.select(StudioView.LEADERBOARD));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.leaderboardView().falsePositiveChart().getData().size());
    }
}
