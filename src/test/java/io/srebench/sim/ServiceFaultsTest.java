package io.srebench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.sim.telemetry.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

class ServiceFaultsTest {
    private static String service(String id, String app, String ns, String name, String extra) {
        return Harness.yaml(app, "        - id: " + id + "\n          args:\n" + extra + "            kubernetesObject:\n"
                + "              apiVersion: v1\n              kind: Service\n              metadata:\n"
                + "                name: " + name + "\n                namespace: " + ns + "\n");
    }

    @Test
    void deletedServiceFailsNameResolution() {
        Harness h = Harness.run(service("deleted-kubernetes-service", "opentelemetryDemo", "otel-demo", "product-catalog", ""));
        assertNotNull(h.obj("Service", "otel-demo", "product-catalog", h.inject - 1));
        assertNull(h.obj("Service", "otel-demo", "product-catalog", h.inject + 1));
        List<Span> calls = h.spans(s -> s.kind().equals("Client") && s.name().startsWith("oteldemo.ProductCatalog")
                && h.after(s));
        assertTrue(!calls.isEmpty() && calls.stream().allMatch(s -> s.statusMessage().contains("Name resolution failed")));
        assertTrue(h.firing("HighRequestErrorRate", "frontend"));
    }

    @Test
    void invalidSelectorLeavesNoEndpoints() {
        Harness h = Harness.run(service("invalid-kubernetes-service-selector", "bookInfo", "book-info", "details", ""));
        assertNotEquals("details", h.obj("Service", "book-info", "details", h.end - 1).at("/spec/selector/app").asText());
        assertEquals(0, h.count("details", "Server", true));
        assertTrue(h.errorRate("productpage", "Server", true) > 0.9);
        assertTrue(h.firing("HighRequestErrorRate", "productpage"));
    }

    @Test
    void wrongTargetPortRefusesConnections() {
        Harness h = Harness.run(service("modified-target-port-kubernetes-service", "opentelemetryDemo", "otel-demo", "ad",
                "            targetPort: 8080\n"));
        assertEquals(8080, h.obj("Service", "otel-demo", "ad", h.end - 1).at("/spec/ports/0/targetPort").asInt());
        assertTrue(h.spans(s -> s.name().equals("oteldemo.AdService/GetAds") && s.kind().equals("Client") && h.after(s))
                .stream().allMatch(s -> s.statusMessage().contains("connection refused")));
        assertEquals(0, h.count("ad", "Server", true));
    }

    @Test
    void ingressPolicyTimesCallersOut() {
        Harness h = Harness.run(Harness.otel("ingress-port-blocking-network-policy", "frontend", ""));
        assertNotNull(h.obj("NetworkPolicy", "otel-demo", "frontend-ingress", h.end - 1));
        List<Span> proxied = h.spans(s -> s.service().equals("frontend-proxy") && s.kind().equals("Client")
                && s.name().contains("/api/") && h.after(s));
        assertTrue(proxied.stream().allMatch(s -> s.error() && s.durationNs() >= 14_000_000_000L), "timed out");
        assertTrue(h.firing("NoRequestsReceived", "frontend"));
        assertTrue(h.firing("HighRequestErrorRate", "frontend-proxy"));
    }

    @Test
    void scaledToZero() {
        Harness h = Harness.run(Harness.otel("scaled-to-zero-kubernetes-workload", "accounting", ""));
        assertEquals(0, h.obj("Deployment", "otel-demo", "accounting", h.end - 1).at("/spec/replicas").asInt());
        assertTrue(h.pods("accounting", h.end - 1).isEmpty());
        assertEquals(0, h.count("accounting", "Consumer", true));
        assertTrue(h.firing("NoRequestsReceived", "accounting"));
        assertTrue(h.event("ScalingReplicaSet", "to 0"));
    }

    @Test
    void corruptedSecretBreaksAuthentication() {
        Harness h = Harness.run(Harness.yaml("opentelemetryDemo", "        - id: corrupted-kubernetes-secret-credentials\n"
                + "          args:\n            kubernetesObject:\n              apiVersion: v1\n              kind: Secret\n"
                + "              metadata:\n                name: email-service-secret\n                namespace: otel-demo\n"));
        assertNotEquals(h.obj("Secret", "otel-demo", "email-service-secret", h.inject - 1).get("data"),
                h.obj("Secret", "otel-demo", "email-service-secret", h.end - 1).get("data"));
        var errors = h.spans(s -> s.service().equals("email") && s.error() && h.after(s));
        assertTrue(errors.stream().filter(s -> s.statusMessage().contains("535")).count() > errors.size() * 0.9,
                "authentication failures, beside background noise");
        assertTrue(h.errorRate("email", "Server", true) > 0.9);
        assertTrue(h.errorRate("checkout", "Server", true) > 0.9, "the failure propagates to the caller");
    }
}
