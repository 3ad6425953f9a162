package io.srebench.studio.inspector.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.studio.inspector.MentionIndex;
import io.srebench.task.mention.MentionMatcher;
import io.srebench.studio.kit.alerts.AlertRow;
import io.srebench.studio.kit.topology.EntityGraph;
import io.srebench.studio.kit.topology.GraphLayout;
import io.srebench.studio.kit.topology.ShownGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The topology's levels of detail: what the application level folds, merges, hides and keeps. */
class ShownGraphTest {
    private static final String DEPLOY = "Deployment/shop/payment";
    private static final String SVC = "Service/shop/payment";
    private static final String RS = "ReplicaSet/shop/payment-5d8f";
    private static final String POD = "Pod/shop/payment-5d8f-abcde";
    private static final String CHECKOUT_SVC = "Service/shop/checkout";
    private static final String DB = "StatefulSet/shop/db";
    private static final String DB_POD = "Pod/shop/db-0";
    private static final String CONFIG = "ConfigMap/shop/payment-config";
    private static final String SECRET = "Secret/shop/db-password";
    private static final String CHAOS = "PodChaos/shop/kill-payment";
    private static final String CHAOS_CTRL = "Deployment/chaos-mesh/chaos-controller-manager";
    private static final String CHAOS_CTRL_POD = "Pod/chaos-mesh/chaos-controller-manager-x1";
    private static final String NODE = "Node//worker-1";

    /** A shop: checkout calls payment (Service + Deployment -> RS -> Pod, which reads a ConfigMap) and a db. */
    private static EntityGraph shop() {
        List<EntityGraph.Node> nodes = new ArrayList<>();
        for (String id : List.of(DEPLOY, SVC, RS, POD, CHECKOUT_SVC, DB, DB_POD, CONFIG, SECRET, CHAOS, CHAOS_CTRL,
                CHAOS_CTRL_POD, NODE)) {
            String[] p = id.split("/");
            nodes.add(new EntityGraph.Node(id, p[0], p[2], p[1].isEmpty() ? null : p[1]));
        }
        List<EntityGraph.Edge> edges = List.of(
                new EntityGraph.Edge(CHECKOUT_SVC, SVC, "calls"),
                new EntityGraph.Edge(SVC, "Service/shop/db-missing", "calls"),
                new EntityGraph.Edge(DEPLOY, RS, "owns"),
                new EntityGraph.Edge(RS, POD, "contains"),
                new EntityGraph.Edge(SVC, POD, "selects"),
                new EntityGraph.Edge(POD, CONFIG, "depends_on"),
                new EntityGraph.Edge(POD, NODE, "depends_on"),
                new EntityGraph.Edge(POD, DB_POD, "calls"),
                new EntityGraph.Edge(DB, DB_POD, "owns"),
                new EntityGraph.Edge(DB_POD, SECRET, "depends_on"),
                new EntityGraph.Edge(CHAOS_CTRL, CHAOS_CTRL_POD, "owns"),
                new EntityGraph.Edge(CHAOS, POD, "targets"));
        return new EntityGraph(nodes, edges.stream().filter(e -> !e.target().contains("missing")).toList());
    }

    private static List<String> ids(ShownGraph s) {
        return s.graph().nodes().stream().map(EntityGraph.Node::id).toList();
    }

    @Test
    void applicationLevelMergesServiceAndWorkloadFoldsPodsAndHidesTheRest() {
        ShownGraph s = ShownGraph.application(shop(), Set.of());
        assertEquals(List.of(DEPLOY, CHECKOUT_SVC, DB), ids(s));
        assertEquals("Deployment · Service", s.kindLabel(s.graph().node(DEPLOY).orElseThrow()));
        assertEquals("Service", s.kindLabel(s.graph().node(CHECKOUT_SVC).orElseThrow()));
        assertEquals(DEPLOY, s.shownId(SVC));
        assertEquals(DEPLOY, s.shownId(RS));
        assertEquals(DEPLOY, s.shownId(POD), "a Pod is shown as the Deployment that owns it (through its ReplicaSet)");
        assertEquals(DB, s.shownId(DB_POD));
        assertNull(s.shownId(CONFIG), "an untouched ConfigMap is hidden");
        assertNull(s.shownId(CHAOS_CTRL), "a workload outside the application's namespaces is hidden");
        assertNull(s.shownId(NODE));
        assertEquals(6, s.hidden(), "config map, secret, chaos object, controller and its pod, node");
        assertTrue(s.graph().edges().contains(new EntityGraph.Edge(CHECKOUT_SVC, DEPLOY, "calls")));
        assertTrue(s.graph().edges().contains(new EntityGraph.Edge(DEPLOY, DB, "calls")), "pod-to-pod calls lift up");
        assertTrue(s.graph().edges().stream().noneMatch(e -> e.source().equals(e.target())), "selects/owns fold away");
        assertEquals(2, s.graph().edges().size());
        assertTrue(s.focus().isEmpty());
    }

    @Test
    void notableObjectsAreShownWithTheirEdgesAndBecomeTheFocus() {
        ShownGraph s = ShownGraph.application(shop(), Set.of(CONFIG, CHAOS, CHAOS_CTRL_POD, POD));
        assertTrue(ids(s).containsAll(List.of(CONFIG, CHAOS, CHAOS_CTRL)));
        assertFalse(ids(s).contains(SECRET));
        assertFalse(ids(s).contains(POD));
        assertTrue(s.graph().edges().contains(new EntityGraph.Edge(DEPLOY, CONFIG, "depends_on")),
                "the Pod's dependency becomes its Deployment's");
        assertTrue(s.graph().edges().contains(new EntityGraph.Edge(CHAOS, DEPLOY, "targets")));
        assertEquals(Set.of(CONFIG, CHAOS, CHAOS_CTRL, DEPLOY), s.focus(), "a notable Pod makes its Deployment a focus");
    }

    @Test
    void aTouchedOrAlertingPodLightsUpItsDeployment() {
        ShownGraph s = ShownGraph.application(shop(), Set.of(POD));
        Map<String, NodeState> states = new LinkedHashMap<>();
        shop().nodes().forEach(n -> states.put(n.id(), NodeState.PLAIN));
        states.put(POD, new NodeState(true, true, true, false, false, false));
        states.put(SVC, new NodeState(false, false, false, true, false, true));
        Map<String, NodeState> shown = NodeState.shown(states, s);
        assertEquals(Set.of(DEPLOY, CHECKOUT_SVC, DB), shown.keySet());
        assertEquals(new NodeState(true, true, true, true, false, true), shown.get(DEPLOY),
                "the Pod's alert and touch, the Service's submission and selection");
        assertEquals(NodeState.PLAIN, shown.get(DB));
        assertTrue(shown.get(DEPLOY).styleClasses().containsAll(List.of("node-firing", "node-touched", "node-submitted")));
    }

    @Test
    void anAlertAboutAPodMakesItNotableAndFiresItsDeployment() {
        AlertRow crash = new AlertRow(AlertRow.keyOf("KubePodCrashLooping", "payment-5d8f-abcde", "shop"),
                "KubePodCrashLooping", "pod", "payment-5d8f-abcde", "shop", "critical", null, null, null, List.of(0));
        MentionIndex none = MentionIndex.empty(new MentionMatcher(List.of()));
        Set<String> notable = NodeState.notable(shop(), List.of(crash), none, Set.of(), null);
        assertEquals(Set.of(POD), notable);
        ShownGraph s = ShownGraph.application(shop(), notable);
        assertEquals(Set.of(DEPLOY), s.focus());
        Map<String, NodeState> states = NodeState.compute(shop(), List.of(crash), none, -1, Set.of(), null, null);
        assertFalse(states.get(DEPLOY).firing(), "the alert names the Pod only");
        assertTrue(NodeState.shown(states, s).get(DEPLOY).firing());
    }

    @Test
    void fullLevelShowsEveryPodAndReplicaSet() {
        ShownGraph s = ShownGraph.of(shop(), true, Set.of(POD));
        assertEquals(shop().nodes().size(), s.graph().nodes().size());
        assertEquals(POD, s.shownId(POD));
        assertEquals(SVC, s.shownId(SVC));
        assertEquals(Set.of(POD), s.focus());
        assertEquals("Pod", s.kindLabel(s.graph().node(POD).orElseThrow()));
        assertFalse(s.sameDrawing(ShownGraph.of(shop(), false, Set.of(POD))));
        assertTrue(s.sameDrawing(ShownGraph.of(shop(), true, Set.of())), "the focus alone does not need a new layout");
    }

    @Test
    void layoutRunsLeftToRightWithBoxesSizedToTheirLabels() {
        ShownGraph s = ShownGraph.application(shop(), Set.of(CONFIG));
        GraphLayout.Result r = GraphLayout.compute(s);
        GraphLayout.Box checkout = r.nodes().get(CHECKOUT_SVC);
        GraphLayout.Box payment = r.nodes().get(DEPLOY);
        GraphLayout.Box db = r.nodes().get(DB);
        assertTrue(checkout.x() + checkout.width() <= payment.x(), "a caller is left of its callee");
        assertTrue(payment.x() + payment.width() <= db.x());
        double kindLine = "Deployment · Service".length() * GraphLayout.KIND_CHAR_WIDTH;
        assertTrue(payment.width() >= kindLine + 2 * GraphLayout.NODE_PAD, "the merged kind line fits");
        assertTrue(r.nodes().get(CONFIG).width() >= "payment-config".length() * GraphLayout.CHAR_WIDTH);
        assertEquals(r.nodes().keySet(), Set.copyOf(ids(s)));
    }
}
