package io.srebench.run;

import io.srebench.trajectory.RunStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeaderboardTest {
    private static long ids;

    private static RunSummary run(String task, String agent, int repeat, RunStatus status, Double score, double cost,
                                  int turns) {
        return new RunSummary(++ids, 1, task, agent, null, repeat, status, score, "set", score, score, turns, cost,
                1000, 100, "bwrap", null, null, null, 0);
    }

    @Test
    void tasksAreInNaturalOrder() {
        List<RunSummary> runs = new ArrayList<>();
        for (String t : List.of("scenario-10", "scenario-2", "scenario-102", "scenario-1")) {
            runs.add(run(t, "a", 1, RunStatus.DONE, 1.0, 0, 3));
        }
        assertEquals(List.of("scenario-1", "scenario-2", "scenario-10", "scenario-102"), Leaderboard.of(runs).tasks());
    }

    @Test
    void accuracyIsTheMeanOverTasksAndRepeatsWithSpreadAcrossRepeats() {
        List<RunSummary> runs = new ArrayList<>();
        // agent a: repeat 1 scores 1,0 ; repeat 2 scores 1,1 ; repeat 3 scores 0,0
        double[][] a = {{1, 0}, {1, 1}, {0, 0}};
        for (int rep = 0; rep < 3; rep++) {
            runs.add(run("t1", "a", rep + 1, RunStatus.DONE, a[rep][0], 0.10, 10));
            runs.add(run("t2", "a", rep + 1, RunStatus.DONE, a[rep][1], 0.30, 30));
        }
        runs.add(run("t1", "b", 1, RunStatus.DONE, 0.5, 1.0, 50));
        runs.add(run("t2", "b", 1, RunStatus.ERRORED, null, 0.2, 3));
        runs.add(run("t2", "b", 1, RunStatus.INTERRUPTED, null, 0.2, 3));

        Leaderboard.Report r = Leaderboard.of(runs);
        Leaderboard.AgentRow ra = r.agents().get(0);
        assertEquals("a", ra.agent());
        assertEquals(6, ra.runs());
        assertEquals(0.5, ra.accuracy(), 1e-9);
        // per-repeat accuracies 0.5, 1.0, 0.0 -> sample sd 0.5
        assertEquals(0.5, ra.spread(), 1e-9);
        assertEquals(0.5, ra.passRate(), 1e-9);
        assertEquals(0.2, ra.costPerTask(), 1e-9);
        assertEquals(20, ra.turnsPerTask(), 1e-9);
        Leaderboard.AgentRow rb = r.agents().get(1);
        assertEquals(2, rb.runs());
        assertEquals(1, rb.errored());
        assertEquals(0.25, rb.accuracy(), 1e-9);
        assertEquals(0.0, rb.spread());
        assertEquals(List.of("t1", "t2"), r.tasks());
        Leaderboard.Cell c = r.cell("t1", "a");
        assertEquals(List.of(1.0, 1.0, 0.0), c.scores());
        assertEquals(2.0 / 3, c.mean(), 1e-9);
        assertEquals(List.of(0.0), r.cell("t2", "b").scores());
        assertEquals(1, r.cell("t2", "b").errored());
    }

    /** Issue 14 finding 1: an endpoint that errors on 2 of 3 tasks and solves the third is at 33 %, not 100 %. */
    @Test
    void erroredRunsCountZeroSoErroringCannotRaiseTheRanking() {
        List<RunSummary> runs = new ArrayList<>();
        runs.add(run("t1", "flaky", 1, RunStatus.DONE, 1.0, 0, 3));
        runs.add(run("t2", "flaky", 1, RunStatus.ERRORED, null, 0, 1));
        runs.add(run("t3", "flaky", 1, RunStatus.ERRORED, null, 0, 1));
        for (String t : List.of("t1", "t2", "t3")) {
            runs.add(run(t, "honest", 1, RunStatus.DONE, t.equals("t3") ? 0.0 : 1.0, 0, 3));
        }
        Leaderboard.Report r = Leaderboard.of(runs);
        assertEquals("honest", r.agents().get(0).agent());
        Leaderboard.AgentRow flaky = r.agents().get(1);
        assertEquals(3, flaky.runs());
        assertEquals(2, flaky.errored());
        assertEquals(1.0 / 3, flaky.accuracy(), 1e-9);
        assertEquals(1.0 / 3, flaky.passRate(), 1e-9);
    }

    @Test
    void aRunRetriedToCompletionCountsItsScoreAndIsMarkedRetried() {
        RunSummary retried = new RunSummary(++ids, 1, "t1", "a", null, 1, RunStatus.DONE, 1.0, "set", 1.0, 1.0, 3, 0,
                0, 0, "bwrap", null, null, null, 1);
        Leaderboard.AgentRow a = Leaderboard.of(List.of(retried)).agents().get(0);
        assertEquals(1.0, a.accuracy(), 1e-9);
        assertEquals(0, a.errored());
        assertEquals(1, a.retried());
    }

    @Test
    void rankedComparesOnlyTasksEveryAgentRanAndNeverRanksAnAllErroredAgent() {
        List<RunSummary> runs = new ArrayList<>();
        for (String t : List.of("t1", "t2", "t3", "t4")) {
            runs.add(run(t, "wide", 1, RunStatus.DONE, 0.0, 0, 3));
        }
        runs.add(run("t1", "narrow", 1, RunStatus.DONE, 1.0, 0, 3));
        runs.add(run("t2", "narrow", 1, RunStatus.ERRORED, null, 0, 3));
        runs.add(run("t1", "broken", 1, RunStatus.ERRORED, null, 0, 0));
        runs.add(run("t3", "broken", 1, RunStatus.ERRORED, null, 0, 0));
        Leaderboard.Ranked r = Leaderboard.ranked(runs);
        assertEquals(List.of("t1", "t2"), r.report().tasks(), "the tasks every ranked agent ran");
        assertEquals(List.of("t3", "t4"), r.excludedTasks());
        assertEquals(List.of("broken"), r.erroredAgents(), "all-errored: shown as errored, not ranked at 0");
        assertEquals(List.of("narrow", "wide"), r.report().agents().stream().map(Leaderboard.AgentRow::agent).toList());
        assertEquals(0.5, r.report().agents().get(0).accuracy(), 1e-9, "the errored run still counts 0");
        assertEquals(1, r.report().agents().get(0).errored());
        assertEquals("2 tasks every agent ran (2 left out: not run by all)", r.taskSet());
    }
}
