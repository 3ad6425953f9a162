package io.srebench.studio.launch;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.srebench.studio.kit.TestWindows;
import io.srebench.run.Workbench;
import io.srebench.store.SqliteStore;
import io.srebench.studio.app.FxBackgroundExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 13, item 5: the new-benchmark dialog closes with Cancel and with Escape. */
@ExtendWith(ApplicationExtension.class)
class NewBenchmarkDialogCloseTest {
    private Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("new-benchmark-close");
        TestWindows.show(stage, new TabPane(), 600, 400);
    }

    @Test
    void newBenchmarkDialogHasCancelAndEscape(FxRobot robot) throws Exception {
        Workbench wb = LaunchViewModelTest.workbench(dir);
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db")); FxBackgroundExecutor ex = new FxBackgroundExecutor(1)) {
            BenchmarkLauncher launcher = new BenchmarkLauncher(wb, store, ex, new TabPane(), () -> { }, w -> { });
            Stage[] dialog = new Stage[1];
            robot.interact(() -> dialog[0] = launcher.showDialog(stage));
            robot.clickOn("#launch-cancel");
            assertFalse(dialog[0].isShowing(), "Cancel closes the new-benchmark dialog");
            robot.interact(() -> dialog[0] = launcher.showDialog(stage));
            robot.clickOn("#launch-filter");
            robot.type(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(dialog[0].isShowing(), "Escape closes it");
            launcher.dispose();
        }
    }
}
