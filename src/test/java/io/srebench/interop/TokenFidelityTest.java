package io.srebench.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.trajectory.TokenUsage;
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

/** Every token and dollar the source records lands in the run; the source's own totals are respected and checked. */
class TokenFidelityTest {
    @TempDir
    Path dir;

    /** Messages without ids; three model events (a retried call first) for two assistant messages. */
    static final String UNPAIRED_LOG = """
            {"version": 2, "status": "success", "eval": {"task": "rca", "model": "openai/gpt-4o"},
             "samples": [{"id": "Scenario-2", "epoch": 1,
               "messages": [
                 {"role": "user", "content": "Investigate."},
                 {"role": "assistant", "content": "Looking.", "tool_calls": [{"id": "c1", "function": "bash",
                   "arguments": {"cmd": "ls"}}]},
                 {"role": "tool", "tool_call_id": "c1", "function": "bash", "content": "a.txt"},
                 {"role": "assistant", "content": "Cart is the cause."}],
               "events": [
                 {"event": "model", "timestamp": "2026-01-02T10:00:00Z", "output": {"choices": [{"message":
                   {"role": "assistant", "content": "(rate limited, retried)"}}],
                   "usage": {"input_tokens": 700, "output_tokens": 5, "total_tokens": 705, "total_cost": 0.001}}},
                 {"event": "model", "timestamp": "2026-01-02T10:00:01Z", "output": {"choices": [{"message":
                   {"role": "assistant", "content": "Looking.", "tool_calls": [{"id": "c1", "function": "bash",
                   "arguments": {"cmd": "ls"}}]}}],
                   "usage": {"input_tokens": 800, "output_tokens": 20, "total_tokens": 820, "total_cost": 0.002}}},
                 {"event": "model", "timestamp": "2026-01-02T10:00:03Z", "output": {"choices": [{"message":
                   {"role": "assistant", "content": [{"type": "text", "text": "Cart is the cause."}]}}],
                   "usage": {"input_tokens": 900, "output_tokens": 30, "total_tokens": 930, "total_cost": 0.003}}}],
               "model_usage": {"openai/gpt-4o": {"input_tokens": 2400, "output_tokens": 55, "total_tokens": 2455,
                 "total_cost": 0.006}}}]}
            """;

    static final String ATIF_WITH_FINAL_METRICS = """
            {"schema_version": "ATIF-v1.5", "session_id": "s-1", "agent": {"name": "terminus", "model_name": "m"},
             "steps": [
              {"step_id": 1, "source": "user", "message": "Find the root cause."},
              {"step_id": 2, "source": "agent", "message": "ls",
               "tool_calls": [{"tool_call_id": "c1", "function_name": "bash", "arguments": {"cmd": "ls"}}],
               "observation": {"results": [{"source_call_id": "c1", "content": "a.txt"},
                                           {"source_call_id": "late-7", "content": "output of an earlier command"}]},
               "metrics": {"prompt_tokens": 3000, "completion_tokens": 251, "cost_usd": 0.01}},
              {"step_id": 3, "source": "agent", "message": "done",
               "metrics": {"prompt_tokens": 3000, "completion_tokens": 251, "cost_usd": 0.01}}],
             "final_metrics": {"total_prompt_tokens": 7000, "total_completion_tokens": 802, "total_cost_usd": 0.03,
                               "total_steps": 3}}
            """;

    @Test
    void inspectUsageFromEveryModelEventWithoutOneToOnePairing() throws IOException {
        Path f = Fixtures.write(dir.resolve("r-written.json"), UNPAIRED_LOG);
        Trajectory t = Importers.read(f).runs().get(0).trajectory();
        TokenUsage sum = TokenUsage.ZERO;
        double cost = 0;
        for (Turn turn : t.turns()) {
            sum = sum.plus(turn.usage());
            cost += turn.costUsd() == null ? 0 : turn.costUsd();
        }
        assertEquals(2400, sum.input());
        assertEquals(55, sum.output());
        assertEquals(0.006, cost, 1e-9);
        assertEquals(1500, t.turns().get(0).usage().input(), "the retried call counts on the turn it preceded");
        assertEquals(900, t.turns().get(1).usage().input(), "paired by text");
    }

    @Test
    void atifFinalMetricsAreRespectedAndTheDiscrepancyReported() throws IOException {
        Path f = Fixtures.write(dir.resolve("trajectory.json"), ATIF_WITH_FINAL_METRICS);
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            ImportService.FileOutcome o = new ImportService(id -> Optional.empty(), new TaskScoring(ScoreOptions.DEFAULT),
                    ScoreVariant.SET).importFile(f, s);
            RunSummary r = s.run(o.runIds().get(0)).orElseThrow();
            assertEquals(7000, r.inputTokens());
            assertEquals(802, r.outputTokens());
            assertEquals(0.03, r.costUsd(), 1e-9);
            assertTrue(o.summary().contains("1 run: the source's own totals (7,802 tokens) differ from the sum of its"
                    + " steps (6,502); kept the source's totals"), o.summary());
            String config = s.detail(r.id()).orElseThrow().configJson();
            assertTrue(config.contains("\"stepTotals\":{\"inputTokens\":6000,\"outputTokens\":502}"), config);
        }
    }
}
