package io.srebench.studio.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.run.AgentSpec;
import io.srebench.run.BenchmarkRunner;
import io.srebench.run.BenchmarkSpec;
import io.srebench.run.RunQuery;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.SessionExecutor;
import io.srebench.score.ScoreVariant;
import io.srebench.store.SqliteStore;
import io.srebench.studio.app.BackgroundExecutor;
import io.srebench.studio.inspector.InspectorView;
import io.srebench.studio.kit.OpenedInspector;
import io.srebench.studio.kit.RunViewFixture;
import io.srebench.studio.launch.ProgressView;
import io.srebench.studio.launch.ProgressViewModel;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 13, item 3: an errored run's stored reason is shown in the runs table, the benchmark tab and the inspector. */
@ExtendWith(ApplicationExtension.class)
class ErroredRunsTest {
    static final String WHY = "provider error: connection refused (http://127.0.0.1:9/v1/chat/completions)";
    @AutoClose
    private OpenedInspector fixture;
    private long errored;
    private VBox root;

    @Start
    void start(Stage stage) throws Exception {
        fixture = OpenedInspector.create("errored-runs");
        SqliteStore store = fixture.store();
        SessionExecutor none = (runId, taskId, agent, maxTurns, variant, sink, cancelled) -> {
            throw new IllegalStateException("not run");
        };
        BenchmarkRunner runner = new BenchmarkRunner(store, none);
        long bench = runner.create(new BenchmarkSpec("b", List.of(RunViewFixture.TASK_ID),
                List.of(AgentSpec.baseline("alert-echo")), 1, 1, 1, 10, ScoreVariant.SET));
        errored = store.list(RunQuery.ofBenchmark(bench)).get(0).id();
        store.markRunning(errored, "process", Instant.parse("2026-01-01T10:00:00Z"));
        store.finishRun(errored, RunStatus.ERRORED, "old failure", null, Instant.parse("2026-01-01T10:00:05Z"));
        store.retryErrored(errored);
        store.markRunning(errored, "process", Instant.parse("2026-01-01T10:01:00Z"));
        store.finishRun(errored, RunStatus.ERRORED, WHY, null, Instant.parse("2026-01-01T10:01:05Z"));
        RunsViewModel runs = new RunsViewModel(store, BackgroundExecutor.direct());
        ProgressViewModel progress = new ProgressViewModel(store, runner, bench, BackgroundExecutor.direct(), () -> { },
                System::currentTimeMillis);
        root = new VBox(new RunsView(runs, r -> { }), new ProgressView(progress));
        OpenedInspector.show(stage, root);
        runs.refresh();
        progress.load();
    }

    private static boolean cellShows(FxRobot robot, String table, String text) {
        TableView<?> t = robot.lookup(table).queryTableView();
        return robot.from(t).lookup(".table-cell").queryAll().stream()
                .anyMatch(c -> c instanceof TableCell<?, ?> tc && text.equals(tc.getText())
                        && tc.getTooltip() != null && tc.getTooltip().getText().contains("connection refused"));
    }

    @Test
    void runsTableAndBenchmarkTabShowTheReasonAndRetries(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        String shown = WHY + " · retried 1×";
        assertTrue(cellShows(robot, "#runs-table", shown), "runs table error column with the full reason as tooltip");
        assertTrue(cellShows(robot, "#progress-runs", shown), "benchmark tab error column");
        io.srebench.studio.Shots.take(robot, root, "errored-runs-table-and-benchmark-tab");
    }

    @Test
    void inspectorHeaderShowsTheReason(FxRobot robot) throws Exception {
        InspectorView[] view = new InspectorView[1];
        robot.interact(() -> {
            view[0] = fixture.open(errored);
            root.getChildren().setAll(view[0]);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view[0].viewModel().summaryProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#run-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("error: " + WHY + " · retried 1×", error.getText());
        io.srebench.studio.Shots.take(robot, root, "errored-run-inspector-header");
    }
}
