package io.srebench.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.trajectory.ChatMessage;
import io.srebench.trajectory.TokenUsage;
import io.srebench.trajectory.RunStatus;
import io.srebench.trajectory.ToolCallRecord;
import io.srebench.trajectory.ToolResultRecord;
import io.srebench.trajectory.Trajectory;
import io.srebench.trajectory.Turn;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportersTest {
    @TempDir
    Path dir;

    private static Trajectory only(Importers.ImportResult r) {
        assertEquals(1, r.runs().size());
        return r.runs().get(0).trajectory();
    }

    @Test
    void stirrupV02GroupsBecomeOneConversation() throws IOException {
        Path f = Fixtures.write(dir.resolve("runs/scenario-12/history.json"), Fixtures.STIRRUP_V02);
        assertEquals(ImportFormat.STIRRUP, Importers.detect(f));
        Importers.ImportResult r = Importers.read(f);
        Trajectory t = only(r);
        assertEquals("scenario-12", t.run().taskId(), "task from the directory name");
        assertEquals("stirrup", t.run().agent());
        assertEquals("gpt-5", t.run().endpoint().model());
        assertEquals(RunStatus.DONE, t.run().status());
        assertEquals(3, t.turns().size());

        Turn t1 = t.turns().get(0);
        assertEquals("Listing alerts.", t1.assistantText());
        assertEquals("Start with the alerts.", t1.reasoning());
        assertEquals(new ToolCallRecord("call_1", "shell", "{\"command\":\"ls /snapshot/alerts\"}", true, null),
                t1.toolCalls().get(0));
        ToolResultRecord res = t1.toolResults().get(0);
        assertEquals(0, res.exitCode());
        assertEquals("alerts_at_2026.json\n", res.stdout());
        assertEquals("", res.stderr());
        assertEquals(250, res.durationMs());
        assertEquals(new TokenUsage(812, 0, 34, 4), t1.usage());
        assertEquals(1400, t1.modelLatencyMs());
        assertTrue(t1.inputDelta().get(0) instanceof ChatMessage.System);
        assertEquals(new ChatMessage.User("task", "Find the root cause of the incident in /snapshot."), t1.inputDelta().get(1));

        Turn t2 = t.turns().get(1);
        assertEquals(new ChatMessage.User("summary", "So far: listed alerts."), t2.inputDelta().get(1));
        assertEquals("Grep the events.", t2.reasoning());
        ToolResultRecord timeout = t2.toolResults().get(0);
        assertTrue(timeout.timedOut());
        assertTrue(timeout.error().startsWith("timeout: command ran longer"), timeout.error());
        assertEquals("code_exec", t2.toolCalls().get(1).name(), "a non-string cmd is not a shell command");
        assertEquals("Tool arguments are not valid", t2.toolResults().get(1).error());

        Turn t3 = t.turns().get(2);
        assertEquals(List.of("2 turns left."), t3.notes("turn_warning"));
        assertEquals("finish", t3.toolCalls().get(0).name());
        assertEquals(List.of("otel-demo/ConfigMap/flagd-config"), t.submission().entities());
        assertTrue(t.submission().submitted());
    }

    @Test
    void stirrupV01WrapperWithFinishParams() throws IOException {
        Path f = Fixtures.write(dir.resolve("run.json"), Fixtures.STIRRUP_V01);
        Trajectory t = only(Importers.read(f));
        assertEquals("scenario-7", t.run().taskId());
        assertEquals("sre-stirrup", t.run().agent());
        assertEquals("openai/gpt-4.1", t.run().endpoint().model());
        assertEquals(2, t.turns().size());
        Turn t1 = t.turns().get(0);
        assertEquals("Alerts first.", t1.reasoning());
        assertEquals("shell", t1.toolCalls().get(0).name());
        assertEquals(2, t1.toolResults().get(0).exitCode());
        assertEquals("head: cannot open", t1.toolResults().get(0).stderr());
        assertEquals("", t1.toolCalls().get(0).id(), "v0.1 null ids are paired in order");
        assertEquals(new TokenUsage(500, 0, 20, 0), t1.usage(), "v0.1 'output' is the answer count");
        assertEquals("Done.", t.turns().get(1).assistantText());
        assertEquals(List.of("otel-demo/ConfigMap/flagd-config"), t.submission().entities(),
                "contributing_factor false is not submitted");
    }

    @Test
    void inspectEvalDeflate() throws IOException {
        Path f = InspectFixture.eval(dir.resolve("log.eval"), 3, ZipBuilder.DEFLATE, 0);
        assertEquals(ImportFormat.INSPECT_EVAL, Importers.detect(f));
        Importers.ImportResult r = Importers.read(f);
        assertEquals(3, r.runs().size());
        ImportedRun run = r.runs().get(1);
        Trajectory t = run.trajectory();
        assertEquals("scenario-2", t.run().taskId());
        assertEquals("Scenario-2", run.sourceTaskId());
        assertEquals("react", t.run().agent());
        assertEquals("openai/gpt-4o", run.model());
        assertEquals(Instant.parse("2026-01-02T15:00:00Z"), t.run().startedAt());
        assertEquals(3, t.turns().size());
        Turn t1 = t.turns().get(0);
        assertEquals("Listing the alerts.", t1.assistantText());
        assertEquals("Look at the alerts first.", t1.reasoning());
        assertEquals("{\"command\":\"ls alerts\"}", t1.toolCalls().get(0).arguments());
        assertEquals(new TokenUsage(1800, 800, 20, 0), t1.usage(), "cache reads counted separately are added");
        assertEquals(0.004, t1.costUsd(), 1e-12);
        assertEquals(Instant.parse("2026-01-02T15:00:01Z"), t1.startedAt());
        assertEquals(1250, t1.modelLatencyMs());
        assertEquals(250, t1.toolResults().get(0).durationMs());
        assertTrue(t1.toolResults().get(0).stdout().startsWith("alerts_at_"));
        ToolResultRecord failed = t.turns().get(1).toolResults().get(0);
        assertEquals("unknown: cat: nothing.txt: No such file or directory", failed.error());
        assertEquals(new TokenUsage(1100, 0, 25, 0), t.turns().get(1).usage(), "no cache: input as given");
        assertEquals("tool_calls", t.turns().get(2).stopReason());
        assertEquals(List.of("otel-demo/Deployment/cart", "otel-demo/ConfigMap/flagd-config"), t.submission().entities());
        assertEquals(1.0, run.sourceInfo().path("scores").path("rca").asDouble());
        assertEquals("scenario_2_1", run.sourceInfo().path("sample").asText());
    }

    @Test
    void inspectEvalZstdWithMessagePoolAndAttachments() throws IOException {
        ZipBuilder z = new ZipBuilder().add("header.json", InspectFixture.HEADER, ZipBuilder.ZSTD);
        z.add("samples/scenario-1_epoch_1.json", InspectFixture.pooledSample("scenario-1"), ZipBuilder.ZSTD);
        z.add("samples/big_epoch_1.json", InspectFixture.sample("big", 1, "scenario-9", 300_000), ZipBuilder.ZSTD);
        Path f = z.write(dir.resolve("zstd.eval"));
        Importers.ImportResult r = Importers.read(f);
        assertEquals(2, r.runs().size());
        Trajectory t = r.runs().get(0).trajectory();
        assertEquals("scenario-1", t.run().taskId());
        assertEquals(2, t.turns().size(), "rebuilt from the last model event's pooled input plus its output");
        Turn first = t.turns().get(0);
        assertEquals(new ChatMessage.User("task", "Investigate scenario 1."), first.inputDelta().get(1));
        assertEquals("{\"command\":\"kubectl get pods -n otel-demo\"}", first.toolCalls().get(0).arguments());
        assertTrue(first.toolResults().get(0).stdout().startsWith("The frontend-proxy alert fires"));
        Turn turn = t.turns().get(1);
        assertEquals("Root cause found.", turn.assistantText());
        assertEquals(new TokenUsage(550, 400, 10, 0), turn.usage());
        assertEquals(Instant.parse("2026-03-01T12:00:05Z"), turn.startedAt());
        assertEquals(List.of("otel-demo/ConfigMap/flagd-config"), t.submission().entities());
        String json = io.srebench.trajectory.TrajectoryIO.toJson(t);
        assertFalse(json.contains("attachment://"), json);
        Trajectory big = r.runs().get(1).trajectory();
        assertEquals(300_000 + 42, big.turns().get(0).toolResults().get(0).stdout().length());
    }

    @Test
    void inspectJsonLogStreamsSamples() throws IOException {
        Path f = Fixtures.write(dir.resolve("log.json"), InspectFixture.jsonLog(3));
        assertEquals(ImportFormat.INSPECT_JSON, Importers.detect(f));
        Importers.ImportResult r = Importers.read(f);
        assertEquals(3, r.runs().size());
        assertEquals("scenario-4", r.runs().get(2).taskId());
        assertEquals(3, r.runs().get(2).sourceInfo().path("epoch").asInt());
    }

    @Test
    void itbenchDirectoryLayoutWithTrace() throws IOException {
        Path root = Fixtures.itbenchTree(dir.resolve("outputs"));
        assertEquals(ImportFormat.ITBENCH, Importers.detect(root));
        Importers.ImportResult r = Importers.read(root);
        assertEquals(2, r.runs().size());
        ImportedRun a = r.runs().get(0);
        assertEquals("scenario-3", a.taskId());
        assertEquals(1, a.sourceInfo().path("trial").asInt());
        Trajectory t = a.trajectory();
        assertEquals(List.of("otel-demo/ConfigMap/flagd-config"), t.submission().entities());
        assertEquals(2, t.turns().size());
        assertEquals("{\"command\":\"kubectl get cm -n otel-demo\"}", t.turns().get(0).toolCalls().get(0).arguments());
        assertEquals("flagd-config   1   3d", t.turns().get(0).toolResults().get(0).stdout());
        assertEquals(new TokenUsage(700, 600, 15, 0), t.turns().get(0).usage());
        assertEquals(1, a.sourceInfo().path("traceLinesSkipped").asInt());
        ImportedRun b = r.runs().get(1);
        assertEquals("scenario-4", b.taskId());
        assertEquals(List.of("otel-demo/Deployment/cart"), b.trajectory().submission().entities());
        assertEquals(1, b.trajectory().turns().size(), "without a trace the output is one turn");
        // a single output file reads too
        Path one = root.resolve("Scenario-3/1/outputs/agent_output.json");
        assertEquals(ImportFormat.ITBENCH, Importers.detect(one));
        assertEquals("scenario-3", Importers.read(one).runs().get(0).taskId());
    }

    @Test
    void atifTrajectory() throws IOException {
        Path f = Fixtures.write(dir.resolve("job/scenario-5__a1b2/agent/trajectory.json"), Fixtures.ATIF);
        assertEquals(ImportFormat.ATIF, Importers.detect(f));
        ImportedRun run = Importers.read(f).runs().get(0);
        Trajectory t = run.trajectory();
        assertEquals("scenario-5", t.run().taskId());
        assertEquals("terminus-2", t.run().agent());
        assertEquals("anthropic/claude-sonnet-4", run.model());
        assertEquals("run-7", t.run().runId());
        assertEquals(2, t.turns().size());
        Turn t1 = t.turns().get(0);
        assertEquals("{\"command\":\"ls alerts\"}", t1.toolCalls().get(0).arguments());
        assertEquals("alerts_at_x.json\n", t1.toolResults().get(0).stdout());
        assertEquals(new TokenUsage(900, 640, 12, 4), t1.usage());
        assertEquals(0.0011, t1.costUsd(), 1e-12);
        assertEquals("Check files.", t1.reasoning());
        assertEquals(new ChatMessage.User("task", "Find the root cause."), t1.inputDelta().get(1));
        assertEquals(List.of("otel-demo/Deployment/cart"), t.submission().entities());
        assertEquals("OOM", t.submission().reasoning());
        assertEquals(Instant.parse("2026-02-09T08:20:06Z"), t.run().startedAt());
    }

    @Test
    void srebenchJsonAndJsonl() throws IOException {
        Trajectory t = SampleRuns.trajectory("scenario-2", 3);
        Path json = dir.resolve("t.json");
        Path jsonl = dir.resolve("t.jsonl");
        io.srebench.trajectory.TrajectoryIO.write(t, json);
        io.srebench.trajectory.TrajectoryIO.write(t, jsonl);
        assertEquals(ImportFormat.SREBENCH, Importers.detect(json));
        assertEquals(ImportFormat.SREBENCH, Importers.detect(jsonl));
        assertEquals(t, only(Importers.read(json)));
        assertEquals(t, only(Importers.read(jsonl)));
        assertNull(Importers.read(jsonl).runs().get(0).restore());
    }

    @Test
    void taskIdsAreNormalised() {
        for (String s : List.of("Scenario-3", "scenario_3", "scenario3", "scenario-i3", "incident-3", "INCIDENT_3",
                "itbench/scenario-03", "scenario-3__abc")) {
            assertEquals("scenario-3", TaskIds.normalise(s), s);
        }
        assertEquals("my-task", TaskIds.normalise("my-task"));
        assertEquals("unknown", TaskIds.normalise(" "));
    }
}
