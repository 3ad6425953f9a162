package io.srebench.studio.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.srebench.studio.kit.TestWindows;
import io.srebench.run.NewRun;
import io.srebench.run.RunSummary;
import io.srebench.store.SqliteStore;
import io.srebench.studio.app.BackgroundExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class RunsViewTest {
    @AutoClose
    private SqliteStore store;
    private RunsViewModel vm;
    private RunsView view;
    private final List<RunSummary> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("runs-view");
        store = SqliteStore.open(dir.resolve("s.db"));
        for (int i = 0; i < 5; i++) {
            store.createRun(new NewRun(0, "scenario-" + i, i % 2 == 0 ? "alert-echo" : "topology-walk", null, 1, "{}"));
        }
        vm = new RunsViewModel(store, BackgroundExecutor.direct());
        view = new RunsView(vm, opened::add);
        TestWindows.show(stage, view, 1200, 600);
        vm.refresh();
    }

    @Test
    void showsRunsFiltersByAgentAndOpensWithEnter(FxRobot robot) {
        TableView<RunSummary> table = robot.lookup("#runs-table").queryTableView();
        assertEquals(5, table.getItems().size());
        ComboBox<String> agent = robot.lookup("#filter-agent").queryComboBox();
        robot.interact(() -> agent.setValue("topology-walk"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, table.getItems().size());
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        assertEquals(1, opened.size());
        assertEquals("topology-walk", opened.get(0).agent());
        assertNotNull(robot.lookup("#runs-status").queryLabeled().getText());
    }

    @Test
    void disposeReleasesViewModelListeners(FxRobot robot) {
        robot.interact(view::dispose);
        ComboBox<String> agent = robot.lookup("#filter-agent").queryComboBox();
        robot.interact(() -> vm.agentProperty().set("alert-echo"));
        // after dispose the combo box no longer follows the view-model
        assertEquals(RunsViewModel.ANY, agent.getValue());
    }
}
