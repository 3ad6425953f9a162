package io.srebench.agent.shortcut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.agent.Agent;
import io.srebench.agent.AgentLoop;
import io.srebench.agent.Agents;
import io.srebench.agent.CancelFlag;
import io.srebench.agent.LoopConfig;
import io.srebench.agent.TaskBrief;
import io.srebench.agent.TurnListener;
import io.srebench.trajectory.RunStatus;
import io.srebench.trajectory.Trajectory;
import io.srebench.sandbox.Sandbox;
import io.srebench.sandbox.SandboxFactory;
import io.srebench.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each shortcut run through the real sandbox on {@link ShortcutSnapshot}: what it submits. */
class ShortcutAgentsTest {
    private static final TaskBrief BRIEF = new TaskBrief("fixture", "fixture", "shop");

    @TempDir
    static Path tmp;
    private static Path snapshot;

    @BeforeAll
    static void writeSnapshot() throws Exception {
        snapshot = ShortcutSnapshot.write(tmp.resolve("snap"));
    }

    private static List<String> submitted(Agent agent) {
        Trajectory t;
        try (Sandbox sandbox = SandboxFactory.create(snapshot, SandboxOptions.defaults())) {
            t = new AgentLoop(LoopConfig.DEFAULT).run(agent, BRIEF, sandbox, TurnListener.NONE, new CancelFlag());
        }
        assertEquals(RunStatus.DONE, t.run().status(), t.run().error());
        assertTrue(t.turns().get(0).toolResults().stream().allMatch(r -> r.exitCode() == null
                || r.exitCode() == 0 && r.stderr().isBlank()),
                () -> "queries ran cleanly: " + t.turns().get(0).toolResults());
        return t.submission().entities();
    }

    private static Agent agent(String name) {
        return Agents.create(name, new Agents.Options(null, null, null, null, List.of("shop/Deployment/web")));
    }

    @Test
    void changedNamesEveryObjectThatChangedMappedToItsOwnerInChangeOrder() {
        assertEquals(List.of("shop/ConfigMap/app-config", "shop/Deployment/api", "shop/ResourceQuota/quota",
                "shop/NetworkPolicy/deny-all"), submitted(agent(ChangedObjectsAgent.NAME)));
    }

    @Test
    void severeChaosNamesLiveSchedulesWithAViolentSpecOnly() {
        assertEquals(List.of("chaos-mesh/Schedule/cut"), submitted(agent(SevereChaosAgent.NAME)));
    }

    @Test
    void warningsNamesTheDeploymentWhosePodsHaveTheMostWarningEvents() {
        // api: 3 Warnings over two pods; web: 1 Warning and 4 Normal events
        assertEquals(List.of("shop/Deployment/api"), submitted(agent(WarningEventsAgent.NAME)));
    }

    @Test
    void warningsKeepsObjectsThatAreNotADeploymentsPods() {
        assertEquals("shop/Node/node-1", WarningEventsAgent.entityOf(
                "involvedObject\"\":{\"\"kind\"\":\"\"Node\"\",\"\"name\"\":\"\"node-1\"\"", "shop"));
        assertEquals("kube-system/Pod/etcd-0", WarningEventsAgent.entityOf(
                "involvedObject\"\":{\"\"kind\"\":\"\"Pod\"\",\"\"name\"\":\"\"etcd-0\"\",\"\"namespace\"\":\"\"kube-system\"\"",
                "shop"));
    }

    @Test
    void newestNamesTheUnownedObjectsCreatedLastAndCloseTogether() {
        assertEquals(List.of("shop/NetworkPolicy/deny-all", "shop/ResourceQuota/quota"),
                submitted(agent(NewestObjectsAgent.NAME)));
    }

    @Test
    void managersNamesWhatTheRarestNonControllerManagerWroteInTheWindow() {
        assertEquals(List.of("shop/ConfigMap/app-config"), submitted(agent(FieldManagerOutlierAgent.NAME)));
    }

    @Test
    void errorOriginNamesTheServiceWhereMostErrorsStart() {
        assertEquals(List.of("shop/Service/payment"), submitted(agent(ErrorOriginAgent.NAME)));
    }

    @Test
    void firstAlertNamesTheEarliestFiringAlertsEntity() {
        assertEquals(List.of("shop/Pod/api-7f9c-fghij"), submitted(agent(FirstAlertAgent.NAME)));
    }

    @Test
    void voteSubmitsWhatAtLeastTwoShortcutsName() {
        // Deployment/api: named by changed and by warnings (the fixture's Warning events are on its pods)
        assertEquals(List.of("shop/ConfigMap/app-config", "shop/Deployment/api", "shop/ResourceQuota/quota",
                "shop/NetworkPolicy/deny-all"), submitted(agent(ShortcutVoteAgent.NAME)));
    }

    @Test
    void constantSubmitsItsListAndNeedsOne() {
        assertEquals(List.of("shop/Deployment/web"), submitted(agent(ConstantAnswerAgent.NAME)));
        assertThrows(IllegalArgumentException.class, () -> Agents.create(ConstantAnswerAgent.NAME,
                Agents.Options.none()));
    }

    @Test
    void everyShortcutIsRegistered() {
        assertTrue(Agents.NAMES.containsAll(Agents.SHORTCUTS));
        assertEquals(9, Agents.SHORTCUTS.size());
    }

    @Test
    void voteRanksByVotesAndFallsBackToTheTopVotedOne() {
        ShortcutVoteAgent vote = new ShortcutVoteAgent(List.of());
        List<String> empty = vote.commands().stream().map(c -> "").toList();
        assertEquals(List.of(), vote.answer(empty, "shop"));
        assertEquals(7, vote.members().size());
    }
}
