package io.srebench.sim.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.Incident.Active;
import io.srebench.sim.app.Workload;
import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.k8s.Hashes;
import io.srebench.sim.k8s.K8sObjects;
import io.srebench.sim.k8s.K8sTime;
import io.srebench.sim.k8s.KubeEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code scheduled-chaos-mesh-experiment}: a Chaos Mesh {@code Schedule} in {@code chaos-mesh} that spawns the
 * experiment every minute. With a {@code duration} each spawned experiment runs that long and then recovers
 * (a finished one is kept as history); without one a single experiment runs until the end. The experiment's
 * effect is active only while an experiment runs ({@link ChaosEffects}).
 */
final class ChaosMeshFault implements Fault {
    static final String NS = "chaos-mesh";
    private static final long PERIOD = 60_000;

    @Override
    public String id() {
        return "scheduled-chaos-mesh-experiment";
    }

    @Override
    public void apply(FaultContext ctx, JsonNode args) {
        String kind = ctx.text(args, "kubernetesObject.kind");
        if (!kind.equals("Schedule")) {
            throw ctx.bad("kubernetesObject.kind", "expected \"Schedule\", found \"" + kind + "\"");
        }
        String ns = ctx.text(args, "kubernetesObject.metadata.namespace");
        if (!ns.equals(NS)) {
            throw ctx.unsupported("Chaos Mesh is modelled in namespace \"" + NS + "\" only, not \"" + ns + "\"");
        }
        String name = ctx.text(args, "kubernetesObject.metadata.name");
        String type = ctx.text(args, "scheduleSpec.type");
        String field = Character.toLowerCase(type.charAt(0)) + type.substring(1).replace("HTTP", "Http")
                .replace("JVM", "Jvm").replace("IO", "Io");
        if (type.startsWith("HTTP") || type.startsWith("JVM") || type.startsWith("IO")) {
            field = type.startsWith("HTTP") ? "httpChaos" : type.startsWith("JVM") ? "jvmChaos" : "ioChaos";
        }
        JsonNode spec = args.path("scheduleSpec").path(field);
        if (!spec.isObject()) {
            throw ctx.bad("scheduleSpec." + field, "missing (scheduleSpec.type is " + type + ")");
        }
        List<Workload> targets = select(ctx, spec.path("selector"), "scheduleSpec." + field + ".selector");
        long durationMs = spec.has("duration") ? ChaosEffects.parseDuration(ctx, spec.path("duration").asText(),
                "scheduleSpec." + field + ".duration") : -1;
        Active when = durationMs > 0 ? new Active(ctx.at() + 1_000, ctx.end(), PERIOD, Math.min(PERIOD, durationMs))
                : Active.between(ctx.at() + 1_000, ctx.end());
        ChaosEffects effects = new ChaosEffects(ctx, spec, "scheduleSpec." + field, targets, when);
        switch (type) {
            case "NetworkChaos" -> effects.network(spec.has("target") ? select(ctx, spec.path("target").path("selector"),
                    "scheduleSpec.networkChaos.target.selector") : List.of());
            case "StressChaos" -> effects.stress();
            case "HTTPChaos" -> effects.http();
            case "JVMChaos" -> effects.jvm();
            case "PodChaos" -> effects.pod(durationMs);
            case "IOChaos" -> effects.io();
            default -> throw ctx.unsupported("Chaos Mesh experiment type " + type + " is not modelled (supported:"
                    + " NetworkChaos, StressChaos, HTTPChaos, JVMChaos, PodChaos, IOChaos)");
        }
        objects(ctx, name, type, field, spec, targets, durationMs);
    }

    /** Workloads of the modelled namespace whose pod labels match a Chaos Mesh selector. */
    static List<Workload> select(FaultContext ctx, JsonNode selector, String field) {
        JsonNode namespaces = selector.path("namespaces");
        boolean ours = namespaces.isMissingNode() || namespaces.isEmpty();
        for (JsonNode n : namespaces) {
            ours |= n.asText().equals(ctx.app().namespace());
        }
        if (!ours) {
            throw ctx.unsupported(field + ": selects namespaces " + namespaces + " which are not modelled (the simulator"
                    + " models the application namespace \"" + ctx.app().namespace() + "\"; control-plane components"
                    + " such as kube-apiserver are not simulated)");
        }
        JsonNode labels = selector.path("labelSelectors");
        List<Workload> out = new ArrayList<>();
        for (Workload w : ctx.app().workloads().values()) {
            Map<String, String> podLabels = K8sObjects.podLabels(ctx.app(), w);
            boolean all = !labels.isEmpty();
            var it = labels.fields();
            while (it.hasNext()) {
                var e = it.next();
                all &= e.getValue().asText().equals(podLabels.get(e.getKey()));
            }
            if (all) {
                out.add(w);
            }
        }
        if (out.isEmpty()) {
            throw ctx.unsupported(field + ".labelSelectors " + labels + " matches no modelled pod");
        }
        return out;
    }

    private void objects(FaultContext ctx, String name, String type, String field, JsonNode spec, List<Workload> targets,
                         long durationMs) {
        Cluster c = ctx.cluster();
        long at = ctx.at();
        ObjectNode schedule = K8sObjects.object("chaos-mesh.org/v1alpha1", "Schedule", NS, name, Hashes.uid(c.rng()), at);
        String scheduleUid = schedule.get("metadata").get("uid").asText();
        ObjectNode s = schedule.putObject("spec");
        s.put("schedule", "@every 1m");
        s.put("type", type);
        s.put("historyLimit", 1);
        s.put("concurrencyPolicy", "Forbid");
        s.put("startingDeadlineSeconds", 60);
        s.set(field, spec.deepCopy());
        schedule.putObject("status").put("time", K8sTime.iso(at));
        ctx.create(schedule, at);
        List<String> pods = new ArrayList<>();
        for (Workload w : targets) {
            for (var p : c.pods(w.name(), at)) {
                pods.add(c.app().namespace() + "/" + p.get("metadata").get("name").asText());
            }
        }
        long end = ctx.end();
        String previous = null;
        for (long t = at + 1_000; t < end; t += PERIOD) {
            String obj = name + "-" + Hashes.suffix(c.rng(), 5);
            ObjectNode chaos = K8sObjects.object("chaos-mesh.org/v1alpha1", type, NS, obj, Hashes.uid(c.rng()), t);
            ObjectNode md = (ObjectNode) chaos.get("metadata");
            md.putObject("labels").put("chaos-mesh.org/controlled-by", name);
            md.putArray("ownerReferences").addObject().put("apiVersion", "chaos-mesh.org/v1alpha1").put("kind", "Schedule")
                    .put("name", name).put("uid", scheduleUid).put("controller", true);
            md.putArray("finalizers").add("chaos-mesh/records");
            chaos.set("spec", spec.deepCopy());
            status(chaos, pods, true, t);
            ctx.create(chaos, t);
            final long runAt = t;
            c.world().update("Schedule", NS, name, t, "chaos-controller-manager",
                    x -> ((ObjectNode) x.get("status")).put("lastScheduleTime", K8sTime.iso(runAt)));
            c.event(KubeEvent.once("Schedule", NS, name, "Spawned", "Create new object: " + obj, false, "schedule-cron", t));
            for (String p : pods) {
                c.event(KubeEvent.once(type, NS, obj, "Applied", "Successfully apply chaos for " + p, false,
                        "records", t + 300));
            }
            if (durationMs <= 0) {
                break;
            }
            long stop = t + Math.min(durationMs, PERIOD - 500);
            c.world().update(type, NS, obj, stop, "chaos-controller-manager", x -> status(x, pods, false, stop));
            for (String p : pods) {
                c.event(KubeEvent.once(type, NS, obj, "Recovered", "Successfully recover chaos for " + p, false, "records",
                        stop + 200));
            }
            if (previous != null) {
                c.world().delete(type, NS, previous, t + 500);
            }
            previous = obj;
        }
    }

    private static void status(ObjectNode chaos, List<String> pods, boolean running, long at) {
        ObjectNode st = chaos.putObject("status");
        ObjectNode exp = st.putObject("experiment");
        exp.put("desiredPhase", running ? "Run" : "Stop");
        ArrayNode recs = exp.putArray("containerRecords");
        for (String p : pods) {
            ObjectNode r = recs.addObject();
            r.put("id", p);
            r.put("kind", "Pod");
            r.put("phase", running ? "Injected" : "NotInjected");
            r.put("injectedCount", 1);
            r.put("recoveredCount", running ? 0 : 1);
            r.putArray("events").addObject().put("operation", running ? "Apply" : "Recover").put("type", "Succeeded")
                    .put("timestamp", K8sTime.iso(at));
        }
        ArrayNode conds = st.putArray("conditions");
        conds.addObject().put("type", "AllInjected").put("status", running ? "True" : "False");
        conds.addObject().put("type", "AllRecovered").put("status", running ? "False" : "True");
        conds.addObject().put("type", "Paused").put("status", "False");
        conds.addObject().put("type", "Selected").put("status", "True");
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
