package io.srebench.studio.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.trajectory.RunStatus;
import io.srebench.run.RunSummary;
import io.srebench.run.RunQuery;
import io.srebench.run.Workbench;
import io.srebench.store.SqliteStore;
import io.srebench.studio.app.FxBackgroundExecutor;
import io.srebench.studio.leaderboard.ChartPng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The launch dialog end to end: a real baseline benchmark (both baselines, one repeat) on two bundled tasks,
 * with the store, the snapshot cache and the config in a temp dir, followed in its progress tab until done.
 * Set {@code -Dsrebench.shot=/tmp/launch.png} to keep a picture of the finished progress tab.
 */
@ExtendWith(ApplicationExtension.class)
class LaunchViewTest {
    private Path dir;
    private SqliteStore store;
    private FxBackgroundExecutor executor;
    private BenchmarkLauncher launcher;
    private TabPane tabs;
    private final AtomicInteger refreshes = new AtomicInteger();
    private Stage stage;
    private final List<Long> openedRuns = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> statusLines = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dir = Files.createTempDirectory("launch-view");
        Workbench wb = LaunchViewModelTest.workbench(dir);
        store = SqliteStore.open(dir.resolve("s.db"));
        executor = new FxBackgroundExecutor(2);
        tabs = new TabPane();
        launcher = new BenchmarkLauncher(wb, store, executor, tabs, refreshes::incrementAndGet, w -> { });
        launcher.setRunOpener(openedRuns::add);
        launcher.setStatusSink(statusLines::add);
        stage.setScene(new Scene(tabs, 1100, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        launcher.dispose();
        executor.close();
        store.close();
    }

    @Test
    void startsABaselineBenchmarkAndShowsItsProgressToTheEnd(FxRobot robot) throws Exception {
        robot.interact(() -> launcher.showDialog(stage));
        TextField filter = robot.lookup("#launch-filter").query();
        List<String> tasks = List.of("scenario-102", "scenario-114");
        for (String t : tasks) {
            robot.interact(() -> filter.setText(t));
            robot.clickOn("#launch-all");
        }
        Spinner<Integer> repeats = robot.lookup("#launch-repeats").query();
        robot.interact(() -> repeats.getValueFactory().setValue(1));
        assertTrue(robot.lookup("#launch-count").queryLabeled().getText().endsWith(" runs"));
        robot.clickOn("#launch-start");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, tabs.getTabs().size(), "a progress tab opened");
        long id = Long.parseLong(tabs.getTabs().get(0).getId().replace("benchmark-tab-", ""));
        ProgressViewModel p = launcher.progress(id);
        assertNotNull(p);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !p.runningProperty().get() && p.doneProperty().get() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, p.totalProperty().get());
        assertEquals(4, p.doneProperty().get());
        assertEquals(1.0, p.fractionProperty().get(), 1e-9);
        List<RunSummary> runs = store.list(RunQuery.ofBenchmark(id));
        assertEquals(4, runs.size());
        for (RunSummary r : runs) {
            assertTrue(tasks.contains(r.taskId()), r.taskId());
            assertEquals(RunStatus.DONE, r.status(), r.agent() + ": " + r.error());
        }
        for (RunProgress r : p.runs()) {
            assertEquals(RunStatus.DONE, r.statusProperty().get());
            assertTrue(r.turnsProperty().get() > 0, "turns counted for " + r.agent());
        }
        assertTrue(robot.lookup("#progress-status").queryLabeled().getText().startsWith("finished: 4 / 4"));
        assertTrue(robot.lookup("#progress-resume").query().isDisabled());
        assertTrue(refreshes.get() >= 1, "the runs browser was refreshed");
        // issue 13, item 8: the main status bar follows the benchmark, and its rows open their runs
        assertTrue(statusLines.contains("benchmark #" + id + ": finished: 4 / 4 runs"), statusLines.toString());
        javafx.scene.control.TableView<RunProgress> rows = robot.lookup("#progress-runs").queryTableView();
        robot.doubleClickOn(robot.from(rows).lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        assertEquals(List.of(rows.getItems().get(0).runId()), openedRuns, "double-click opens the run");
        robot.interact(() -> {
            rows.requestFocus();
            rows.getSelectionModel().select(1);
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertEquals(rows.getItems().get(1).runId(), openedRuns.get(openedRuns.size() - 1), "Enter opens the run");
        String shot = System.getProperty("srebench.shot");
        if (shot != null) {
            robot.interact(() -> {
                try {
                    ChartPng.write(tabs, Path.of(shot));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Test
    void refusesToStartWithoutTasks(FxRobot robot) {
        robot.interact(() -> launcher.showDialog(stage));
        robot.clickOn("#launch-start");
        assertTrue(robot.lookup("#launch-problems").queryLabeled().getText().contains("tasks: tick at least one task"));
        assertEquals(0, tabs.getTabs().size());
    }

    @Test
    void theExecutorChoiceEnablesAndChecksTheNamespace(FxRobot robot) {
        robot.interact(() -> launcher.showDialog(stage));
        TextField namespace = robot.lookup("#launch-namespace").query();
        javafx.scene.control.ComboBox<String> executorBox = robot.lookup("#launch-executor").queryComboBox();
        assertEquals("local", executorBox.getValue());
        TextField context = robot.lookup("#launch-context").query();
        TextField image = robot.lookup("#launch-image").query();
        assertTrue(namespace.isDisabled() && context.isDisabled() && image.isDisabled(),
                "the cluster fields only matter on Kubernetes");
        robot.interact(() -> executorBox.setValue("kubernetes"));
        assertTrue(!namespace.isDisabled() && !context.isDisabled() && !image.isDisabled());
        robot.clickOn("#launch-namespace").write("Not_A_Namespace");
        robot.clickOn("#launch-start");
        assertTrue(robot.lookup("#launch-problems").queryLabeled().getText()
                .contains("namespace: not a Kubernetes namespace name: Not_A_Namespace"));
        assertEquals(0, tabs.getTabs().size());
    }
}
