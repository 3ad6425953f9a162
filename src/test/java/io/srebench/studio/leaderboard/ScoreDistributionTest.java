package io.srebench.studio.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.run.Leaderboard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreDistributionTest {
    @Test
    void equalScoresSpreadEvenlyAndDistinctOnesStayCentred() {
        assertEquals(List.of(0.0), ScoreDistribution.jitters(List.of(0.5)));
        assertEquals(List.of(-0.5, 0.0, 0.5), ScoreDistribution.jitters(List.of(0.25, 0.25, 0.25)));
        assertEquals(List.of(-0.5, 0.0, 0.5, 0.0), ScoreDistribution.jitters(List.of(1.0, 0.0, 1.0, 0.5)));
    }

    @Test
    void quartilesInterpolateBetweenRanks() {
        ScoreDistribution.Quartiles q = ScoreDistribution.quartiles(List.of(1.0, 0.0, 0.5, 0.25, 0.75));
        assertEquals(new ScoreDistribution.Quartiles(0.25, 0.5, 0.75), q);
        q = ScoreDistribution.quartiles(List.of(0.0, 0.0, 0.0, 1.0, 1.0, 1.0));
        assertEquals(0.0, q.q1(), 1e-12);
        assertEquals(0.5, q.median(), 1e-12);
        assertEquals(1.0, q.q3(), 1e-12);
    }

    @Test
    void cellsGetABoxFromFiveRunsOn() {
        assertNull(ScoreDistribution.cell("a", 0, List.of(0.0, 0.5, 1.0, 1.0)).quartiles());
        ScoreDistribution.Cell c = ScoreDistribution.cell("a", 0, List.of(0.0, 0.5, 1.0, 1.0, 0.5));
        assertEquals(new ScoreDistribution.Quartiles(0.5, 0.5, 1.0), c.quartiles());
        assertEquals(0.6, c.mean(), 1e-12);
        assertEquals(5, c.dots().size());
        assertEquals(-0.5, c.dots().get(1).jitter(), 1e-12);
        assertEquals(0.5, c.dots().get(4).jitter(), 1e-12);
    }

    @Test
    void labelsShortenOnlyWhenEveryTaskIsNumberedAlike() {
        assertEquals("scenario", ScoreDistribution.commonNumberedPrefix(List.of("scenario-1", "scenario-20")));
        assertNull(ScoreDistribution.commonNumberedPrefix(List.of("scenario-1", "custom-2")));
        assertNull(ScoreDistribution.commonNumberedPrefix(List.of("scenario-1", "oom")));
        ScoreDistribution.Chart chart = ScoreDistribution.of(report(Map.of("scenario-1", 0.5, "oom-kill", 0.5)));
        assertEquals(List.of("oom-kill", "scenario-1"),
                chart.tasks().stream().map(ScoreDistribution.TaskColumn::label).toList());
    }

    @Test
    void tiesKeepTheNaturalTaskOrder() {
        ScoreDistribution.Chart chart = ScoreDistribution.of(report(Map.of("scenario-10", 0.0, "scenario-9", 0.0,
                "scenario-100", 0.0, "scenario-1", 1.0)));
        assertEquals(List.of("9", "10", "100", "1"),
                chart.tasks().stream().map(ScoreDistribution.TaskColumn::label).toList());
        assertTrue(io.srebench.common.NaturalOrder.compare("scenario-2", "scenario-10") < 0);
    }

    /** One agent "a" with one run of the given score per task. */
    private static Leaderboard.Report report(Map<String, Double> scoreByTask) {
        List<Leaderboard.Cell> cells = new ArrayList<>();
        scoreByTask.forEach((t, s) -> cells.add(new Leaderboard.Cell(t, "a", List.of(s), s, 0, 0, List.of(1L), 0)));
        Leaderboard.AgentRow row = new Leaderboard.AgentRow("a", cells.size(), 0, 0, 0, Map.of(), 0, 0, 0, 0, 0, 0);
        return new Leaderboard.Report(List.of(row), List.copyOf(scoreByTask.keySet()), cells);
    }
}
