package io.srebench.studio.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.trajectory.TrajectoryIO;
import io.srebench.run.NewRun;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.TurnRecord;
import io.srebench.run.RunSummary;
import io.srebench.store.SqliteStore;
import io.srebench.studio.MainWindow;
import io.srebench.studio.kit.OpenedInspector;
import io.srebench.studio.kit.RunViewFixture;
import io.srebench.studio.inspector.InspectorView;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13, item 7: a transcript search hit shows its turn and snippet and opens the run at that turn with the match
 * highlighted; Clear resets the score bounds; the Agent filter survives Refresh.
 */
@ExtendWith(ApplicationExtension.class)
class SearchLeadsSomewhereTest {
    @AutoClose
    private OpenedInspector fixture;
    private SqliteStore store;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        fixture = OpenedInspector.create("search-leads");
        store = fixture.store();
        // the fixture run, its search text being what the runner indexes: commands and outputs
        long id = store.createRun(new NewRun(0, RunViewFixture.TASK_ID, "model", "test-model", 1, "{}"));
        store.markRunning(id, "process", RunViewFixture.T0);
        var turns = RunViewFixture.turns();
        for (int i = 0; i < turns.size(); i++) {
            String searchText = i == 3 ? "grep ERROR otel_logs_raw.tsv checkout needle-in-the-tail" : "ls alerts turn " + i;
            store.appendTurn(id, new TurnRecord(i, turns.get(i).endedAt(), TrajectoryIO.turnLine(turns.get(i)), searchText),
                    0.001, 1000, 100);
        }
        store.finishRun(id, RunStatus.DONE, null, "{\"entities\":[]}", RunViewFixture.T0.plusSeconds(60));
        store.createRun(new NewRun(0, "other", "alert-echo", null, 1, "{}"));
        window = fixture.openingRunsHere(fixture.mainWindow());
        OpenedInspector.show(stage, window);
    }

    @Test
    void aHitShowsTurnAndSnippetAndOpensAtTheHighlightedMatch(FxRobot robot) throws Exception {
        TextField text = robot.lookup("#filter-text").queryAs(TextField.class);
        robot.interact(() -> text.setText("needle"));
        robot.clickOn(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<RunSummary> table = robot.lookup("#runs-table").queryTableView();
        assertEquals(1, table.getItems().size());
        io.srebench.studio.Shots.take(robot, window, "search-hits-with-turn-and-snippet");
        @SuppressWarnings("unchecked")
        TableColumn<RunSummary, String> match = (TableColumn<RunSummary, String>) table.getColumns().stream()
                .filter(c -> "runs-match-column".equals(c.getId())).findFirst().orElseThrow();
        assertTrue(match.isVisible());
        String cell = match.getCellData(0);
        assertTrue(cell.startsWith("turn 4: ") && cell.contains("[needle]"), cell);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fixture.view() != null && fixture.view().isSettled()
                && fixture.view().viewModel().transcript().currentMatchProperty().get() >= 0);
        WaitForAsyncUtils.waitForFxEvents();
        InspectorView opened = fixture.view();
        assertEquals("needle", opened.viewModel().transcript().queryProperty().get());
        assertEquals(3, opened.viewModel().currentProperty().get(), "at the hit's turn");
        assertEquals("turn 4 / 5", robot.lookup("#turn-label").queryLabeled().getText());
        io.srebench.studio.Shots.take(robot, window, "search-jump-highlighted");
    }

    @Test
    void clearResetsScoreBoundsAndTheAgentFilterSurvivesRefresh(FxRobot robot) {
        RunsViewModel vm = window.runsView().viewModel();
        TextField min = robot.lookup(".text-field").queryAllAs(TextField.class).stream()
                .filter(f -> "min score".equals(f.getPromptText())).findFirst().orElseThrow();
        robot.clickOn(min).write("0.3").type(KeyCode.ENTER);
        assertEquals(0.3, vm.minScoreProperty().get());
        robot.interact(vm::clearFilters);
        assertEquals("", min.getText(), "the field no longer shows the old bound");
        assertNull(vm.minScoreProperty().get());

        ComboBox<String> agent = robot.lookup("#filter-agent").queryComboBox();
        robot.interact(() -> agent.setValue("model"));
        WaitForAsyncUtils.waitForFxEvents();
        store.createRun(new NewRun(0, "third", "topology-walk", null, 1, "{}"));
        robot.interact(window::refresh);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("model", agent.getValue(), "the Agent filter survives Refresh");
        assertEquals("model", vm.agentProperty().get());
        assertTrue(agent.getItems().contains("topology-walk"), "new agents are offered");
        assertEquals(1, robot.lookup("#runs-table").queryTableView().getItems().size());
    }
}
