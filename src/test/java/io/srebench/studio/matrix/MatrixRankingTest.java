package io.srebench.studio.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.run.NewRun;
import io.srebench.run.RunStatus;
import io.srebench.run.ScoreRecord;
import io.srebench.store.SqliteStore;
import io.srebench.studio.app.BackgroundExecutor;
import io.srebench.studio.leaderboard.LeaderboardViewModel;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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
    private SqliteStore store;
    private MatrixViewModel vm;
    private MatrixView view;
    private long older;
    private long latest;

    private void run(long bench, String task, String agent, Double score) {
        long id = store.createRun(new NewRun(bench, task, agent, null, 1, "{}"));
        store.markRunning(id, "process", Instant.now());
        if (score == null) {
            store.finishRun(id, RunStatus.ERRORED, "connection refused", null, Instant.now());
        } else {
            store.finishRun(id, RunStatus.DONE, null, "[]", Instant.now());
            store.putScore(id, new ScoreRecord("set", score, 1, 1, "{}"), true);
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        store = SqliteStore.open(Files.createTempDirectory("matrix-ranking").resolve("s.db"));
        older = store.createBenchmark("old", "{}");
        run(older, "t1", "old-agent", 1.0);
        latest = store.createBenchmark("today", "{}");
        for (String t : List.of("t1", "t2", "t3", "t4")) {
            run(latest, t, "wide", 0.0);
        }
        run(latest, "t1", "narrow", 1.0);
        run(latest, "t2", "narrow", null);
        run(latest, "t1", "broken", null);
        run(latest, "t3", "broken", null);
        vm = new MatrixViewModel(store, BackgroundExecutor.direct());
        view = new MatrixView(vm, c -> { });
        stage.setScene(new Scene(view, 900, 400));
        stage.show();
        vm.refresh();
    }

    @AfterEach
    void close() {
        store.close();
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
