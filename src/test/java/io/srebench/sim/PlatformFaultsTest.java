package io.srebench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.sim.fault.UnsupportedFaultException;
import org.junit.jupiter.api.Test;

class PlatformFaultsTest {
    private static String bookinfoWorkload(String id, String name) {
        return Harness.yaml("bookInfo", "        - id: " + id + "\n          args:\n            kubernetesObject:\n"
                + "              apiVersion: apps/v1\n              kind: Deployment\n              metadata:\n"
                + "                name: " + name + "\n                namespace: book-info\n");
    }

    private static String namespaceFault(String id, String app, String ns, String extra) {
        return Harness.yaml(app, "        - id: " + id + "\n          args:\n" + extra + "            kubernetesObject:\n"
                + "              apiVersion: v1\n              kind: Namespace\n              metadata:\n"
                + "                name: " + ns + "\n");
    }

    @Test
    void hairTriggerHpaScalesToMax() {
        Harness h = Harness.run(Harness.otel("misconfigured-kubernetes-horizontal-pod-autoscaler", "frontend", ""));
        var hpa = h.obj("HorizontalPodAutoscaler", "otel-demo", "frontend", h.end - 1);
        assertEquals(1, hpa.at("/spec/metrics/0/resource/target/averageUtilization").asInt());
        assertEquals(hpa.at("/spec/maxReplicas").asInt(), h.pods("frontend", h.end - 1).size());
        assertTrue(h.event("SuccessfulRescale", "New size: 4"));
        assertTrue(h.firing("KubeHpaMaxedOut", "frontend"));
    }

    @Test
    void apiServerSurgeSlowsWorkloads() {
        Harness h = Harness.run(namespaceFault("kubernetes-api-server-request-surge", "opentelemetryDemo", "otel-demo",
                "            loadGenerator:\n              options:\n                requestsPerSecond: 1000\n"));
        assertNotNull(h.obj("Deployment", "otel-demo", "kube-api-load-generator", h.end - 1));
        double before = h.meanMs(h.spans(s -> s.service().equals("frontend") && s.kind().equals("Server") && h.before(s)));
        double after = h.meanMs(h.spans(s -> s.service().equals("frontend") && s.kind().equals("Server") && h.after(s)));
        assertTrue(after > before * 5, before + " -> " + after);
        assertTrue(h.firing("HighRequestLatency", "frontend"));
    }

    @Test
    void ambientModeDisabled() {
        Harness h = Harness.run(namespaceFault("disabled-istio-ambient-mode-kubernetes-namespace", "bookInfo", "book-info", ""));
        assertFalse(h.obj("Namespace", null, "book-info", h.end - 1).at("/metadata/labels").has("istio.io/dataplane-mode"));
        assertTrue(h.metrics.meshEnrolled(h.inject - 1));
        assertFalse(h.metrics.meshEnrolled(h.inject + 1));
        assertTrue(h.firing("NoRequestsReceived", "productpage"));
    }

    @Test
    void strictMtlsRejectsWorkloadOutsideMesh() {
        Harness h = Harness.run(bookinfoWorkload("strict-mutual-tls-istio-service-mesh-enforcement", "productpage-v1"));
        assertNotNull(h.obj("PeerAuthentication", "book-info", "strict-mtls-mode", h.end - 1));
        assertEquals("none", h.pods("productpage-v1", h.end - 1).get(0).at("/metadata/labels/istio.io~1dataplane-mode")
                .asText());
        assertTrue(h.errorRate("productpage", "Client", true) > 0.9);
        assertEquals(0, h.count("details", "Server", true));
        assertTrue(h.firing("HighRequestErrorRate", "productpage"));
    }

    @Test
    void gatewayPolicyDeniesGet() {
        Harness h = Harness.run(Harness.yaml("bookInfo", "        - id: traffic-denying-istio-gateway-authorization-policy\n"
                + "          args:\n            httpMethods:\n              - GET\n            kubernetesObject:\n"
                + "              apiVersion: gateway.networking.k8s.io/v1\n              kind: Gateway\n"
                + "              metadata:\n                name: bookinfo-gateway\n                namespace: book-info\n"));
        assertNotNull(h.obj("AuthorizationPolicy", "book-info", "bookinfo-gateway-deny", h.end - 1));
        assertTrue(h.spans(s -> s.service().equals("bookinfo-gateway-istio") && h.after(s)).stream()
                .allMatch(s -> "403".equals(s.attributes().get("http.response.status_code"))));
        assertEquals(0, h.count("productpage", "Server", true));
        assertTrue(h.firing("NoRequestsReceived", "productpage"));
    }

    @Test
    void istioFaultOnNonMeshApplicationIsRefused() {
        String yaml = Harness.otel("strict-mutual-tls-istio-service-mesh-enforcement", "frontend", "");
        UnsupportedFaultException e = assertThrows(UnsupportedFaultException.class, () -> Harness.run(yaml));
        assertTrue(e.getMessage().contains("Istio"), e.getMessage());
    }
}
