package io.srebench.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.trajectory.Trajectory;
import io.srebench.trajectory.Turn;
import io.srebench.run.RunSummary;
import io.srebench.run.TaskScoring;
import io.srebench.score.ScoreOptions;
import io.srebench.score.ScoreVariant;
import io.srebench.store.SqliteStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SWE-agent .traj and mini-swe-agent 1.x files import with their commands, outputs, tokens and cost. */
class SweAgentImportersTest {
    @TempDir
    Path dir;

    private ImportService.FileOutcome importInto(SqliteStore s, Path f) {
        return new ImportService(id -> Optional.empty(), new TaskScoring(ScoreOptions.DEFAULT), ScoreVariant.SET)
                .importFile(f, s);
    }

    @Test
    void sweAgentTrajKeepsCommandsOutputsTokensAndCost() throws IOException {
        Path f = Fixtures.write(dir.resolve("django__django-1/django__django-1.traj"), ForeignFixtures.SWE_AGENT_TRAJ);
        Trajectory t = Importers.read(f).runs().get(0).trajectory();
        assertEquals("swe-agent", t.run().agent());
        assertEquals("django__django-1", t.run().taskId());
        assertEquals(2, t.turns().size());
        Turn first = t.turns().get(0);
        assertEquals("{\"command\":\"ls -la\"}", first.toolCalls().get(0).arguments());
        assertEquals("total 8\nREADME.md\n", first.toolResults().get(0).stdout());
        assertEquals(120, first.toolResults().get(0).durationMs());
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            ImportService.FileOutcome o = importInto(s, f);
            RunSummary r = s.run(o.runIds().get(0)).orElseThrow();
            assertEquals(122_612, r.inputTokens() + r.outputTokens());
            assertEquals(1.27, r.costUsd(), 1e-9);
            assertTrue(o.summary().contains("swe-agent, 1 run imported"), o.summary());
        }
    }

    @Test
    void codexRolloutKeepsCommandsOutputsTokensAndReportsSkippedLines() throws IOException {
        Path f = Fixtures.write(dir.resolve("scenario-5/rollout-2026-03-01.jsonl"), ForeignFixtures.CODEX_ROLLOUT);
        Trajectory t = Importers.read(f).runs().get(0).trajectory();
        assertEquals("codex", t.run().agent());
        assertEquals("gpt-5-codex", t.run().endpoint().model());
        assertEquals("scenario-5", t.run().taskId());
        Turn call = t.turns().get(0);
        assertEquals("{\"command\":\"ls\"}", call.toolCalls().get(0).arguments());
        assertEquals("a.txt", call.toolResults().get(0).stdout());
        assertEquals(1200, call.usage().input());
        assertEquals(800, call.usage().cachedInput());
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            ImportService.FileOutcome o = importInto(s, f);
            RunSummary r = s.run(o.runIds().get(0)).orElseThrow();
            assertEquals(1200, r.inputTokens());
            assertEquals(40, r.outputTokens());
            assertEquals(f + ": codex, 1 run imported; skipped 1 event_msg lines (UI events repeating response items);"
                    + " 1 run unscored: no submission recognised", o.summary());
        }
    }

    @Test
    void miniSweAgentBashBlocksBecomeCommands() throws IOException {
        Path f = Fixtures.write(dir.resolve("scenario-4/run.traj.json"), ForeignFixtures.MINI_SWE_AGENT);
        Trajectory t = Importers.read(f).runs().get(0).trajectory();
        assertEquals("mini-swe-agent", t.run().agent());
        assertEquals("scenario-4", t.run().taskId());
        Turn cmd = t.turns().get(0);
        assertEquals("{\"command\":\"ls\"}", cmd.toolCalls().get(0).arguments());
        assertEquals(0, cmd.toolResults().get(0).exitCode());
        assertEquals("a.txt", cmd.toolResults().get(0).stdout());
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            ImportService.FileOutcome o = importInto(s, f);
            assertEquals(0.031, s.run(o.runIds().get(0)).orElseThrow().costUsd(), 1e-9);
            assertTrue(o.summary().contains("skipped 1 messages with a role other than system/user/assistant"),
                    o.summary());
        }
    }
}
