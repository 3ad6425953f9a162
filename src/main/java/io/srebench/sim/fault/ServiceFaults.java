package io.srebench.sim.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.Incident;
import io.srebench.sim.app.Workload;
import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.k8s.Hashes;
import io.srebench.sim.k8s.K8sObjects;
import io.srebench.sim.k8s.PodFates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Faults on how a workload is reached or what it authenticates with: deleted Service, broken selector, wrong
 * targetPort, ingress-blocking NetworkPolicy, scale to zero, corrupted Secret. Callers' failures follow from the
 * data plane reading the changed objects.
 */
final class ServiceFaults {
    private ServiceFaults() {
    }

    static List<Fault> all() {
        return List.of(new SimpleFault("deleted-kubernetes-service", ServiceFaults::deleteService),
                new SimpleFault("invalid-kubernetes-service-selector", ServiceFaults::badSelector),
                new SimpleFault("modified-target-port-kubernetes-service", ServiceFaults::targetPort),
                new SimpleFault("ingress-port-blocking-network-policy", ServiceFaults::blockIngress),
                new SimpleFault("scaled-to-zero-kubernetes-workload", ServiceFaults::scaleToZero),
                new SimpleFault("corrupted-kubernetes-secret-credentials", ServiceFaults::corruptSecret));
    }

    /** Name of the Service named by {@code args.kubernetesObject}, checked to exist. */
    static String service(FaultContext ctx, JsonNode args) {
        String kind = ctx.text(args, "kubernetesObject.kind");
        if (!kind.equals("Service")) {
            throw ctx.bad("kubernetesObject.kind", "expected \"Service\", found \"" + kind + "\"");
        }
        String ns = ctx.namespace(args);
        String name = ctx.text(args, "kubernetesObject.metadata.name");
        if (!ctx.cluster().world().exists("Service", ns, name, ctx.at())) {
            throw ctx.unsupported("Service \"" + name + "\" does not exist in the modelled " + ctx.app().id());
        }
        return name;
    }

    private static void deleteService(FaultContext ctx, JsonNode args) {
        String svc = service(ctx, args);
        ctx.cluster().world().delete("Service", ctx.app().namespace(), svc, ctx.at());
    }

    private static void badSelector(FaultContext ctx, JsonNode args) {
        String svc = service(ctx, args);
        ctx.cluster().world().update("Service", ctx.app().namespace(), svc, ctx.at(), ctx.manager(), s -> {
            ObjectNode sel = (ObjectNode) s.get("spec").get("selector");
            var it = sel.fieldNames();
            List<String> keys = new ArrayList<>();
            it.forEachRemaining(keys::add);
            for (String k : keys) {
                sel.put(k, sel.get(k).asText() + "-v2");
            }
        });
    }

    private static void targetPort(FaultContext ctx, JsonNode args) {
        String svc = service(ctx, args);
        JsonNode port = args.path("targetPort");
        if (!port.canConvertToInt()) {
            throw ctx.bad("targetPort", "expected an integer");
        }
        ctx.cluster().world().update("Service", ctx.app().namespace(), svc, ctx.at(), ctx.manager(),
                s -> ((ObjectNode) s.get("spec").get("ports").get(0)).put("targetPort", port.asInt()));
    }

    private static void blockIngress(FaultContext ctx, JsonNode args) {
        Workload w = ctx.workload(args);
        Cluster c = ctx.cluster();
        ObjectNode np = K8sObjects.object("networking.k8s.io/v1", "NetworkPolicy", c.app().namespace(),
                w.name() + "-ingress", Hashes.uid(c.rng()), ctx.at());
        ObjectNode spec = np.putObject("spec");
        spec.putObject("podSelector").set("matchLabels",
                io.srebench.sim.k8s.Json.strings(K8sObjects.selector(c.app(), w)));
        spec.putArray("policyTypes").add("Ingress");
        spec.putArray("ingress");
        ctx.create(np, ctx.at());
    }

    private static void scaleToZero(FaultContext ctx, JsonNode args) {
        Workload w = ctx.workload(args);
        ctx.cluster().scale(w.name(), 0, ctx.at(), ctx.manager(), PodFates.healthy());
    }

    private static void corruptSecret(FaultContext ctx, JsonNode args) {
        String kind = ctx.text(args, "kubernetesObject.kind");
        if (!kind.equals("Secret")) {
            throw ctx.bad("kubernetesObject.kind", "expected \"Secret\", found \"" + kind + "\"");
        }
        String ns = ctx.namespace(args);
        String name = ctx.text(args, "kubernetesObject.metadata.name");
        Cluster c = ctx.cluster();
        Map<String, String> data = c.app().secrets().get(name);
        if (data == null) {
            throw ctx.unsupported("Secret \"" + name + "\" is not part of the modelled " + c.app().id());
        }
        c.world().update("Secret", ns, name, ctx.at(), ctx.manager(), s -> {
            ObjectNode d = (ObjectNode) s.get("data");
            for (String k : data.keySet()) {
                d.put(k, java.util.Base64.getEncoder().encodeToString(("corrupted-" + Hashes.hex(c.rng(), 8)).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)));
            }
        });
        Set<String> keys = data.keySet();
        for (Workload w : c.app().workloads().values()) {
            if (!w.secrets().contains(name)) {
                continue;
            }
            // the server that owns the credentials is restarted with them and accepts nobody else's
            boolean owner = name.startsWith(w.name()) && !w.instrumented();
            c.restart(w.name(), ctx.at() + 10_000);
            if (owner) {
                for (Workload client : c.app().workloads().values()) {
                    if (client != w && client.secrets().contains(name)) {
                        ctx.incident().add(new Incident.EdgeFault(client.name(), w.service(),
                                Incident.Active.between(ctx.at() + 20_000, ctx.end()), 1.0, 2,
                                authMessage(w.name(), keys), false));
                    }
                }
            } else {
                ctx.incident().add(new Incident.ServiceFault(w.name(), null, Incident.Active.between(ctx.at() + 20_000,
                        ctx.end()), 1.0, 300, authMessage(w.name(), keys)));
            }
        }
    }

    private static String authMessage(String server, Set<String> keys) {
        if (server.contains("postgres")) {
            return "FATAL: password authentication failed for user \"otelu\" (SQLSTATE 28P01)";
        }
        if (server.contains("valkey") || server.contains("redis")) {
            return "WRONGPASS invalid username-password pair or user is disabled.";
        }
        if (keys.stream().anyMatch(k -> k.startsWith("SMTP"))) {
            return "Net::SMTPAuthenticationError: 535 5.7.8 Username and Password not accepted";
        }
        return "authentication failed: invalid credentials";
    }
}
