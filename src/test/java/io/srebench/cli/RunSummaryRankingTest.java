package io.srebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.run.Leaderboard;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.RunSummary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 4: the summary printed at the end of {@code run} ranks as {@code report}, the studio leaderboard and
 * the HTML report do: only over the tasks every ranked agent ran, agents whose every run errored listed apart.
 */
class RunSummaryRankingTest {
    @TempDir
    Path dir;
    private long ids;

    private RunSummary run(String task, String agent, RunStatus status, Double score) {
        return new RunSummary(++ids, 1, task, agent, null, 1, status, score, "set", score, score, 3, 0, 0, 0, "bwrap",
                null, null, null, 0);
    }

    @Test
    void theEndOfRunSummaryNamesTheTaskSet() {
        String db = dir.resolve("s.db").toString();
        CliRunner r = CliRunner.run("run", "--db", db, "--agents", "oracle,shortcut-changed", "--tasks", "scenario-2",
                "--repeats", "1");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("ranked over 1 task every agent ran"), r.out());
        assertTrue(r.out().contains("oracle"), r.out());
        assertFalse(r.out().contains("errored, not ranked"), r.out());
    }

    @Test
    void unequalTaskSetsAndAllErroredAgentsAreNotRankedTogether() {
        List<RunSummary> runs = List.of(
                run("scenario-1", "a", RunStatus.DONE, 1.0), run("scenario-2", "a", RunStatus.DONE, 1.0),
                run("scenario-3", "a", RunStatus.DONE, 1.0), run("scenario-1", "b", RunStatus.DONE, 0.5),
                run("scenario-2", "broken", RunStatus.ERRORED, null));
        StringWriter w = new StringWriter();
        ReportCommand.printRanked(Leaderboard.ranked(runs), new PrintWriter(w, true));
        String out = w.toString();
        assertTrue(out.contains("ranked over 1 task every agent ran (2 left out: not run by all)"), out);
        assertTrue(out.contains("left out (not run by every ranked agent): scenario-2, scenario-3"), out);
        assertTrue(out.contains("errored, not ranked (every run errored): broken"), out);
        assertFalse(out.lines().anyMatch(l -> l.startsWith("broken ")), "broken has no table row at 0 %: " + out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("a ") && l.contains("100.0%")), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("b ") && l.contains("50.0%")), out);
    }
}
