package io.srebench.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.studio.kit.TestWindows;
import io.srebench.run.RunQuery;
import io.srebench.store.SqliteStore;
import io.srebench.studio.app.MainWindowViewModel;
import io.srebench.studio.app.MainWindowViewModel.NoticeKind;
import io.srebench.studio.app.StudioView;
import io.srebench.studio.leaderboard.LeaderboardViewModelTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window binds to its view-model: the actions report there (a failure is a one-line error dialog and leaves
 * the store as it was), and tabs are selected by their view, whatever their order.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowViewModelTest {
    private Path dir;
    @AutoClose
    private SqliteStore store;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("main-vm");
        store = SqliteStore.open(dir.resolve("s.db"));
        LeaderboardViewModelTest.scored(store, "t1", "agent", 1, 0.5, 0.01, 2);
        window = TestWindows.mainWindow(store);
        window.setRunOpener((c, id, turn) -> new Tab("Run " + id, new Pane()));
        TestWindows.show(stage, window, 1200, 700);
    }

    private String dialogText(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
    }

    @Test
    void aFileThatIsNoRunIsRefusedInOneLineAndTheStoreIsUnchanged(FxRobot robot) throws Exception {
        int before = store.list(RunQuery.all()).size();
        Path bad = Files.writeString(dir.resolve("notes.json"), "{\"hello\": [1, 2,\n  3\n");
        robot.interact(() -> window.importFiles(List.of(bad)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, store.list(RunQuery.all()).size(), "nothing of the refused file is kept");
        MainWindowViewModel.Notice n = window.viewModel().noticeProperty().get();
        assertNotNull(n, "the refusal is shown");
        assertEquals(NoticeKind.WARNING, n.kind());
        String text = dialogText(robot).strip();
        assertFalse(text.contains("\n"), "one line: " + text);
        assertTrue(text.contains("notes.json"), text);
        assertEquals("imported 0 run(s)", window.viewModel().statusProperty().get());
    }

    @Test
    void aReportThatCannotBeWrittenIsAOneLineErrorDialog(FxRobot robot) {
        Path nowhere = dir.resolve("no-such-dir").resolve("report.html");
        robot.interact(() -> window.exportHtml(nowhere));
        WaitForAsyncUtils.waitForFxEvents();
        MainWindowViewModel.Notice n = window.viewModel().noticeProperty().get();
        assertNotNull(n);
        assertEquals(NoticeKind.ERROR, n.kind());
        assertEquals("Cannot write the HTML report", n.header());
        String text = dialogText(robot);
        assertFalse(text.isBlank() || text.contains("\n"), "one line: " + text);
        assertTrue(text.contains("no-such-dir"), text);
        assertFalse(Files.exists(nowhere));
        assertEquals("the HTML report was not written", window.viewModel().statusProperty().get());
    }

    @Test
    void tabsAreSelectedByTheirViewNotTheirPlace(FxRobot robot) {
        MainWindowViewModel vm = window.viewModel();
        // put the leaderboard first: selecting by index would now pick the runs browser
        robot.interact(() -> {
            Tab lb = window.tabs().getTabs().remove(2);
            window.tabs().getTabs().add(0, lb);
        });
        robot.interact(() -> window.select(StudioView.LEADERBOARD));
        assertSame(StudioView.LEADERBOARD, window.tabs().getSelectionModel().getSelectedItem().getUserData());
        assertEquals("Leaderboard", window.tabs().getSelectionModel().getSelectedItem().getText());
        robot.interact(() -> window.tabs().getSelectionModel().select(2));
        assertSame(StudioView.MATRIX, vm.selectedProperty().get(), "clicking a tab tells the view-model its view");
        robot.interact(() -> vm.openRun(1, false));
        assertSame(StudioView.INSPECTOR, vm.selectedProperty().get());
        assertEquals("Run 1", window.tabs().getSelectionModel().getSelectedItem().getText());
        robot.interact(() -> vm.select(StudioView.RUNS));
        assertEquals("Runs", window.tabs().getSelectionModel().getSelectedItem().getText());
        robot.interact(() -> vm.select(StudioView.INSPECTOR));
        assertEquals("Run 1", window.tabs().getSelectionModel().getSelectedItem().getText(),
                "an opened kind selects its latest tab");
    }

    @Test
    void theStatusBarAndProgressFollowTheViewModel(FxRobot robot) {
        MainWindowViewModel vm = window.viewModel();
        robot.interact(() -> {
            vm.setStatus("baselines: 3 / 10 runs");
            vm.setProgress(0.3);
        });
        assertTrue(robot.lookup("baselines: 3 / 10 runs").tryQuery().isPresent());
        javafx.scene.control.ProgressBar bar = robot.lookup(".progress-bar").queryAs(javafx.scene.control.ProgressBar.class);
        assertTrue(bar.isVisible());
        assertEquals(0.3, bar.getProgress(), 1e-9);
        robot.interact(() -> vm.setProgress(null));
        assertFalse(bar.isVisible());
    }
}
