package io.srebench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.sim.fault.UnsupportedFaultException;
import io.srebench.sim.k8s.Json;
import io.srebench.sim.k8s.PodStatus;
import org.junit.jupiter.api.Test;

class AppFaultsTest {
    private static String flag(String name, String state) {
        return Harness.yaml("opentelemetryDemo", "        - id: opentelemetry-demo-feature-flag\n          args:\n"
                + "            flag:\n              name: " + name + "\n              state: \"" + state + "\"\n"
                + "            kubernetesObject:\n              apiVersion: v1\n              kind: ConfigMap\n"
                + "              metadata:\n                name: flagd-config\n                namespace: otel-demo\n");
    }

    private static String defaultVariant(Harness h, long t, String flag) throws Exception {
        String doc = h.obj("ConfigMap", "otel-demo", "flagd-config", t).path("data").path("demo.flagd.json").asText();
        return Json.M.readTree(doc).path("flags").path(flag).path("defaultVariant").asText();
    }

    @Test
    void cartFailureFlag() throws Exception {
        Harness h = Harness.run(flag("cartFailure", "on"));
        assertEquals("off", defaultVariant(h, h.inject - 1, "cartFailure"));
        assertEquals("on", defaultVariant(h, h.end - 1, "cartFailure"));
        assertTrue(h.spans(s -> s.service().equals("cart") && s.name().endsWith("EmptyCart") && h.after(s)).stream()
                .allMatch(s -> s.error()));
        assertTrue(h.errorRate("checkout", "Server", true) > 0.9);
        assertTrue(h.errorRate("checkout", "Server", false) < 0.1, "background noise only before the injection");
        assertTrue(h.firing("HighRequestErrorRate", "frontend-proxy"));
    }

    @Test
    void floodFlagMultipliesHomepageTraffic() {
        Harness h = Harness.run(flag("loadGeneratorFloodHomepage", "on"));
        long before = h.spans(s -> s.service().equals("frontend") && s.name().equals("GET /") && h.before(s)).size();
        long after = h.spans(s -> s.service().equals("frontend") && s.name().equals("GET /") && h.after(s)).size();
        // 15 minutes before vs 23 minutes after the flag
        assertTrue(after > before * 3, before + " -> " + after);
        assertTrue(h.errorRate("frontend-proxy", "Server", true) > 0.05);
    }

    @Test
    void unknownFlagIsRefused() {
        UnsupportedFaultException e = assertThrows(UnsupportedFaultException.class,
                () -> Harness.run(flag("quantumEntanglement", "on")));
        assertTrue(e.getMessage().contains("quantumEntanglement"));
    }

    @Test
    void valkeyPasswordChange() {
        Harness h = Harness.run(Harness.otel("valkey-workload-changed-password", "valkey-cart",
                "            container:\n              name: valkey-cart\n"));
        assertEquals("--requirepass", h.obj("Deployment", "otel-demo", "valkey-cart", h.end - 1)
                .at("/spec/template/spec/containers/0/args/0").asText());
        var redis = h.spans(s -> s.service().equals("cart") && s.attributes().containsKey("db.system") && h.after(s));
        assertTrue(redis.stream().filter(s -> s.error()).allMatch(s -> s.statusMessage().contains("NOAUTH")));
        assertTrue(redis.stream().filter(s -> s.error()).count() > redis.size() / 2);
        assertTrue(h.firing("HighRequestLatency", "cart"));
    }

    @Test
    void valkeyOutOfMemory() {
        Harness h = Harness.run(Harness.otel("valkey-workload-out-of-memory", "valkey-cart",
                "            container:\n              name: valkey-cart\n"));
        var pod = h.pods("valkey-cart", h.end - 1).get(0);
        assertTrue(PodStatus.restarts(pod) >= 3);
        assertTrue(h.event("OOMKilling", "out of memory"));
        assertTrue(h.firing("KubePodCrashLooping", "valkey-cart-"));
        assertTrue(h.errorRate("cart", "Server", true) > 0.3);
    }
}
