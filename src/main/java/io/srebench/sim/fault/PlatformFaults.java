package io.srebench.sim.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.Incident;
import io.srebench.sim.app.Workload;
import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.k8s.Hashes;
import io.srebench.sim.k8s.Json;
import io.srebench.sim.k8s.K8sObjects;
import io.srebench.sim.k8s.KubeEvent;
import io.srebench.sim.k8s.PodFates;

import java.util.List;
import java.util.Set;

/**
 * Faults in cluster-level machinery: a hair-trigger HPA, an API-server request surge, and the Istio ambient
 * mesh (namespace dropped from the mesh, STRICT mTLS against a workload taken out of the mesh, a Gateway
 * AuthorizationPolicy denying methods).
 */
final class PlatformFaults {
    private PlatformFaults() {
    }

    static List<Fault> all() {
        return List.of(new SimpleFault("misconfigured-kubernetes-horizontal-pod-autoscaler", PlatformFaults::hpa),
                new SimpleFault("kubernetes-api-server-request-surge", PlatformFaults::apiSurge),
                new SimpleFault("disabled-istio-ambient-mode-kubernetes-namespace", PlatformFaults::ambientOff),
                new SimpleFault("strict-mutual-tls-istio-service-mesh-enforcement", PlatformFaults::strictMtls),
                new SimpleFault("traffic-denying-istio-gateway-authorization-policy", PlatformFaults::denyGateway));
    }

    private static void requireIstio(FaultContext ctx) {
        if (!ctx.app().istio()) {
            throw ctx.unsupported("needs an Istio service mesh, which the simulated " + ctx.app().id() + " does not run in");
        }
    }

    private static void hpa(FaultContext ctx, JsonNode args) {
        Workload w = ctx.workload(args);
        Cluster c = ctx.cluster();
        String ns = c.app().namespace();
        long at = ctx.at();
        if (!c.world().exists("HorizontalPodAutoscaler", ns, w.name(), at)) {
            ctx.create(io.srebench.sim.HpaAccess.create(c, w, at), at);
        }
        int max = c.world().at("HorizontalPodAutoscaler", ns, w.name(), at).path("spec").path("maxReplicas").asInt(5);
        c.world().update("HorizontalPodAutoscaler", ns, w.name(), at, ctx.manager(), h -> {
            ObjectNode target = (ObjectNode) h.get("spec").get("metrics").get(0).get("resource").get("target");
            target.put("averageUtilization", 1);
            ((ObjectNode) h.get("spec")).put("minReplicas", 1);
        });
        int replicas = 1;
        long t = at + 30_000;
        while (replicas < max && t < ctx.end()) {
            int next = Math.min(max, replicas * 2);
            final int cur = next;
            c.world().update("HorizontalPodAutoscaler", ns, w.name(), t, "kube-controller-manager", h ->
                    io.srebench.sim.HpaAccess.status(h, cur, cur, 900 / cur));
            c.event(KubeEvent.once("HorizontalPodAutoscaler", ns, w.name(), "SuccessfulRescale", "New size: " + next
                    + "; reason: cpu resource utilization (percentage of request) above target", false,
                    "horizontal-pod-autoscaler", t));
            c.scale(w.name(), next, t + 200, "kube-controller-manager", PodFates.healthy());
            replicas = next;
            t += 60_000;
        }
        ctx.incident().add(new Incident.Burn(w.name(), ctx.fromNow(), w.baseCpu() * 0.5, 0, false));
    }

    private static void apiSurge(FaultContext ctx, JsonNode args) {
        String kind = ctx.text(args, "kubernetesObject.kind");
        if (!kind.equals("Namespace")) {
            throw ctx.bad("kubernetesObject.kind", "expected \"Namespace\", found \"" + kind + "\"");
        }
        String ns = ctx.text(args, "kubernetesObject.metadata.name");
        if (!ns.equals(ctx.app().namespace())) {
            throw ctx.unsupported("namespace \"" + ns + "\" is not modelled");
        }
        JsonNode rps = args.path("loadGenerator").path("options").path("requestsPerSecond");
        if (!rps.canConvertToInt() || rps.asInt() < 1) {
            throw ctx.bad("loadGenerator.options.requestsPerSecond", "expected an integer >= 1");
        }
        Cluster c = ctx.cluster();
        int replicas = Math.max(1, Math.min(c.workers().size(), rps.asInt() / 300));
        ObjectNode d = K8sObjects.object("apps/v1", "Deployment", ns, "kube-api-load-generator", Hashes.uid(c.rng()),
                ctx.at());
        ObjectNode spec = d.putObject("spec");
        spec.put("replicas", replicas);
        spec.putObject("selector").putObject("matchLabels").put("app", "kube-api-load-generator");
        ObjectNode ct = spec.putObject("template").putObject("spec").putArray("containers").addObject();
        ct.put("name", "load").put("image", "bitnami/kubectl:1.32");
        ct.putArray("args").add("--requests-per-second=" + rps.asInt());
        d.putObject("status").put("replicas", replicas).put("readyReplicas", replicas);
        ctx.create(d, ctx.at());
        // API-server saturation: slow admission and watches slow every workload's control-plane dependent work and
        // the node agents co-located with the surge pods; modelled as latency that grows with the request rate.
        double extra = Math.min(4_000, rps.asInt() * 1.8);
        for (Workload w : c.app().workloads().values()) {
            if (w.instrumented()) {
                ctx.incident().add(new Incident.ServiceFault(w.name(), null, Incident.Active.between(ctx.at() + 30_000,
                        ctx.end()), 0, extra / (w.name().startsWith("frontend") ? 1 : 3), ""));
            }
        }
        c.event(new KubeEvent("Node", null, c.workers().get(0), "", "NodeHasInsufficientPID", "Node " + c.workers().get(0)
                + " status is now: NodeHasInsufficientPID", false, "kubelet", c.workers().get(0), ctx.at() + 240_000,
                ctx.at() + 240_000, 1));
    }

    private static void ambientOff(FaultContext ctx, JsonNode args) {
        requireIstio(ctx);
        String ns = ctx.text(args, "kubernetesObject.metadata.name");
        if (!ns.equals(ctx.app().namespace())) {
            throw ctx.unsupported("namespace \"" + ns + "\" is not modelled");
        }
        ctx.cluster().world().update("Namespace", null, ns, ctx.at(), ctx.manager(),
                n -> ((ObjectNode) n.get("metadata").get("labels")).remove("istio.io/dataplane-mode"));
    }

    private static void strictMtls(FaultContext ctx, JsonNode args) {
        requireIstio(ctx);
        Workload w = ctx.workload(args);
        Cluster c = ctx.cluster();
        ObjectNode pa = K8sObjects.object("security.istio.io/v1", "PeerAuthentication", c.app().namespace(),
                "strict-mtls-mode", Hashes.uid(c.rng()), ctx.at());
        pa.putObject("spec").putObject("mtls").put("mode", "STRICT");
        ctx.create(pa, ctx.at());
        c.rollout(w.name(), ctx.at() + 3_000, ctx.manager(), spec -> { }, PodFates.healthy());
        c.world().update(w.kind(), c.app().namespace(), w.name(), ctx.at() + 3_001, ctx.manager(),
                d -> ((ObjectNode) d.get("spec").get("template").get("metadata").get("labels"))
                        .put("istio.io/dataplane-mode", "none"));
        for (String pod : c.podNames(w.name())) {
            if (c.world().exists("Pod", c.app().namespace(), pod, ctx.at() + 20_000)) {
                c.world().update("Pod", c.app().namespace(), pod, ctx.at() + 20_000, ctx.manager(),
                        p -> ((ObjectNode) p.get("metadata").get("labels")).put("istio.io/dataplane-mode", "none"));
            }
        }
    }

    private static void denyGateway(FaultContext ctx, JsonNode args) {
        requireIstio(ctx);
        String kind = ctx.text(args, "kubernetesObject.kind");
        if (!kind.equals("Gateway")) {
            throw ctx.bad("kubernetesObject.kind", "expected \"Gateway\", found \"" + kind + "\"");
        }
        String ns = ctx.namespace(args);
        String gw = ctx.text(args, "kubernetesObject.metadata.name");
        Cluster c = ctx.cluster();
        if (!c.world().exists("Gateway", ns, gw, ctx.at())) {
            throw ctx.unsupported("Gateway \"" + gw + "\" does not exist in the modelled " + c.app().id());
        }
        JsonNode methods = args.path("httpMethods");
        if (!methods.isArray() || methods.isEmpty()) {
            throw ctx.bad("httpMethods", "expected a non-empty list");
        }
        for (JsonNode m : methods) {
            if (!Set.of("GET", "POST", "DELETE", "PUT").contains(m.asText())) {
                throw ctx.bad("httpMethods", "unknown method \"" + m.asText() + "\"");
            }
        }
        ObjectNode ap = K8sObjects.object("security.istio.io/v1", "AuthorizationPolicy", ns, gw + "-deny",
                Hashes.uid(c.rng()), ctx.at());
        ObjectNode spec = ap.putObject("spec");
        spec.put("action", "DENY");
        spec.putArray("targetRefs").addObject().put("group", "gateway.networking.k8s.io").put("kind", "Gateway")
                .put("name", gw);
        spec.putArray("rules").addObject().putArray("to").addObject().putObject("operation")
                .set("methods", Json.M.valueToTree(methods));
        ctx.create(ap, ctx.at());
    }
}
