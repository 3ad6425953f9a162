package io.srebench.studio.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.run.Annotation;
import io.srebench.run.AnnotationLabel;
import io.srebench.run.LeaderboardCsv;
import io.srebench.run.NewRun;
import io.srebench.run.ParetoFrontier;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.ScoreRecord;
import io.srebench.run.TurnRecord;
import io.srebench.store.SqliteStore;
import io.srebench.studio.app.BackgroundExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class LeaderboardViewModelTest {
    @TempDir
    Path dir;
    @AutoClose
    private SqliteStore store;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("s.db"));
    }

    public static long scored(SqliteStore s, String task, String agent, int repeat, double score, double cost, int turns) {
        long id = s.createRun(new NewRun(1, task, agent, null, repeat, "{}"));
        s.markRunning(id, "process", Instant.now());
        for (int t = 0; t < turns; t++) {
            s.appendTurn(id, new TurnRecord(t, Instant.now(), "{}", ""), cost * (t + 1) / turns, 10, 5);
        }
        s.finishRun(id, RunStatus.DONE, null, "[]", Instant.now());
        s.putScore(id, new ScoreRecord("set", score, 1, 1, "{}"), true);
        return id;
    }

    @Test
    void reportPointsFrontierAndFalsePositiveLabels() throws Exception {
        scored(store, "t1", "cheap", 1, 0.5, 0.01, 2);
        scored(store, "t2", "cheap", 1, 0.5, 0.01, 2);
        scored(store, "t1", "dear", 1, 1.0, 0.50, 6);
        scored(store, "t2", "dear", 1, 0.5, 0.50, 6);
        long bad = scored(store, "t1", "dominated", 1, 0.0, 0.20, 4);
        scored(store, "t2", "dominated", 1, 0.0, 0.20, 4);
        store.saveAnnotation(new Annotation(0, bad, "ns/Pod/x", AnnotationLabel.UNRELATED, null, null, "me", null, null));
        store.saveAnnotation(new Annotation(0, bad, "ns/Service/y", AnnotationLabel.NEVER_LOOKED_AT, null, null, "me", null,
                null));
        LeaderboardViewModel vm = new LeaderboardViewModel(store, store, BackgroundExecutor.direct());
        vm.refresh();
        assertEquals(List.of("dear", "cheap", "dominated"), vm.rows().stream().map(r -> r.agent()).toList());
        assertEquals(List.of("cheap", "dear"), vm.frontier().stream().map(ParetoFrontier.Point::label).toList());
        assertEquals(6.0, vm.turnPoints().get(0).cost(), 1e-9);
        assertEquals(0.75, vm.turnPoints().get(0).accuracy(), 1e-9);
        // only false-positive labels are charted
        assertEquals(1, vm.falsePositivesProperty().get().get("dominated").get(AnnotationLabel.UNRELATED));
        assertEquals(1, vm.falsePositivesProperty().get().get("dominated").size());
        Path csv = dir.resolve("lb.csv");
        vm.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(LeaderboardCsv.HEADER, lines.get(0));
        assertEquals(4, lines.size());
        assertTrue(lines.get(1).startsWith("dear,2,0,0.750000,"), lines.get(1));
    }

    @Test
    void distributionPerTaskHardestFirstWithEveryRun() {
        // scenario-10: a mean of 0.5 over 4 runs; scenario-2: 0.75 over 3; scenario-3: 0.0 over 1 (hardest)
        scored(store, "scenario-10", "good", 1, 1.0, 0, 1);
        scored(store, "scenario-10", "good", 2, 0.5, 0, 1);
        scored(store, "scenario-10", "weak", 1, 0.0, 0, 1);
        scored(store, "scenario-10", "weak", 2, 0.5, 0, 1);
        scored(store, "scenario-2", "good", 1, 0.5, 0, 1);
        scored(store, "scenario-2", "good", 2, 1.0, 0, 1);
        scored(store, "scenario-2", "good", 3, 0.75, 0, 1);
        scored(store, "scenario-3", "weak", 1, 0.0, 0, 1);
        // both agents ran every task (the leaderboard ranks over the common tasks only)
        scored(store, "scenario-2", "weak", 1, 0.75, 0, 1);
        scored(store, "scenario-3", "good", 1, 0.0, 0, 1);
        LeaderboardViewModel vm = new LeaderboardViewModel(store, store, BackgroundExecutor.direct());
        vm.refresh();
        ScoreDistribution.Chart chart = vm.distribution();
        assertEquals(List.of("good", "weak"), chart.agents());
        assertEquals(List.of("scenario-3", "scenario-10", "scenario-2"),
                chart.tasks().stream().map(ScoreDistribution.TaskColumn::taskId).toList());
        assertEquals(List.of("3", "10", "2"), chart.tasks().stream().map(ScoreDistribution.TaskColumn::label).toList());
        assertEquals(List.of(0.0, 0.5, 0.75), chart.tasks().stream().map(ScoreDistribution.TaskColumn::mean).toList());
        assertEquals(10, chart.runCount());
        assertEquals(6, chart.cellCount());
        ScoreDistribution.TaskColumn ten = chart.tasks().get(1);
        assertEquals(List.of("good", "weak"), ten.cells().stream().map(ScoreDistribution.Cell::agent).toList());
        ScoreDistribution.Cell good = ten.cells().get(0);
        assertEquals(0, good.agentIndex());
        assertEquals(List.of(new ScoreDistribution.Dot(1.0, 0), new ScoreDistribution.Dot(0.5, 0)), good.dots());
        assertEquals(0.75, good.mean(), 1e-12);
        assertEquals(0.5, good.min(), 1e-12);
        assertEquals(1.0, good.max(), 1e-12);
        assertNull(good.quartiles());
        ScoreDistribution.Cell weak = chart.tasks().get(0).cells().get(1);
        assertEquals(1, weak.agentIndex());
        assertEquals(List.of(new ScoreDistribution.Dot(0.0, 0)), weak.dots());
    }

    @Test
    void emptyStoreSaysWhatToDo() {
        LeaderboardViewModel vm = new LeaderboardViewModel(store, store, BackgroundExecutor.direct());
        vm.refresh();
        assertTrue(vm.rows().isEmpty());
        assertTrue(vm.frontier().isEmpty());
        assertEquals(0, vm.distribution().tasks().size());
        assertTrue(vm.messageProperty().get().contains("No scored runs"), vm.messageProperty().get());
    }
}
