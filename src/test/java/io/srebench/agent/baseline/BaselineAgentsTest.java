package io.srebench.agent.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.agent.AgentLoop;
import io.srebench.agent.Agents;
import io.srebench.agent.CancelFlag;
import io.srebench.agent.FixtureSnapshot;
import io.srebench.agent.LoopConfig;
import io.srebench.agent.ProcessSandbox;
import io.srebench.agent.Replay;
import io.srebench.agent.TaskBrief;
import io.srebench.agent.TurnListener;
import io.srebench.trajectory.RunStatus;
import io.srebench.trajectory.Trajectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineAgentsTest {
    private static final TaskBrief BRIEF = new TaskBrief("fixture", "fixture", "otel-demo");

    @TempDir
    Path tmp;
    private Path snapshot;

    @BeforeEach
    void setUp() throws Exception {
        snapshot = FixtureSnapshot.write(tmp.resolve("snap"));
    }

    private Trajectory run(String agent, Agents.Options options, String scratch) {
        return new AgentLoop(LoopConfig.DEFAULT).run(Agents.create(agent, options), BRIEF,
                new ProcessSandbox(snapshot, tmp.resolve(scratch)), TurnListener.NONE, new CancelFlag());
    }

    @Test
    void alertEchoSubmitsTheAlertingServices() {
        Trajectory t = run("alert-echo", Agents.Options.none(), "w1");
        assertEquals(RunStatus.DONE, t.run().status());
        assertEquals(FixtureSnapshot.expectedAlertEcho(), t.submission().entities());
        assertEquals(2, t.turns().size());
        assertTrue(t.turns().get(0).toolCalls().stream().allMatch(c -> c.name().equals("shell")));
    }

    @Test
    void topologyWalkFollowsAnomalousCalleesToTheCrashingDeployment() {
        Trajectory t = run("topology-walk", Agents.Options.none(), "w2");
        assertEquals(RunStatus.DONE, t.run().status(), t.run().error());
        assertEquals(List.of("otel-demo/Deployment/payment"), t.submission().entities(), t.turns().toString());
        assertEquals(3, t.turns().size());
        assertTrue(t.turns().get(0).toolResults().stream().allMatch(r -> r.exitCode() == 0), "all queries ran cleanly");
        // turn 2: one command for every origin, its rows naming the origin's objects
        assertEquals(1, t.turns().get(1).toolCalls().size());
        String related = t.turns().get(1).toolResults().get(0).stdout();
        assertTrue(related.contains("Deployment\totel-demo\tpayment\t"), related);
    }

    @Test
    void topologyWalkIsDeterministic() {
        assertEquals(run("topology-walk", Agents.Options.none(), "w3").submission(),
                run("topology-walk", Agents.Options.none(), "w4").submission());
    }

    @Test
    void oracleListsTheSnapshotThenSubmitsItsAnswer() {
        Trajectory t = run("oracle", new Agents.Options(null, null, null, List.of("otel-demo/ConfigMap/flagd-config")), "w5");
        assertEquals(List.of("otel-demo/ConfigMap/flagd-config"), t.submission().entities());
        assertTrue(t.turns().get(0).toolResults().get(0).stdout().contains("topology.json"));
    }

    @Test
    void unknownAgentAndMissingOptionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Agents.create("nope", Agents.Options.none()));
        assertThrows(IllegalArgumentException.class, () -> Agents.create("oracle", Agents.Options.none()));
        assertThrows(IllegalArgumentException.class, () -> Agents.create("model", Agents.Options.none()));
    }

    @Test
    void alertLabelPrecedence() {
        String out = "A\tns1\t\tsvc\tpod-1\tdep\nB\t\t\t\tpod-2\t\nC\t\t\t\t\tdep2\nD\t\t\t\t\t\n";
        assertEquals(List.of("ns1/Service/svc", "otel-demo/Pod/pod-2", "otel-demo/Deployment/dep2"),
                AlertEchoAgent.entitiesFromAlertLabels(out, "otel-demo"));
    }

    @Test
    void replayOfTheSameSnapshotIsIdenticalAndAChangedFileIsReported() throws Exception {
        Trajectory t = run("topology-walk", Agents.Options.none(), "w6");
        Replay.Report same = Replay.run(t, new ProcessSandbox(snapshot, tmp.resolve("r1")), Duration.ofSeconds(60));
        assertTrue(same.identical(), same.differences().toString());
        assertEquals(6, same.commandsReplayed());

        Files.writeString(snapshot.resolve("topology.json"), "{\"nodes\": [], \"edges\": []}");
        Replay.Report changed = Replay.run(t, new ProcessSandbox(snapshot, tmp.resolve("r2")), Duration.ofSeconds(60));
        assertEquals(1, changed.differences().size(), changed.differences().toString());
        Replay.Difference d = changed.differences().get(0);
        assertEquals(2, d.index());
        assertTrue(d.command().contains("topology.json"));
        assertTrue(d.summary().startsWith("stdout"), d.summary());
    }
}
