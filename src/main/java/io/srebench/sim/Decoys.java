package io.srebench.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.app.Workload;
import io.srebench.sim.fault.FaultContext;
import io.srebench.sim.fault.FaultLibrary;
import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.k8s.Json;
import io.srebench.sim.k8s.Timeline;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Live chaos experiments that are not the cause: Schedules created through the same Chaos Mesh mechanism as real
 * faults, aimed at the fault's neighbours, running during the window, with effects too small to produce the incident's
 * symptoms (a few milliseconds of delay, a light CPU or memory stressor), or severe on paper but between two
 * workloads that never talk (a partition or heavy packet loss on an edge that carries no traffic). A snapshot's chaos
 * objects therefore never answer the question by existing or by their severity: an agent must check what each one
 * does to the traffic (docs/decisions/0005).
 */
final class Decoys {
    private static final String CHAOS = "scheduled-chaos-mesh-experiment";

    private Decoys() {
    }

    /** Adds 1 to 2 live decoy experiments on workloads of {@code pool} (neighbours of the fault first). */
    static void add(Cluster c, Incident inc, List<Workload> pool, long seed) {
        if (pool.size() < 2 || c.app().istio()) {
            return;
        }
        SplittableRandom rng = new SplittableRandom(seed ^ 0xDEC0L);
        Timeline tl = c.timeline();
        int n = 1 + rng.nextInt(2);
        for (int i = 0; i < n; i++) {
            Workload target = pool.get(rng.nextInt(Math.min(pool.size(), 3)));
            Workload peer = pool.get(rng.nextInt(pool.size()));
            if (peer == target) {
                peer = pool.get((pool.indexOf(target) + 1) % pool.size());
            }
            long at = rng.nextBoolean() ? tl.start() + 60_000 + (long) (rng.nextDouble() * (tl.inject() - tl.start() - 90_000))
                    : tl.inject() + 30_000 + (long) (rng.nextDouble() * Math.max(1, tl.end() - tl.inject() - 300_000));
            ObjectNode args = Json.M.createObjectNode();
            ObjectNode obj = args.putObject("kubernetesObject");
            obj.put("apiVersion", "chaos-mesh.org/v1alpha1").put("kind", "Schedule");
            ObjectNode sched = args.putObject("scheduleSpec");
            ObjectNode spec;
            String name;
            Workload stranger = stranger(c, target, pool);
            int kind = i == 0 && stranger != null && rng.nextDouble() < 0.75 ? 3 : rng.nextInt(3);
            switch (kind) {
                case 3 -> {
                    // severe on paper, harmless in fact: the two workloads never talk, so cutting them apart changes
                    // nothing; only an agent that checks who calls whom can dismiss it
                    boolean loss = rng.nextBoolean();
                    sched.put("type", "NetworkChaos");
                    spec = sched.putObject("networkChaos");
                    spec.put("action", loss ? "loss" : "partition").put("mode", "all").put("direction", "both");
                    if (loss) {
                        spec.putObject("loss").put("loss", Integer.toString(40 + rng.nextInt(60)));
                    }
                    selector(spec.putObject("target").put("mode", "all"), c, stranger);
                    name = target.name() + "-" + stranger.name() + "-network-" + (loss ? "loss" : "partition");
                }
                case 0 -> {
                    sched.put("type", "NetworkChaos");
                    spec = sched.putObject("networkChaos");
                    spec.put("action", "delay").put("mode", "all").put("direction", "to");
                    spec.putObject("delay").put("latency", (2 + rng.nextInt(7)) + "ms").put("jitter", (1 + rng.nextInt(3))
                            + "ms");
                    selector(spec.putObject("target").put("mode", "all"), c, peer);
                    name = target.name() + "-" + peer.name() + "-network-delay";
                }
                case 1 -> {
                    sched.put("type", "StressChaos");
                    spec = sched.putObject("stressChaos");
                    spec.put("mode", "one");
                    int load = Math.max(1, (int) (target.cpuMilli()[1] / 10.0 * 0.25));
                    spec.putObject("stressors").putObject("cpu").put("workers", 1).put("load", Math.min(40, load));
                    name = target.name() + "-cpu-stress";
                }
                default -> {
                    sched.put("type", "StressChaos");
                    spec = sched.putObject("stressChaos");
                    spec.put("mode", "one");
                    int headroom = (int) Math.max(4, (target.memMi()[1] - target.baseMemMi()) * 0.25 * 4);
                    spec.putObject("stressors").putObject("memory").put("workers", 1)
                            .put("size", Math.min(256, headroom) + "MB");
                    name = target.name() + "-memory-stress";
                }
            }
            if (rng.nextBoolean()) {
                spec.put("duration", (20 + rng.nextInt(30)) + "s");
            }
            selector(spec, c, target);
            obj.putObject("metadata").put("name", name).put("namespace", "chaos-mesh");
            if (c.world().latest("Schedule", "chaos-mesh", name) != null) {
                continue;
            }
            FaultLibrary.get(CHAOS).apply(new FaultContext(c, inc, at, "decoy", "decoy"), args);
        }
    }

    /** A workload of the pool that neither calls nor is called by {@code w}, or null. */
    private static Workload stranger(Cluster c, Workload w, List<Workload> pool) {
        for (Workload o : pool) {
            boolean talk = o == w;
            for (String[] e : c.app().edges()) {
                talk |= e[0].equals(w.name()) && e[1].equals(o.service()) || e[0].equals(o.name()) && e[1].equals(w.service());
            }
            if (!talk) {
                return o;
            }
        }
        return null;
    }

    private static void selector(ObjectNode spec, Cluster c, Workload w) {
        ObjectNode sel = spec.putObject("selector");
        sel.putArray("namespaces").add(c.app().namespace());
        sel.putObject("labelSelectors").put("app.kubernetes.io/component", w.name());
    }
}
