package io.srebench.interop;

import io.srebench.trajectory.ChatMessage;
import io.srebench.trajectory.TokenUsage;
import io.srebench.trajectory.EndpointInfo;
import io.srebench.trajectory.RunInfo;
import io.srebench.trajectory.RunStatus;
import io.srebench.trajectory.Submission;
import io.srebench.trajectory.ToolCallRecord;
import io.srebench.trajectory.ToolResultRecord;
import io.srebench.trajectory.Trajectory;
import io.srebench.trajectory.TrajectoryIO;
import io.srebench.trajectory.TrimRecord;
import io.srebench.trajectory.Turn;
import io.srebench.run.NewRun;
import io.srebench.run.RunRepository;
import io.srebench.run.ScoreRecord;
import io.srebench.run.TurnRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** srebench runs as the harness records them, for round-trip tests and the export bench. */
final class SampleRuns {
    static final Instant T0 = Instant.parse("2026-03-04T05:06:07.123456789Z");

    private SampleRuns() {
    }

    static Trajectory trajectory(String task, int turns) {
        List<Turn> list = new ArrayList<>();
        for (int i = 1; i <= turns; i++) {
            List<ChatMessage> input = i == 1 ? List.of(new ChatMessage.System("sys"), new ChatMessage.User("task",
                    "Investigate " + task)) : List.of();
            Instant s = T0.plusSeconds(10L * i);
            list.add(new Turn(i, s, s.plusMillis(900), input, "step " + i, i % 2 == 0 ? "thinking " + i : "",
                    List.of(new ToolCallRecord("c" + i, "shell", "{\"command\":\"grep -c Warning k8s_events_raw.tsv\"}",
                            true, null)),
                    List.of(new ToolResultRecord("c" + i, "shell", 0, "4" + i + "\n", "", 3, 0, false, false, 12, false,
                            null)),
                    new TokenUsage(1000L * i, 200, 50, 10), 800, 12, 0.001 * i,
                    i == 3 ? List.of(new TrimRecord("c1", 400, 5000, 4000, "budget")) : List.of(), 0, "tool_use"));
        }
        RunInfo info = new RunInfo("run-" + task, task, "model", new EndpointInfo("gpt", "openai", "gpt-5", "low", 4096,
                null), "bwrap", T0, T0.plusSeconds(100), RunStatus.DONE, null, 30, 60, 100_000);
        return new Trajectory(Trajectory.SCHEMA, info, list, new Submission(List.of("otel-demo/Deployment/cart"),
                "because", true));
    }

    /** Writes a run into a store the way the benchmark runner does; returns its id. */
    static long store(RunRepository repo, long benchmark, Trajectory t, int repeat, io.srebench.trajectory.RunStatus status) {
        long id = repo.createRun(new NewRun(benchmark, t.run().taskId(), "gpt", "gpt-5", repeat,
                "{\"name\":\"gpt\",\"kind\":\"model\",\"endpoint\":\"gpt\",\"model\":\"gpt-5\",\"options\":{}}"));
        if (status == io.srebench.trajectory.RunStatus.QUEUED) {
            return id;
        }
        repo.markRunning(id, "bwrap", t.run().startedAt());
        double cost = 0;
        long in = 0;
        long out = 0;
        for (Turn turn : t.turns()) {
            cost += turn.costUsd();
            in += turn.usage().input();
            out += turn.usage().output();
            repo.appendTurn(id, new TurnRecord(turn.index() - 1, turn.endedAt(), TrajectoryIO.turnLine(turn),
                    io.srebench.run.AgentSessionExecutor.searchText(turn)), cost, in, out);
        }
        if (status == io.srebench.trajectory.RunStatus.DONE) {
            repo.putScore(id, new ScoreRecord("set", 0.5, 1.0, 0.5, "{\"rows\":[]}"), true);
            repo.putScore(id, new ScoreRecord("ranked", 0.25, 1.0, 0.25, "{\"rows\":[]}"), false);
            repo.finishRun(id, status, null, TrajectoryIO.MAPPER.valueToTree(t.submission()).toString(),
                    t.run().endedAt());
        } else if (status.isFinal()) {
            repo.finishRun(id, status, "provider failed: 500", null, t.run().endedAt());
        }
        return id;
    }
}
