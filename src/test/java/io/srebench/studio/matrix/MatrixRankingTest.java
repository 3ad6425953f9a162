package io.srebench.studio.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.studio.kit.TestWindows;
import io.srebench.store.SqliteStore;
import io.srebench.studio.TwoBenchmarks;
import io.srebench.studio.app.BackgroundExecutor;
import io.srebench.studio.leaderboard.LeaderboardViewModel;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13, item 4: the matrix ranks as the leaderboard does: one benchmark (the leaderboard's choice, the latest by
 * default), the tasks every ranked agent ran, agents in rank order, all-errored agents named apart without a column.
 */
@ExtendWith(ApplicationExtension.class)
class MatrixRankingTest {
    @AutoClose
    private SqliteStore store;
    private MatrixViewModel vm;
    private MatrixView view;
    private long older;
    private long latest;

    @Start
    void start(Stage stage) throws Exception {
        TwoBenchmarks f = TwoBenchmarks.create("matrix-ranking");
        store = f.store();
        older = f.older();
        latest = f.latest();
        vm = new MatrixViewModel(store, BackgroundExecutor.direct());
        view = new MatrixView(vm, c -> { });
        TestWindows.show(stage, view, 900, 400);
        vm.refresh();
    }

    private List<String> columns() {
        return view.table().getColumns().stream().map(TableColumn::getText).toList();
    }

    @Test
    void latestBenchmarkOverCommonTasksWithErroredAgentsApart(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Task", "narrow", "wide"), columns(), "rank order; broken (every run errored) has no column");
        assertEquals(List.of("t1", "t2"), view.table().getItems().stream().map(MatrixViewModel.Row::taskId).toList(),
                "only the tasks every ranked agent ran");
        assertEquals(0.0, view.table().getItems().get(1).cells().get(0).mean(), 1e-9,
                "narrow's errored t2 counts 0");
        assertEquals(List.of("broken"), vm.erroredAgents());
        String status = vm.statusProperty().get();
        assertTrue(status.startsWith("#" + latest + " today: 2 agents over 2 tasks every agent ran (2 left out: not run by all)"),
                status);
        assertTrue(status.contains("errored, not ranked: broken"), status);
        assertEquals(1, robot.lookup(n -> n instanceof javafx.scene.control.Label l && status.equals(l.getText()))
                .queryAll().size(), "the status is on screen");
    }

    @Test
    void followsTheBenchmarkTheLeaderboardPicked(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            vm.benchmarkProperty().set(new LeaderboardViewModel.BenchmarkChoice(older, "#" + older + " old"));
            vm.refresh();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Task", "old-agent"), columns());
        assertEquals(List.of("t1"), view.table().getItems().stream().map(MatrixViewModel.Row::taskId).toList());
        assertTrue(vm.statusProperty().get().startsWith("#" + older + " old: 1 agent over 1 task every agent ran"),
                vm.statusProperty().get());
        assertTrue(vm.erroredAgents().isEmpty());
    }
}
