package io.srebench.studio.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.studio.kit.RunViewFixture;
import io.srebench.studio.kit.RunViewContext;
import io.srebench.run.NewRun;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.ScoreRecord;
import io.srebench.store.SqliteStore;
import io.srebench.studio.app.BackgroundExecutor;
import io.srebench.studio.kit.alerts.AlertRow;
import io.srebench.studio.inspector.alerts.AlertsState;
import io.srebench.studio.inspector.topology.NodeState;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectorViewModelTest {
    @TempDir
    Path dir;
    @AutoClose
    private SqliteStore store;
    private Path snapshot;
    private long runId;
    private final AtomicInteger truthCalls = new AtomicInteger();
    private final RunViewFixture.ManualTicker ticker = new RunViewFixture.ManualTicker();

    @BeforeEach
    void setUp() throws Exception {
        store = SqliteStore.open(dir.resolve("s.db"));
        snapshot = RunViewFixture.writeSnapshot(dir.resolve("snap"));
        runId = RunViewFixture.fillRun(store);
    }

    private InspectorViewModel open(long id) {
        InspectorViewModel vm = new InspectorViewModel(
                RunViewFixture.context(store, snapshot, BackgroundExecutor.direct(), ticker, truthCalls), id);
        vm.load();
        return vm;
    }

    private NodeState state(InspectorViewModel vm, String node) {
        return vm.nodeStatesProperty().get().get(node);
    }

    @Test
    void loadsSummaryTurnsSnapshotAndScore() {
        InspectorViewModel vm = open(runId);
        assertEquals(5, vm.turns().size());
        assertEquals(0, vm.currentProperty().get());
        assertEquals("turn 1 / 5", vm.turnLabelProperty().get());
        assertEquals(RunStatus.DONE, vm.summaryProperty().get().status());
        assertNull(vm.snapshotProperty().get().note());
        assertEquals(3, vm.snapshotProperty().get().alerts().rows().size());
        assertFalse(vm.layoutProperty().get().nodes().isEmpty());
        assertEquals(0.5, vm.scoreProperty().get().score());
        assertEquals(2, vm.scoreProperty().get().rows().size());
        assertFalse(vm.liveProperty().get());
        assertEquals(0, ticker.started());
        assertEquals(0, vm.pendingProperty().get());
        assertTrue(vm.turns().get(3).hasError(), "exit 1 turn is an error turn");
    }

    @Test
    void graphHasTopologyAndOwnershipButNoNamespaceOrOldReplicaSets() {
        InspectorViewModel vm = open(runId);
        var g = vm.snapshotProperty().get().graph();
        assertTrue(g.node(RunViewFixture.DEPLOY_PAYMENT).isPresent());
        assertTrue(g.node(RunViewFixture.SERVICE_CART).isPresent());
        assertTrue(g.node("ReplicaSet/otel-demo/payment-old").isEmpty(), "a ReplicaSet without pods is left out");
        assertTrue(g.nodes().stream().noneMatch(n -> n.kind().equals("Namespace")));
        assertTrue(g.edges().stream().anyMatch(e -> e.source().equals(RunViewFixture.DEPLOY_PAYMENT)
                && e.target().equals("ReplicaSet/otel-demo/payment-5d8f7c9b4") && e.label().equals("owns")));
        assertTrue(g.edges().stream().anyMatch(e -> e.source().equals("Service/otel-demo/payment")
                && e.target().equals(RunViewFixture.POD_PAYMENT) && e.label().equals("selects")));
    }

    @Test
    void steppingIsClampedAndUpdatesTheLabel() {
        InspectorViewModel vm = open(runId);
        vm.previous();
        assertEquals(0, vm.currentProperty().get());
        vm.next();
        vm.next();
        assertEquals("turn 3 / 5", vm.turnLabelProperty().get());
        vm.last();
        assertEquals(4, vm.currentProperty().get());
        vm.next();
        assertEquals(4, vm.currentProperty().get());
        vm.first();
        assertEquals(0, vm.currentProperty().get());
        vm.goTo(99);
        assertEquals("turn 5 / 5", vm.turnLabelProperty().get());
        long seq = vm.focusProperty().get().seq();
        vm.goTo(4);
        assertTrue(vm.focusProperty().get().seq() > seq, "every navigation makes a new focus");
    }

    @Test
    void aStartTurnIsShownOnceTurnsArrive() {
        InspectorViewModel vm = new InspectorViewModel(
                RunViewFixture.context(store, snapshot, BackgroundExecutor.direct(), ticker, truthCalls), runId);
        vm.startAt(4);
        vm.load();
        assertEquals("turn 4 / 5", vm.turnLabelProperty().get());
        InspectorViewModel last = new InspectorViewModel(
                RunViewFixture.context(store, snapshot, BackgroundExecutor.direct(), ticker, truthCalls), runId);
        last.startAt(0);
        last.load();
        assertEquals("turn 5 / 5", last.turnLabelProperty().get());
    }

    @Test
    void touchedEntitiesFollowTheCurrentTurn() {
        InspectorViewModel vm = open(runId);
        assertFalse(state(vm, RunViewFixture.SERVICE_CHECKOUT).touchedSoFar(), "turn 1 only lists alert files");
        vm.goTo(1);
        assertTrue(state(vm, RunViewFixture.SERVICE_CHECKOUT).touchedNow());
        assertFalse(state(vm, RunViewFixture.POD_PAYMENT).touchedSoFar());
        vm.goTo(2);
        assertTrue(state(vm, RunViewFixture.POD_PAYMENT).touchedNow());
        assertTrue(state(vm, RunViewFixture.DEPLOY_PAYMENT).touchedNow(), "'payment' names the Deployment too");
        assertFalse(state(vm, RunViewFixture.SERVICE_CHECKOUT).touchedNow());
        assertTrue(state(vm, RunViewFixture.SERVICE_CHECKOUT).touchedSoFar());
        assertFalse(state(vm, RunViewFixture.SERVICE_CART).touchedSoFar(), "cart is never named");
        assertTrue(state(vm, RunViewFixture.DEPLOY_PAYMENT).submitted());
        assertFalse(state(vm, RunViewFixture.SERVICE_CART).submitted());
        assertEquals(List.of(2, 4), vm.mentionsProperty().get().turnsMentioning("payment"));
    }

    @Test
    void topologyShowsTheApplicationLevelUntilPodsAreAskedFor() {
        InspectorViewModel vm = open(runId);
        var shown = vm.shownGraphProperty().get();
        assertTrue(shown.graph().node(RunViewFixture.DEPLOY_PAYMENT).isPresent());
        assertTrue(shown.graph().node(RunViewFixture.POD_PAYMENT).isEmpty(), "Pods fold into their workload");
        assertTrue(shown.graph().node("Service/otel-demo/payment").isEmpty(), "the Service merges with its Deployment");
        assertEquals(RunViewFixture.DEPLOY_PAYMENT, shown.shownId(RunViewFixture.POD_PAYMENT));
        assertEquals(shown.graph().nodes().size(), vm.layoutProperty().get().nodes().size());
        assertEquals("Deployment/otel-demo/checkout", shown.shownId(RunViewFixture.SERVICE_CHECKOUT));
        assertTrue(shown.graph().edges().contains(new io.srebench.studio.kit.topology.EntityGraph.Edge(
                "Deployment/otel-demo/checkout", RunViewFixture.DEPLOY_PAYMENT, "calls")), "Service calls lift up");

        vm.goTo(2);
        assertTrue(state(vm, RunViewFixture.POD_PAYMENT).touchedNow());
        assertTrue(vm.shownStatesProperty().get().get(RunViewFixture.DEPLOY_PAYMENT).touchedNow());
        vm.goTo(4);
        vm.selectNode(RunViewFixture.POD_PAYMENT);
        assertTrue(vm.shownStatesProperty().get().get(RunViewFixture.DEPLOY_PAYMENT).selected(),
                "selecting a folded Pod marks the node that shows it");

        vm.showPodsProperty().set(true);
        shown = vm.shownGraphProperty().get();
        assertTrue(shown.graph().node(RunViewFixture.POD_PAYMENT).isPresent());
        assertTrue(vm.layoutProperty().get().nodes().containsKey(RunViewFixture.POD_PAYMENT), "laid out again");
        assertTrue(vm.shownStatesProperty().get().get(RunViewFixture.POD_PAYMENT).selected());
        assertFalse(vm.shownStatesProperty().get().get(RunViewFixture.DEPLOY_PAYMENT).selected());
        vm.showPodsProperty().set(false);
        assertTrue(vm.layoutProperty().get().nodes().containsKey(RunViewFixture.DEPLOY_PAYMENT));
        assertFalse(vm.layoutProperty().get().nodes().containsKey(RunViewFixture.POD_PAYMENT));
    }

    @Test
    void alertsFiringAndLookedAtFollowTheTurn() {
        InspectorViewModel vm = open(runId);
        String crash = AlertRow.keyOf("KubePodCrashLooping", "payment-5d8f7c9b4-abcde", "otel-demo");
        String checkout = AlertRow.keyOf("HighRequestErrorRate", "checkout", "otel-demo");
        AlertsState s0 = vm.alertsStateProperty().get();
        assertEquals(0, s0.poll(), "before any alert file is read, turn 1 of 5 maps to the first poll");
        assertTrue(s0.lookedAt().isEmpty());
        assertTrue(s0.firing().contains(checkout));
        assertTrue(state(vm, RunViewFixture.SERVICE_CHECKOUT).firing());
        vm.goTo(1);
        AlertsState s1 = vm.alertsStateProperty().get();
        assertTrue(s1.lookedAt().contains(checkout));
        assertFalse(s1.lookedAt().contains(crash));
        vm.goTo(4);
        AlertsState s4 = vm.alertsStateProperty().get();
        assertEquals(0, s4.poll(), "the agent only read the first poll's file");
        assertTrue(s4.rule().contains("read"));
        assertTrue(s4.lookedAt().contains(crash), "the pod name appeared in turn 3's output");
        assertFalse(s4.firing().contains(crash));
    }

    @Test
    void groundTruthIsHiddenUntilRevealedAndLoadedOnce() {
        InspectorViewModel vm = open(runId);
        assertFalse(state(vm, RunViewFixture.DEPLOY_PAYMENT).rootCause());
        assertEquals(0, truthCalls.get(), "the ground truth is not even read before it is revealed");
        vm.revealGroundTruthProperty().set(true);
        assertTrue(state(vm, RunViewFixture.DEPLOY_PAYMENT).rootCause());
        assertFalse(state(vm, RunViewFixture.SERVICE_CHECKOUT).rootCause());
        vm.revealGroundTruthProperty().set(false);
        assertFalse(state(vm, RunViewFixture.DEPLOY_PAYMENT).rootCause());
        vm.revealGroundTruthProperty().set(true);
        assertEquals(1, truthCalls.get());
    }

    @Test
    void selectingAScoredEntitySelectsItsNodeAndJumpsToItsTurns() {
        InspectorViewModel vm = open(runId);
        vm.selectEntity("otel-demo/Deployment/payment");
        assertEquals(RunViewFixture.DEPLOY_PAYMENT, vm.selectedNodeProperty().get());
        assertEquals(2, vm.currentProperty().get());
        assertTrue(state(vm, RunViewFixture.DEPLOY_PAYMENT).selected());
        assertEquals(List.of(2, 4), vm.selectedEntityTurns());
        vm.selectEntity("otel-demo/Deployment/payment");
        assertEquals(4, vm.currentProperty().get(), "the next click moves to the next turn naming it");
        vm.selectEntity("otel-demo/Service/checkout");
        assertEquals(RunViewFixture.SERVICE_CHECKOUT, vm.selectedNodeProperty().get());
        assertFalse(state(vm, RunViewFixture.DEPLOY_PAYMENT).selected());
    }

    @Test
    void snapshotFailureLeavesTranscriptAndScoring() {
        RunViewContext ctx = RunViewFixture.context(store, snapshot, BackgroundExecutor.direct(), ticker, truthCalls);
        RunViewContext broken = new RunViewContext(store, ctx.tasks(), t -> {
            throw new IllegalStateException("generator exploded");
        }, ctx.truths(), ctx.executor(), ticker);
        InspectorViewModel vm = new InspectorViewModel(broken, runId);
        vm.load();
        assertTrue(vm.snapshotProperty().get().note().startsWith("snapshot unavailable: generator exploded"));
        assertTrue(vm.snapshotProperty().get().graph().isEmpty());
        assertEquals(5, vm.turns().size());
        assertNotNull(vm.scoreProperty().get());
        assertFalse(vm.transcript().docProperty().get().text().isEmpty());
    }

    @Test
    void aTaskOutsideTheCatalogHasNoTopologyButATranscript() {
        long other = store.createRun(new NewRun(0, "imported-task", "alert-echo", null, 1, "{}"));
        RunViewFixture.appendTurns(store, other, RunViewFixture.turns().subList(0, 2), 0);
        store.finishRun(other, RunStatus.DONE, null, "[]", RunViewFixture.T0);
        InspectorViewModel vm = open(other);
        assertEquals("task not in the catalog: no topology, no alerts", vm.snapshotProperty().get().note());
        assertEquals(2, vm.turns().size());
        assertNull(vm.scoreProperty().get());
        vm.revealGroundTruthProperty().set(true);
        assertTrue(vm.truthNoteProperty().get().contains("not in the catalog"));
        assertTrue(vm.transcript().docProperty().get().text().contains("$ ls alerts/"));
    }

    @Test
    void aLiveRunIsPolledUntilItEnds() {
        long live = store.createRun(new NewRun(0, RunViewFixture.TASK_ID, "model", "m", 1, "{}"));
        store.markRunning(live, "process", RunViewFixture.T0);
        var turns = RunViewFixture.turns();
        RunViewFixture.appendTurns(store, live, turns.subList(0, 2), 0);
        InspectorViewModel vm = open(live);
        assertTrue(vm.liveProperty().get());
        assertTrue(ticker.running());
        assertEquals(2, vm.turns().size());
        vm.last();
        ticker.tick();
        assertEquals(2, vm.turns().size(), "nothing new yet");
        RunViewFixture.appendTurns(store, live, turns.subList(2, 4), 2);
        ticker.tick();
        assertEquals(4, vm.turns().size());
        assertEquals(3, vm.currentProperty().get(), "a view at the last turn follows new turns");
        assertTrue(vm.transcript().docProperty().get().text().contains("grep ERROR otel_logs_raw.tsv"));
        assertTrue(state(vm, RunViewFixture.POD_PAYMENT).touchedSoFar(), "mentions are indexed for new turns");
        RunViewFixture.appendTurns(store, live, turns.subList(4, 5), 4);
        store.finishRun(live, RunStatus.DONE, null, "[\"otel-demo/Deployment/payment\"]", RunViewFixture.T0);
        store.putScore(live, new ScoreRecord("set", 1.0, 1.0, 1.0, "{\"rows\":[],\"missed\":[]}"), true);
        ticker.tick();
        assertEquals(5, vm.turns().size());
        assertFalse(vm.liveProperty().get());
        assertFalse(ticker.running());
        assertEquals(1.0, vm.scoreProperty().get().score());
        assertEquals(List.of("otel-demo/Deployment/payment"), vm.submittedProperty().get());
    }

    @Test
    void disposeStopsPollingAndIgnoresLaterWork() {
        long live = store.createRun(new NewRun(0, RunViewFixture.TASK_ID, "model", "m", 1, "{}"));
        store.markRunning(live, "process", RunViewFixture.T0);
        InspectorViewModel vm = open(live);
        assertTrue(ticker.running());
        vm.dispose();
        assertFalse(ticker.running());
        assertEquals(1, ticker.stopped());
        RunViewFixture.appendTurns(store, live, RunViewFixture.turns().subList(0, 1), 0);
        vm.poll();
        assertEquals(0, vm.turns().size());
    }

    @Test
    void searchFindsHiddenMatchesAndExpandsTheirBlock() {
        InspectorViewModel vm = open(runId);
        var t = vm.transcript();
        assertTrue(t.docProperty().get().text().contains("[+ 49 more lines]"), "a 61-line output collapses to 12");
        assertFalse(t.docProperty().get().text().contains("needle-in-the-tail"));
        t.queryProperty().set("NEEDLE-in-the");
        t.search(0);
        assertEquals(1, t.matchesProperty().get().size());
        assertEquals(3, vm.currentProperty().get(), "moves to the match's turn");
        assertTrue(t.docProperty().get().text().contains("needle-in-the-tail"), "the block was expanded");
        assertTrue(t.docProperty().get().offsetOf(t.current()).isPresent());
        assertEquals("match 1 / 1", t.matchLabelProperty().get());
        t.queryProperty().set("payment");
        t.search(0);
        int n = t.matchesProperty().get().size();
        assertEquals(3, n, "payment appears in a command, an output and the submission");
        t.previousMatch();
        assertEquals(n - 1, t.currentMatchProperty().get(), "previous wraps round");
        t.nextMatch();
        assertEquals(0, t.currentMatchProperty().get());
        t.queryProperty().set("");
        t.search(0);
        assertEquals("", t.matchLabelProperty().get());
    }

    @Test
    void unreadableTurnRecordsStillShow() {
        long id = store.createRun(new NewRun(0, "x", "a", null, 1, "{}"));
        store.appendTurn(id, new io.srebench.run.TurnRecord(0, RunViewFixture.T0, "{not json", "x"), 0, 0, 0);
        store.finishRun(id, RunStatus.ERRORED, "boom", null, RunViewFixture.T0);
        InspectorViewModel vm = open(id);
        assertEquals(1, vm.turns().size());
        assertNotNull(vm.turns().get(0).parseError());
        assertTrue(vm.transcript().docProperty().get().text().contains("unreadable turn record"));
        assertEquals(Optional.empty(), Optional.ofNullable(vm.scoreProperty().get()));
    }
}
