package io.srebench.studio.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.studio.kit.TestWindows;
import io.srebench.run.Leaderboard;
import io.srebench.store.SqliteStore;
import io.srebench.studio.TwoBenchmarks;
import io.srebench.studio.app.BackgroundExecutor;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13, item 4: the leaderboard ranks one benchmark (picker, the latest by default) over the tasks every compared
 * agent ran, names that task set on the charts, and lists an all-errored agent as errored instead of ranking it at 0 %.
 */
@ExtendWith(ApplicationExtension.class)
class PerBenchmarkLeaderboardTest {
    @AutoClose
    private SqliteStore store;
    private LeaderboardView view;
    private long older;
    private long latest;

    @Start
    void start(Stage stage) throws Exception {
        TwoBenchmarks f = TwoBenchmarks.create("per-benchmark");
        store = f.store();
        older = f.older();
        latest = f.latest();
        LeaderboardViewModel vm = new LeaderboardViewModel(store, store, BackgroundExecutor.direct());
        view = new LeaderboardView(vm);
        TestWindows.show(stage, view, 1200, 760);
        vm.refresh();
    }

    @Test
    void latestBenchmarkRankedOverCommonTasksWithErroredAgentsApart(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<LeaderboardViewModel.BenchmarkChoice> picker = robot.lookup("#leaderboard-benchmark").queryComboBox();
        assertEquals(latest, picker.getValue().id(), "the latest benchmark by default");
        assertEquals(List.of("narrow", "wide"), view.table().getItems().stream().map(Leaderboard.AgentRow::agent).toList(),
                "broken (every run errored) is not ranked at 0 %");
        String message = robot.lookup("#leaderboard-message").queryLabeled().getText();
        assertEquals("2 agents over 2 tasks every agent ran (2 left out: not run by all) · errored, not ranked: broken",
                message);
        assertTrue(view.costChart().getTitle().endsWith("2 tasks every agent ran (2 left out)"),
                view.costChart().getTitle());
        javafx.scene.chart.NumberAxis cost = (javafx.scene.chart.NumberAxis) view.costChart().getXAxis();
        assertEquals("cost per task (USD) — every run cost $0", cost.getLabel(), "item 10: all-$0 costs say so");
        assertEquals(0.005, cost.getTickUnit(), 1e-12);
        assertEquals(List.of("t1", "t2"), view.taskChart().chart().tasks().stream()
                .map(ScoreDistribution.TaskColumn::taskId).sorted().toList());

        io.srebench.studio.Shots.take(robot, view, "leaderboard-per-benchmark");
        robot.interact(() -> picker.setValue(picker.getItems().stream().filter(c -> c.id() != null && c.id() == older)
                .findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("old-agent"), view.table().getItems().stream().map(Leaderboard.AgentRow::agent).toList());
    }
}
