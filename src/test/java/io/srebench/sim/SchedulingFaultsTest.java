package io.srebench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.k8s.PodStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

class SchedulingFaultsTest {
    private static void pendingWithoutNode(Harness h, String workload) {
        List<ObjectNode> pods = h.pods(workload, h.end - 1);
        assertEquals(1, pods.size());
        assertEquals("Pending", pods.get(0).path("status").path("phase").asText());
        assertFalse(pods.get(0).path("spec").has("nodeName"), "a Pending unschedulable pod has no node");
        assertTrue(h.firing("KubePodNotReady", workload + "-"), "KubePodNotReady fires for the pending pod");
    }

    @Test
    void cordonedNodeBlocksScheduling() {
        Harness h = Harness.run(Harness.otel("cordoned-kubernetes-worker-node", "payment", ""));
        long cordoned = h.cluster.nodes().stream().filter(n -> h.obj("Node", null, n, h.end - 1).path("spec")
                .path("unschedulable").asBoolean()).count();
        assertEquals(1, cordoned);
        assertTrue(h.event("FailedScheduling", "node(s) were unschedulable"));
        assertTrue(h.event("NodeNotSchedulable", "NodeNotSchedulable"));
        pendingWithoutNode(h, "payment");
        assertTrue(h.errorRate("checkout", "Server", true) > 0.5, "checkout fails without payment");
    }

    @Test
    void nonexistentNodeSelector() {
        Harness h = Harness.run(Harness.otel("nonexistent-kubernetes-workload-node", "ad", ""));
        String host = h.obj("Deployment", "otel-demo", "ad", h.end - 1).at("/spec/template/spec/nodeSelector")
                .path("kubernetes.io/hostname").asText();
        assertFalse(h.cluster.nodes().contains(host));
        assertTrue(h.event("FailedScheduling", "didn't match Pod's node affinity/selector"));
        pendingWithoutNode(h, "ad");
        assertEquals(0, h.count("ad", "Server", true));
        assertTrue(h.errorRate("frontend", "Client", true) > 0.05, "frontend's calls to ad fail");
    }

    @Test
    void antiAffinityMakesPodUnschedulable() {
        Harness h = Harness.run(Harness.otel("unschedulable-kubernetes-workload-pod-anti-affinity-rule", "payment", ""));
        assertTrue(h.obj("Deployment", "otel-demo", "payment", h.end - 1).at("/spec/template/spec/affinity/podAntiAffinity")
                .isObject());
        assertTrue(h.event("FailedScheduling", "didn't match pod anti-affinity rules"));
        pendingWithoutNode(h, "payment");
        assertTrue(h.firing("KubeDeploymentReplicasMismatch", "payment"));
    }

    @Test
    void priorityPreemptionEvictsLowPriorityPod() {
        Harness h = Harness.run(Harness.otel("priority-kubernetes-workload-priority-preemption", "kafka", ""));
        assertTrue(h.obj("PriorityClass", null, "low-priority", h.end - 1) != null);
        assertTrue(h.event("Preempted", "Preempted by pod"));
        assertTrue(h.event("FailedScheduling", "Insufficient memory"));
        pendingWithoutNode(h, "kafka");
        assertTrue(h.errorRate("checkout", "Server", true) > 0.5, "orders cannot be published");
    }

    @Test
    void resourceQuotaForbidsPods() {
        Harness h = Harness.run(Harness.otel("insufficient-kubernetes-resource-quota", "checkout", ""));
        assertTrue(h.obj("ResourceQuota", "otel-demo", "strict-resource-quota", h.end - 1) != null);
        assertTrue(h.event("FailedCreate", "exceeded quota: strict-resource-quota"));
        assertTrue(h.pods("checkout", h.end - 1).isEmpty(), "no checkout pod exists");
        assertEquals(0, h.count("checkout", "Server", true));
        assertTrue(h.errorRate("frontend", "Server", true) > 0.02);
        assertTrue(h.firing("NoRequestsReceived", "payment"), "payment starves behind checkout");
    }

    @Test
    void missingPersistentVolumeClaim() {
        String extra = "            container:\n              name: reviews\n";
        Harness h = Harness.run(Harness.yaml("bookInfo", "        - id: nonexistent-kubernetes-workload-persistent-volume-claim\n"
                + "          args:\n" + extra + "            kubernetesObject:\n              apiVersion: apps/v1\n"
                + "              kind: Deployment\n              metadata:\n                name: reviews-v3\n"
                + "                namespace: book-info\n"));
        assertTrue(h.event("FailedScheduling", "persistentvolumeclaim \"reviews-v3-data\" not found"));
        pendingWithoutNode(h, "reviews-v3");
        assertTrue(h.pods("reviews-v2", h.end - 1).stream().allMatch(PodStatus::ready), "other versions keep serving");
    }
}
