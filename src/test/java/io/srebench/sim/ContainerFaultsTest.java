package io.srebench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.fault.UnsupportedFaultException;
import io.srebench.sim.k8s.PodStatus;
import org.junit.jupiter.api.Test;

class ContainerFaultsTest {
    private static String container(String name) {
        return "            container:\n              name: " + name + "\n";
    }

    private static ObjectNode lastPod(Harness h, String w) {
        return h.pods(w, h.end - 1).get(0);
    }

    @Test
    void nonexistentImage() {
        Harness h = Harness.run(Harness.otel("nonexistent-kubernetes-workload-container-image", "product-catalog",
                container("product-catalog")));
        assertTrue(h.event("Failed", "Failed to pull image"));
        assertTrue(h.event("Failed", "Error: ErrImagePull"));
        assertTrue(h.event("BackOff", "Back-off pulling image"));
        assertEquals("ImagePullBackOff", PodStatus.waitingReason(lastPod(h, "product-catalog")));
        assertTrue(h.firing("KubePodNotReady", "product-catalog-"));
        assertTrue(h.errorRate("frontend", "Server", true) > 0.2, "product pages fail");
    }

    @Test
    void unsupportedArchitecture() {
        Harness h = Harness.run(Harness.otel("unsupported-architecture-kubernetes-workload-container-image", "checkout",
                container("checkout")));
        assertTrue(h.event("Failed", "no match for platform in manifest"));
        assertEquals("ImagePullBackOff", PodStatus.waitingReason(lastPod(h, "checkout")));
        assertTrue(h.firing("KubePodNotReady", "checkout-"));
    }

    @Test
    void invalidCommandCrashLoops() {
        Harness h = Harness.run(Harness.otel("invalid-kubernetes-workload-container-command", "product-catalog",
                container("product-catalog")));
        ObjectNode p = lastPod(h, "product-catalog");
        assertTrue(PodStatus.restarts(p) >= 4, "restarts " + PodStatus.restarts(p));
        assertTrue(h.event("BackOff", "Back-off restarting failed container product-catalog"));
        assertTrue(h.event("Failed", "executable file not found") || h.event("Failed", "no such file or directory"));
        assertTrue(h.firing("KubePodCrashLooping", "product-catalog-"));
    }

    @Test
    void insufficientMemoryIsOomKilled() {
        Harness h = Harness.run(Harness.otel("insufficient-kubernetes-workload-container-resources", "postgresql",
                container("postgresql")));
        ObjectNode p = lastPod(h, "postgresql");
        assertEquals("8Mi", p.at("/spec/containers/0/resources/limits/memory").asText());
        boolean oom = h.cluster.world().history().values().stream().flatMap(java.util.List::stream)
                .anyMatch(v -> v.body().toString().contains("\"OOMKilled\""));
        assertTrue(oom, "a container status records OOMKilled");
        assertTrue(h.event("OOMKilling", "Memory cgroup out of memory"));
        assertTrue(h.firing("KubePodCrashLooping", "postgresql-"));
        assertTrue(h.errorRate("product-catalog", "Server", true) > 0.5, "the catalog cannot read its database");
    }

    @Test
    void brokenReadinessProbe() {
        Harness h = Harness.run(Harness.otel("misconfigured-kubernetes-workload-container-readiness-probe", "frontend",
                container("frontend")));
        ObjectNode p = lastPod(h, "frontend");
        assertEquals("Running", p.path("status").path("phase").asText());
        assertFalse(PodStatus.ready(p));
        assertTrue(h.event("Unhealthy", "Readiness probe failed"));
        assertTrue(h.errorRate("frontend-proxy", "Server", true) > 0.8, "no ready frontend endpoint");
        assertTrue(h.firing("KubePodNotReady", "frontend-"));
    }

    @Test
    void crashingInitContainer() {
        Harness h = Harness.run(Harness.otel("crashing-kubernetes-workload-init-container", "recommendation",
                "            configMapName: features\n"));
        assertTrue(h.obj("ConfigMap", "otel-demo", "recommendation-config", h.end - 1).path("data").has("features"));
        assertEquals("CrashLoopBackOff", PodStatus.waitingReason(lastPod(h, "recommendation")));
        assertTrue(h.event("BackOff", "validate-config"));
        assertTrue(h.firing("KubeContainerWaiting", "recommendation-"));
    }

    @Test
    void hangingInitContainer() {
        Harness h = Harness.run(Harness.otel("hanging-kubernetes-workload-init-container", "email", ""));
        ObjectNode p = lastPod(h, "email");
        assertEquals("PodInitializing", PodStatus.waitingReason(p));
        assertTrue(p.at("/status/initContainerStatuses/0/state/running").isObject());
        assertTrue(h.firing("KubeContainerWaiting", "email-"));
        assertTrue(h.errorRate("checkout", "Server", true) > 0.5);
    }

    @Test
    void removedLimitsLeaveThePodHealthy() {
        Harness h = Harness.run(Harness.otel("unassigned-kubernetes-workload-container-resource-limits", "cart",
                container("cart")));
        ObjectNode p = lastPod(h, "cart");
        assertFalse(p.at("/spec/containers/0/resources").has("limits"));
        assertTrue(PodStatus.ready(p));
        assertEquals(0.0, h.errorRate("cart", "Server", true));
    }

    @Test
    void changedAddressBreaksTheCallee() {
        Harness h = Harness.run(Harness.otel("modified-kubernetes-workload-container-environment-variable", "shipping",
                "            container:\n              name: shipping\n              env:\n                name: QUOTE_ADDR\n"
                        + "                value: quote:0000\n"));
        assertTrue(h.errorRate("shipping", "Client", true) > 0.9);
        assertEquals(0, h.count("quote", "Server", true), "quote receives nothing");
        assertTrue(h.errorRate("checkout", "Server", true) > 0.9);
        assertTrue(h.firing("NoRequestsReceived", "quote"));
    }

    @Test
    void unknownEnvironmentVariableIsRefused() {
        String yaml = Harness.otel("modified-kubernetes-workload-container-environment-variable", "shipping",
                "            container:\n              name: shipping\n              env:\n                name: RUST_LOG\n"
                        + "                value: trace\n");
        UnsupportedFaultException e = assertThrows(UnsupportedFaultException.class, () -> Harness.run(yaml));
        assertTrue(e.getMessage().contains("RUST_LOG"), e.getMessage());
    }

    @Test
    void dnsPolicyBreaksOutgoingCalls() {
        Harness h = Harness.run(Harness.otel("failing-name-resolution-kubernetes-workload-dns-policy", "frontend", ""));
        assertEquals("None", lastPod(h, "frontend").at("/spec/dnsPolicy").asText());
        assertTrue(h.spans(s -> s.service().equals("frontend") && s.kind().equals("Client") && h.after(s))
                .stream().allMatch(s -> s.statusMessage().contains("Name resolution failed")));
        assertEquals(0, h.count("product-catalog", "Server", true));
        assertTrue(h.firing("HighRequestErrorRate", "frontend"));
    }
}
