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
 * Leftovers of earlier resilience work, as real clusters carry them: none to two finished chaos experiments and
 * possibly a paused Schedule in {@code chaos-mesh}, inert (they change no telemetry), with seed-varied names, targets
 * and ages (days ago, or recovered minutes before recording). Live decoys are {@link Decoys}.
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
        String[] drills = {"-pod-kill-drill", "-failover-test", "-resilience-check", "-restart-game-day"};
        int finished = c.rng().nextInt(3);
        for (int i = 0; i < finished; i++) {
            long created = c.rng().nextBoolean() ? c.timeline().start() - 600_000L - c.rng().nextInt(3_000_000)
                    : c.timeline().deployed() - c.rng().nextInt(4) * 86_400_000L - c.rng().nextInt(3_600_000);
            Workload a = pool.get(c.rng().nextInt(pool.size()));
            String name = a.name() + drills[c.rng().nextInt(drills.length)];
            if (c.world().latest("PodChaos", "chaos-mesh", name) == null) {
                finished(c, a, name, created);
            }
        }
        if (c.rng().nextBoolean()) {
            paused(c, pool.get(c.rng().nextInt(pool.size())));
        }
    }

    private static void finished(Cluster c, Workload a, String name, long created) {
        ObjectNode old = K8sObjects.object("chaos-mesh.org/v1alpha1", "PodChaos", "chaos-mesh", name,
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
    }

    private static void paused(Cluster c, Workload b) {
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
