package io.srebench.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.app.Workload;
import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.k8s.Hashes;
import io.srebench.sim.k8s.K8sObjects;
import io.srebench.sim.k8s.K8sTime;
import io.srebench.sim.k8s.KubeEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Distractors every snapshot carries, as real clusters do: an old chaos experiment that finished days ago and a
 * paused Schedule, both in {@code chaos-mesh} and both inert (they change no telemetry). Their targets are drawn
 * from the seeded RNG among workloads the incident does not touch.
 */
public final class Traps {
    private Traps() {
    }

    /** Adds the inert chaos objects; {@code avoid} are workloads the faults involve. */
    public static void add(Cluster c, List<String> avoid) {
        List<Workload> pool = new ArrayList<>();
        for (Workload w : c.app().workloads().values()) {
            if (!avoid.contains(w.name()) && !w.name().equals("load-generator") && !w.name().equals("flagd")) {
                pool.add(w);
            }
        }
        if (pool.isEmpty()) {
            return;
        }
        long created = c.timeline().deployed() - 2 * 86_400_000L + c.rng().nextInt(3_600_000);
        Workload a = pool.get(c.rng().nextInt(pool.size()));
        ObjectNode old = K8sObjects.object("chaos-mesh.org/v1alpha1", "PodChaos", "chaos-mesh", a.name() + "-pod-kill-drill",
                Hashes.uid(c.rng()), created);
        ObjectNode spec = old.putObject("spec");
        spec.put("action", "pod-kill").put("mode", "one").put("duration", "30s");
        spec.putObject("selector").putArray("namespaces").add(c.app().namespace());
        ((ObjectNode) spec.get("selector")).putObject("labelSelectors").put("app.kubernetes.io/component", a.name());
        ObjectNode st = old.putObject("status");
        st.putObject("experiment").put("desiredPhase", "Stop");
        st.putArray("conditions").addObject().put("type", "AllRecovered").put("status", "True");
        ((com.fasterxml.jackson.databind.node.ArrayNode) st.get("conditions")).addObject().put("type", "AllInjected")
                .put("status", "False");
        c.world().add(old, created);
        Workload b = pool.get(c.rng().nextInt(pool.size()));
        long pausedAt = c.timeline().deployed() - 86_400_000L + c.rng().nextInt(3_600_000);
        ObjectNode paused = K8sObjects.object("chaos-mesh.org/v1alpha1", "Schedule", "chaos-mesh",
                b.name() + "-latency-canary", Hashes.uid(c.rng()), pausedAt);
        ((ObjectNode) paused.get("metadata")).putObject("annotations").put("experiment.chaos-mesh.org/pause", "true");
        ObjectNode ps = paused.putObject("spec");
        ps.put("schedule", "@every 10m").put("type", "NetworkChaos").put("historyLimit", 1)
                .put("concurrencyPolicy", "Forbid");
        ObjectNode nc = ps.putObject("networkChaos");
        nc.put("action", "delay").put("mode", "one").put("duration", "2m");
        nc.putObject("delay").put("latency", "300ms");
        nc.putObject("selector").putArray("namespaces").add(c.app().namespace());
        ((ObjectNode) nc.get("selector")).putObject("labelSelectors").put("app.kubernetes.io/component", b.name());
        paused.putObject("status").put("lastScheduleTime", K8sTime.iso(pausedAt + 600_000));
        c.world().add(paused, pausedAt);
        c.event(KubeEvent.once("Schedule", "chaos-mesh", b.name() + "-latency-canary", "Paused",
                "Schedule paused by annotation experiment.chaos-mesh.org/pause", false, "schedule-pause",
                c.timeline().start() - 1_800_000L));
    }
}
