package io.srebench.studio.inspector.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.srebench.studio.kit.topology.EntityGraph;
import io.srebench.studio.kit.topology.ShownGraph;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.task.snapshot.K8sEvent;
import io.srebench.task.snapshot.K8sObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The objects and events a topology node's details list (issue 13, item 6). */
class NodeFactsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static K8sObject object(String kind, String name, String body) throws Exception {
        return new K8sObject(1, Instant.EPOCH, kind, name, "shop", "v1", null, JSON.readTree(body));
    }

    private static K8sEvent event(String kind, String name, String ns, String reason, int count, String at) {
        return new K8sEvent(1, K8sEvent.Shape.LITE, null, "ADDED", "Warning", reason, reason + " happened",
                Instant.parse(at), count, kind, name, ns, ns, "kubelet", null);
    }

    @Test
    void aWorkloadNodeListsItsServiceAndPodsWithStatusAndTheirEventsOldestFirst() throws Exception {
        EntityGraph.Node dep = new EntityGraph.Node("Deployment/shop/cart", "Deployment", "cart", "shop");
        EntityGraph.Node svc = new EntityGraph.Node("Service/shop/cart", "Service", "cart", "shop");
        EntityGraph.Node pod = new EntityGraph.Node("Pod/shop/cart-1", "Pod", "cart-1", "shop");
        EntityGraph.Node other = new EntityGraph.Node("Pod/shop/ad-1", "Pod", "ad-1", "shop");
        EntityGraph g = new EntityGraph(List.of(dep, svc, pod, other), List.of());
        ShownGraph shown = new ShownGraph(g, Map.of(dep.id(), dep.id(), svc.id(), dep.id(), pod.id(), dep.id(),
                other.id(), other.id()), Map.of(), Set.of(), 0);
        List<K8sObject> objects = List.of(
                object("Deployment", "cart", "{\"spec\":{\"replicas\":2},\"status\":{\"replicas\":2,\"readyReplicas\":1}}"),
                object("Service", "cart", "{\"spec\":{}}"),
                object("Pod", "cart-1", "{\"status\":{\"phase\":\"Running\",\"containerStatuses\":[{\"restartCount\":7,"
                        + "\"state\":{\"waiting\":{\"reason\":\"CrashLoopBackOff\"}}}]}}"),
                object("Pod", "ad-1", "{\"status\":{\"phase\":\"Running\"}}"));
        List<K8sEvent> events = List.of(
                event("Pod", "cart-1", "shop", "BackOff", 12, "2025-12-01T21:16:30Z"),
                event("Deployment", "cart", "shop", "ScalingReplicaSet", 1, "2025-12-01T21:10:00Z"),
                event("Pod", "cart-1", "other-ns", "Elsewhere", 1, "2025-12-01T21:11:00Z"),
                event("Pod", "ad-1", "shop", "Killing", 1, "2025-12-01T21:12:00Z"));
        NodeFacts f = NodeFacts.of(dep.id(), g, shown, objects, events);
        assertEquals(List.of("Deployment cart · ready 1/2", "Service cart",
                "Pod cart-1 · Running · CrashLoopBackOff · 7 restarts"), f.objects());
        assertEquals(List.of("21:10:00 Warning ScalingReplicaSet on Deployment cart: ScalingReplicaSet happened",
                "21:16:30 Warning BackOff ×12 on Pod cart-1: BackOff happened"), f.events());
        NodeFacts ad = NodeFacts.of(other.id(), g, shown, objects, events);
        assertEquals(List.of("Pod ad-1 · Running"), ad.objects());
        assertEquals(1, ad.events().size());
    }
}
