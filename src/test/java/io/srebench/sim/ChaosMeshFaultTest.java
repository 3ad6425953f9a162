package io.srebench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.fault.UnsupportedFaultException;
import io.srebench.sim.k8s.PodStatus;
import io.srebench.sim.telemetry.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

class ChaosMeshFaultTest {
    static String chaos(String name, String type, String body) {
        String field = switch (type) {
            case "HTTPChaos" -> "httpChaos";
            case "JVMChaos" -> "jvmChaos";
            case "IOChaos" -> "ioChaos";
            default -> Character.toLowerCase(type.charAt(0)) + type.substring(1);
        };
        return Harness.yaml("opentelemetryDemo", "        - id: scheduled-chaos-mesh-experiment\n          args:\n"
                + "            kubernetesObject:\n              apiVersion: chaos-mesh.org/v1alpha1\n"
                + "              kind: Schedule\n"
                + "              metadata:\n                name: " + name + "\n                namespace: chaos-mesh\n"
                + "            scheduleSpec:\n              type: " + type + "\n              " + field + ":\n" + body);
    }

    static String selector(String component) {
        return "                mode: all\n                selector:\n                  namespaces: [otel-demo]\n"
                + "                  labelSelectors:\n                    app.kubernetes.io/component: " + component + "\n";
    }

    @Test
    void networkDelaySlowsTargetAndCallersWhileActive() {
        Harness h = Harness.run(chaos("product-catalog-network-delay", "NetworkChaos",
                "                action: delay\n                delay:\n                  latency: 2000ms\n"
                        + "                duration: 30s\n" + selector("product-catalog")));
        assertNotNull(h.obj("Schedule", "chaos-mesh", "product-catalog-network-delay", h.end - 1));
        assertTrue(h.cluster.world().all("NetworkChaos", "chaos-mesh", h.end - 1).stream()
                .anyMatch(o -> o.at("/metadata/name").asText().startsWith("product-catalog-network-delay-")));
        List<Span> calls = h.spans(s -> s.kind().equals("Client") && s.name().startsWith("oteldemo.ProductCatalog"));
        double before = h.meanMs(calls.stream().filter(h::before).toList());
        List<Span> active = calls.stream().filter(s -> h.after(s) && phase(h, s) < 28_000).toList();
        List<Span> idle = calls.stream().filter(s -> h.after(s) && phase(h, s) > 32_000 && phase(h, s) < 58_000).toList();
        assertTrue(before < 50, "healthy calls are fast: " + before);
        assertTrue(h.meanMs(active) > 1900, "callers see the delay while the experiment runs: " + h.meanMs(active));
        assertTrue(h.meanMs(idle) < 100, "and not while it is recovered: " + h.meanMs(idle));
        List<Span> server = h.spans(s -> s.service().equals("product-catalog") && s.kind().equals("Server") && h.after(s)
                && phase(h, s) < 28_000);
        assertTrue(h.meanMs(server) > 1900, "the target's own spans include the delay of its outgoing calls");
        assertTrue(h.event("Spawned", "Create new object: product-catalog-network-delay-"));
    }

    private static long phase(Harness h, Span s) {
        return (s.startNs() / 1_000_000L - (h.inject + 1_000)) % 60_000;
    }

    @Test
    void partitionBreaksCallsBetweenThePair() {
        Harness h = Harness.run(chaos("shipping-quote-partition", "NetworkChaos", "                action: partition\n"
                + "                direction: to\n" + selector("shipping") + "                target:\n"
                + "                  mode: all\n                  selector:\n                    namespaces: [otel-demo]\n"
                + "                    labelSelectors:\n                      app.kubernetes.io/component: quote\n"));
        assertTrue(h.errorRate("shipping", "Client", true) > 0.9);
        assertEquals(0, h.count("quote", "Server", true));
    }

    @Test
    void podKillRestartsPods() {
        Harness h = Harness.run(chaos("cart-pod-kill", "PodChaos", "                action: pod-kill\n"
                + "                duration: 10s\n" + selector("cart")));
        assertTrue(h.cluster.podNames("cart").size() > 10, "a new pod per run");
        assertTrue(h.events("Killing").stream().filter(e -> e.name().startsWith("cart-")).count() > 10);
    }

    @Test
    void cpuStressBurnsCpuAndSlowsTheService() {
        Harness h = Harness.run(chaos("recommendation-cpu-stress", "StressChaos", "                duration: 55s\n"
                + selector("recommendation") + "                stressors:\n                  cpu:\n"
                + "                    load: 100\n                    workers: 4\n"));
        assertTrue(h.incident.burn("recommendation", h.inject + 10_000)[0] > 0.1);
        assertEquals(0.0, h.incident.burn("recommendation", h.inject - 10_000)[0]);
        assertTrue(h.firing("HighRequestLatency", "recommendation"));
    }

    @Test
    void memoryStressOverTheLimitOomKills() {
        Harness h = Harness.run(chaos("valkey-memory-stress", "StressChaos", "                duration: 55s\n"
                + selector("valkey-cart") + "                stressors:\n                  memory:\n"
                + "                    size: 100%\n                    workers: 4\n"));
        ObjectNode pod = h.pods("valkey-cart", h.end - 1).get(0);
        assertTrue(PodStatus.restarts(pod) >= 10, "OOM-killed at every run");
    }

    @Test
    void jvmReturnRuleFailsTheService() {
        Harness h = Harness.run(chaos("ad-jvm-return", "JVMChaos", "                action: ruleData\n"
                + "                ruleData: \"RULE r\\nCLASS AdService\\nMETHOD getInstance\\nAT ENTRY\\nIF true\\nDO return"
                + " null\\nENDRULE\"\n" + selector("ad")));
        assertTrue(h.errorRate("ad", "Server", true) > 0.9);
        String message = h.spans(s -> s.service().equals("ad") && s.error()).get(0).statusMessage();
        assertTrue(message.contains("AdService.getInstance"), message);
    }

    @Test
    void httpBodyTamperingFailsPosts() {
        Harness h = Harness.run(chaos("email-tamper", "HTTPChaos", "                method: POST\n                port: 6060\n"
                + "                target: Request\n                patch:\n                  body:\n"
                + "                    type: JSON\n"
                + "                    value: \"{'email': '12345'}\"\n" + selector("email")));
        assertTrue(h.errorRate("email", "Server", true) > 0.9);
        assertTrue(h.firing("HighRequestErrorRate", "checkout"));
    }

    @Test
    void controlPlaneSelectorIsRefused() {
        String yaml = chaos("api-server-memory-stress", "StressChaos", "                mode: one\n                selector:\n"
                + "                  namespaces: [kube-system]\n                  labelSelectors:\n"
                + "                    component: kube-apiserver\n                stressors:\n                  memory:\n"
                + "                    size: 6GB\n");
        UnsupportedFaultException e = assertThrows(UnsupportedFaultException.class, () -> Harness.run(yaml));
        assertTrue(e.getMessage().contains("kube-system"), e.getMessage());
    }
}
