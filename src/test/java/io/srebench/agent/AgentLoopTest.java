package io.srebench.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.trajectory.ChatMessage;
import io.srebench.agent.model.Endpoint;
import io.srebench.agent.model.EndpointKind;
import io.srebench.agent.model.ModelCallException;
import io.srebench.agent.model.PriceTable;
import io.srebench.trajectory.ToolCall;
import io.srebench.trajectory.RunStatus;
import io.srebench.trajectory.Trajectory;
import io.srebench.trajectory.TrajectoryIO;
import io.srebench.trajectory.Turn;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentLoopTest {
    private static final TaskBrief BRIEF = new TaskBrief("scenario-x", "fixture app", "otel-demo");
    private static final Endpoint ENDPOINT = Endpoint.of("fake", EndpointKind.OPENAI, null, "gpt-4.1", "UNUSED_KEY_VAR");

    @TempDir
    Path tmp;
    private ProcessSandbox sandbox;

    @BeforeEach
    void setUp() throws Exception {
        sandbox = new ProcessSandbox(FixtureSnapshot.write(tmp.resolve("snap")), tmp.resolve("scratch"));
    }

    private static ModelAgent agent(ScriptedModelClient model) {
        return new ModelAgent(ENDPOINT, model, PriceTable.bundled());
    }

    @Test
    void scriptedModelRunsMalformedCallNudgeAndSubmitThroughTheLoop() {
        ScriptedModelClient model = new ScriptedModelClient()
                .reply("look", ScriptedModelClient.shell("c1", "ls /snapshot/alerts"),
                        new ToolCall("c2", "shell", "{\"command\": \"ls"))
                .reply("hmm, no tool this time")
                .reply("", ScriptedModelClient.shell("c3", "echo hi > /work/note && cat /work/note"))
                .reply("done", ScriptedModelClient.submit("c4", "otel-demo/Deployment/payment"));
        StringWriter jsonl = new StringWriter();
        Trajectory t = new AgentLoop(LoopConfig.DEFAULT).run(agent(model), BRIEF, sandbox, new JsonlTrajectoryWriter(jsonl),
                new CancelFlag());

        assertEquals(RunStatus.DONE, t.run().status());
        assertEquals(4, t.turns().size());
        assertEquals(List.of("otel-demo/Deployment/payment"), t.submission().entities());
        assertTrue(t.submission().submitted());
        Turn first = t.turns().get(0);
        assertEquals(1, first.malformedCalls());
        assertFalse(first.toolCalls().get(1).valid());
        assertTrue(first.toolResults().get(0).stdout().contains("alerts_at_2025-12-01T21-16-00.000000.json"));
        assertEquals(2, first.inputDelta().size(), "system + task prompt");
        assertTrue(t.turns().get(2).notes(ChatMessage.User.NUDGE).size() == 1, "nudge after the reply without a tool call");
        assertEquals("hi\n", t.turns().get(2).toolResults().get(0).stdout());
        // the model saw the error result for the malformed call and the shell output
        List<ChatMessage> seen = model.requests.get(1).messages();
        assertTrue(seen.stream().anyMatch(m -> m instanceof ChatMessage.ToolResult r && r.error()
                && r.content().contains("not valid JSON")));
        assertTrue(seen.stream().anyMatch(m -> m instanceof ChatMessage.ToolResult r && r.content().contains("<exit_code>0")));
        // gpt-4.1: 800 uncached x $2 + 200 cached x $0.5 + 100 out x $8, per million
        assertEquals((800 * 2.0 + 200 * 0.5 + 100 * 8.0) / 1e6, first.costUsd(), 1e-12);
        assertEquals("gpt-4.1", t.run().endpoint().model());
        assertEquals(t, TrajectoryIO.fromJsonl(jsonl.toString(), "stream"), "streamed JSONL reads back to the same run");
    }

    /** Issue 14 finding 6: one reply with 500 tool calls ran all 500; now 16 run and the rest get an error result. */
    @Test
    void toolCallsBeyondThePerReplyCapAreAnsweredWithAnErrorAndCounted() throws Exception {
        List<ToolCall> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            calls.add(ScriptedModelClient.shell("c" + i, "echo x >> /work/count"));
        }
        calls.add(ScriptedModelClient.submit("s", "otel-demo/Deployment/payment"));
        ScriptedModelClient model = new ScriptedModelClient().reply("all at once", calls.toArray(new ToolCall[0]));
        Trajectory t = new AgentLoop(LoopConfig.DEFAULT).run(agent(model), BRIEF, sandbox, TurnListener.NONE,
                new CancelFlag());
        assertEquals(16, LoopConfig.DEFAULT.maxToolCallsPerReply(), "the documented default");
        assertEquals(16, java.nio.file.Files.readAllLines(tmp.resolve("scratch").resolve("count")).size(),
                "only the first 16 calls ran");
        Turn turn = t.turns().get(0);
        assertEquals(484, turn.malformedCalls());
        assertEquals(501, turn.toolResults().size(), "every call is answered");
        assertFalse(turn.toolCalls().get(16).valid());
        assertTrue(turn.toolCalls().get(16).error().startsWith("over the cap of 16"));
        assertTrue(turn.toolResults().get(499).error().contains("over the cap of 16"));
        assertTrue(t.submission().submitted(), "submit does no work and is not counted against the cap");
    }

    @Test
    void turnCapGivesEmptySubmissionAndWarnings() {
        ScriptedModelClient model = new ScriptedModelClient();
        for (int i = 0; i < 3; i++) {
            model.reply("", ScriptedModelClient.shell("c" + i, "true"));
        }
        Trajectory t = new AgentLoop(LoopConfig.DEFAULT.withMaxTurns(3)).run(agent(model), BRIEF, sandbox, TurnListener.NONE,
                new CancelFlag());
        assertEquals(RunStatus.DONE, t.run().status());
        assertFalse(t.submission().submitted());
        assertTrue(t.submission().entities().isEmpty());
        assertTrue(t.turns().get(0).notes(ChatMessage.User.TURN_WARNING).get(0).startsWith("3 turns left"));
        assertTrue(t.turns().get(2).notes(ChatMessage.User.TURN_WARNING).get(0).contains("last turn"));
    }

    @Test
    void oldToolOutputsAreTrimmedToTheBudgetAndRecorded() {
        ScriptedModelClient model = new ScriptedModelClient()
                .reply("", ScriptedModelClient.shell("big", "head -c 40000 /dev/zero | tr '\\0' x"))
                .reply("", ScriptedModelClient.shell("small", "echo small"))
                .reply("", ScriptedModelClient.submit("s", "a/Service/b"));
        Trajectory t = new AgentLoop(LoopConfig.DEFAULT.withContextBudget(3000)).run(agent(model), BRIEF, sandbox,
                TurnListener.NONE, new CancelFlag());
        assertTrue(t.turns().get(1).trims().isEmpty(), "the latest turn's outputs are never trimmed");
        assertEquals("big", t.turns().get(2).trims().get(0).callId());
        assertTrue(t.turns().get(2).trims().get(0).estimatedTokensAfter() < t.turns().get(2).trims().get(0)
                .estimatedTokensBefore());
        assertTrue(model.requests.get(2).messages().stream().anyMatch(m -> m instanceof ChatMessage.ToolResult r
                && r.trimmed() && r.content().equals(Prompts.trimmedPlaceholder())));
    }

    @Test
    void contextLengthErrorTrimsEverythingOlderAndRetriesOnce() {
        ScriptedModelClient model = new ScriptedModelClient()
                .reply("", ScriptedModelClient.shell("c1", "seq 1 2000"))
                .reply("", ScriptedModelClient.shell("c2", "echo 2"))
                .fail(new ModelCallException("too long", ModelCallException.Kind.CONTEXT_LENGTH, false, 400, null))
                .reply("", ScriptedModelClient.submit("s", "a/Service/b"));
        Trajectory t = new AgentLoop(LoopConfig.DEFAULT).run(agent(model), BRIEF, sandbox, TurnListener.NONE, new CancelFlag());
        assertEquals(RunStatus.DONE, t.run().status());
        assertEquals("context_length_error", t.turns().get(2).trims().get(0).reason());
    }

    @Test
    void failedModelCallMarksTheRunErroredWithoutSubmission() {
        ScriptedModelClient model = new ScriptedModelClient()
                .reply("", ScriptedModelClient.shell("c1", "true"))
                .fail(new ModelCallException("endpoint 'fake': HTTP 500: boom", ModelCallException.Kind.SERVER_ERROR, true,
                        500, null));
        Trajectory t = new AgentLoop(LoopConfig.DEFAULT).run(agent(model), BRIEF, sandbox, TurnListener.NONE, new CancelFlag());
        assertEquals(RunStatus.ERRORED, t.run().status());
        assertTrue(t.run().error().contains("HTTP 500"));
        assertNull(t.submission());
        assertEquals(1, t.turns().size());
    }

    @Test
    void cancelFlagInterruptsBetweenTurns() {
        ScriptedModelClient model = new ScriptedModelClient();
        for (int i = 0; i < 5; i++) {
            model.reply("", ScriptedModelClient.shell("c" + i, "true"));
        }
        CancelFlag cancel = new CancelFlag();
        TurnListener cancelAfterTwo = new TurnListener() {
            @Override
            public void onTurn(Turn turn) {
                if (turn.index() == 2) {
                    cancel.cancel();
                }
            }
        };
        Trajectory t = new AgentLoop(LoopConfig.DEFAULT).run(agent(model), BRIEF, sandbox, cancelAfterTwo, cancel);
        assertEquals(RunStatus.INTERRUPTED, t.run().status());
        assertEquals(2, t.turns().size());
        assertNull(t.submission());
    }

    @Test
    void commandTimeoutIsReportedAsTimedOut() {
        ScriptedModelClient model = new ScriptedModelClient()
                .reply("", ScriptedModelClient.shell("c1", "sleep 5"))
                .reply("", ScriptedModelClient.submit("s"));
        Trajectory t = new AgentLoop(LoopConfig.DEFAULT.withCommandTimeout(Duration.ofMillis(300))).run(agent(model), BRIEF,
                sandbox, TurnListener.NONE, new CancelFlag());
        assertTrue(t.turns().get(0).toolResults().get(0).timedOut());
        assertTrue(model.requests.get(1).messages().stream().anyMatch(m -> m instanceof ChatMessage.ToolResult r
                && r.content().contains("<error_kind>timeout</error_kind>")));
        assertTrue(t.submission().entities().isEmpty());
        assertTrue(t.submission().submitted());
    }
}
