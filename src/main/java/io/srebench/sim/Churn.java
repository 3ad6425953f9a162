package io.srebench.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.app.FlagdFlags;
import io.srebench.sim.app.Workload;
import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.k8s.FieldManagers;
import io.srebench.sim.k8s.Hashes;
import io.srebench.sim.k8s.Json;
import io.srebench.sim.k8s.K8sObjects;
import io.srebench.sim.k8s.K8sTime;
import io.srebench.sim.k8s.KubeEvent;
import io.srebench.sim.k8s.Timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routine work in a living cluster, before and during the recorded window, none of it causal: earlier upgrades
 * between the install and the recording, rollouts of healthy workloads
 * (image bumps and restarts), edits of ConfigMaps (flagd-config included: a flag no service reads), a new
 * ConfigMap, a permissive NetworkPolicy, a manual scale-up, an HPA tweak and a cordon/uncordon flap of a worker.
 * Changes land before and after the injection, some within minutes of it and on the fault's neighbours, and use the
 * same field managers as the injector, so "what changed" and "who changed it" name many objects (docs/decisions/0005).
 *
 * <p>Limits: only workloads the injections do not name are touched, and no change alters the data plane's
 * reachability or a pod's fate, so the ground truth stays the only cause of the incident's symptoms.
 */
final class Churn {
    private static final String[] UNUSED_FLAGS = {"newCheckoutFlow", "recommendationExperiment", "adCarouselV2",
        "shippingBanner", "currencyRounding", "reviewsSummaryBeta", "searchAutocomplete"};
    private static final Pattern SEMVER = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");
    private final Cluster c;
    private final SplittableRandom rng;
    private final List<Workload> pool;
    private final Timeline tl;
    private final List<Step> steps = new ArrayList<>();

    /** One change, applied in time order once all are planned (controllers act on the state at that instant). */
    private record Step(long at, Runnable change) {
    }

    private Churn(Cluster c, List<Workload> pool, long seed) {
        this.c = c;
        this.pool = pool;
        this.tl = c.timeline();
        this.rng = new SplittableRandom(seed ^ 0xC40C4L);
    }

    /** Adds the churn; {@code pool} are the workloads it may touch (neighbours of the fault first). */
    static void add(Cluster c, List<Workload> pool, long seed) {
        if (pool.isEmpty()) {
            return;
        }
        Churn ch = new Churn(c, pool, seed);
        ch.history();
        ch.rollouts();
        ch.configEdits();
        ch.newObjects();
        ch.scaleAndHpa();
        ch.nodeFlap();
        ch.steps.sort(java.util.Comparator.comparingLong(Step::at));
        for (Step st : ch.steps) {
            st.change().run();
        }
    }

    private void at(long at, Runnable change) {
        steps.add(new Step(at, change));
    }

    /**
     * True when the workload's controller state at {@code t} is its latest one (no fault rolled it out later), so
     * that a rollout or scale at {@code t} acts on the ReplicaSet that is current then.
     */
    private boolean settled(Workload w, long t) {
        String rs = c.currentReplicaSet(w.name());
        return rs == null || c.world().at("ReplicaSet", c.app().namespace(), rs, t) != null;
    }

    private String manager() {
        return FieldManagers.HUMAN[rng.nextInt(FieldManagers.HUMAN.length)];
    }

    /** A time in [from, to). */
    private long between(long from, long to) {
        return from + (long) (rng.nextDouble() * Math.max(1, to - from));
    }

    /** Mostly anywhere in the window, sometimes within six minutes before the injection. */
    private long beforeInjection() {
        return rng.nextDouble() < 0.4 ? between(tl.inject() - 360_000, tl.inject() - 15_000)
                : between(tl.start() + 45_000, tl.inject() - 15_000);
    }

    private long afterInjection() {
        return between(tl.inject() + 40_000, tl.end() - 150_000);
    }

    /** Earlier upgrades: some workloads were rolled out again between the install and the recording. */
    private void history() {
        long from = tl.deployed() + 600_000;
        long to = tl.start() - 300_000;
        if (to <= from) {
            return;
        }
        for (Workload w : pool) {
            if (rng.nextDouble() >= 0.4) {
                continue;
            }
            long at = between(from, to);
            String m = rng.nextBoolean() ? "helm" : manager();
            at(at, () -> bump(w, at, m));
        }
    }

    private void rollouts() {
        int n = Math.min(pool.size(), 2 + rng.nextInt(3));
        for (int i = 0; i < n; i++) {
            Workload w = pool.get(i);
            long at = beforeInjection();
            if (rng.nextBoolean()) {
                at(at, () -> {
                    if (settled(w, at + 1_000)) {
                        c.restart(w.name(), at);
                    }
                });
            } else {
                String m = manager();
                at(at, () -> bump(w, at, m));
            }
        }
    }

    /** Rolls out the next patch version of the workload's current image. */
    private void bump(Workload w, long at, String manager) {
        if (!settled(w, at + 1_000)) {
            return;
        }
        String to = bumped(c.workloadObject(w.name(), at).at("/spec/template/spec/containers/0/image").asText(w.image()));
        c.rollout(w.name(), at, manager, spec -> ((ObjectNode) spec.get("containers").get(0)).put("image", to),
                c.fateOf(w.name()));
    }

    static String bumped(String image) {
        Matcher m = SEMVER.matcher(image);
        String last = null;
        int start = -1;
        while (m.find()) {
            last = m.group();
            start = m.start();
        }
        if (last == null) {
            return image + "-r2";
        }
        String[] p = last.split("\\.");
        return image.substring(0, start) + p[0] + "." + p[1] + "." + (Integer.parseInt(p[2]) + 1)
                + image.substring(start + last.length());
    }

    private void configEdits() {
        String ns = c.app().namespace();
        List<String> cms = new ArrayList<>(c.app().configMaps().keySet());
        int edits = 1 + rng.nextInt(Math.max(1, Math.min(3, cms.size())));
        for (int i = 0; i < edits; i++) {
            String cm = cms.get(rng.nextInt(cms.size()));
            long at = rng.nextBoolean() ? beforeInjection() : afterInjection();
            int rev = i + 2;
            String flag = UNUSED_FLAGS[rng.nextInt(UNUSED_FLAGS.length)];
            boolean on = rng.nextBoolean();
            int nudge = 1 + rng.nextInt(3);
            String m = manager();
            at(at, () -> c.world().update("ConfigMap", ns, cm, at, m, o -> {
                ObjectNode data = (ObjectNode) o.get("data");
                var it = data.fieldNames();
                String key = it.hasNext() ? it.next() : "config";
                String value = data.path(key).asText("");
                if (key.equals(FlagdFlags.FILE)) {
                    data.put(key, FlagdFlags.withUnusedFlag(value, flag, on));
                } else {
                    data.put(key, edited(value, rev, nudge));
                }
            }));
        }
    }

    /** A harmless edit of a config text: a number nudged in JSON, a tuning comment in anything else. */
    private static String edited(String value, int rev, int nudge) {
        String t = value.trim();
        if (t.startsWith("{")) {
            Matcher m = Pattern.compile(": *(\\d+)").matcher(value);
            if (m.find()) {
                int v = Integer.parseInt(m.group(1));
                return value.substring(0, m.start(1)) + (v + nudge) + value.substring(m.end(1));
            }
            return value;
        }
        return value + (value.endsWith("\n") || value.isEmpty() ? "" : "\n") + "# tuned rev " + rev + "\n";
    }

    private void newObjects() {
        String ns = c.app().namespace();
        Workload w = pool.get(rng.nextInt(pool.size()));
        long at = rng.nextBoolean() ? afterInjection() : beforeInjection();
        ObjectNode np = K8sObjects.object("networking.k8s.io/v1", "NetworkPolicy", ns, "allow-" + w.name() + "-ingress",
                Hashes.uid(c.rng()), at);
        ObjectNode spec = np.putObject("spec");
        spec.putObject("podSelector").set("matchLabels", Json.strings(K8sObjects.selector(c.app(), w)));
        spec.putArray("policyTypes").add("Ingress");
        ObjectNode rule = spec.putArray("ingress").addObject();
        rule.putArray("from").addObject().putObject("podSelector");
        rule.putArray("ports").addObject().put("protocol", "TCP").put("port", w.port());
        FieldManagers.write(np, manager(), at, null);
        at(at, () -> c.world().add(np, at));

        Workload v = pool.get(rng.nextInt(pool.size()));
        long cmAt = afterInjection();
        String name = v.name() + "-overrides-" + Hashes.suffix(c.rng(), 5);
        ObjectNode cm = K8sObjects.data("ConfigMap", ns, name, Hashes.uid(c.rng()), cmAt,
                Map.of("overrides.yaml", "logLevel: " + (rng.nextBoolean() ? "debug" : "info") + "\nsampling: 0."
                        + (1 + rng.nextInt(9)) + "\n"));
        FieldManagers.write(cm, manager(), cmAt, null);
        at(cmAt, () -> c.world().add(cm, cmAt));
    }

    private void scaleAndHpa() {
        String ns = c.app().namespace();
        Workload w = pool.get(rng.nextInt(pool.size()));
        if (w.kind().equals("Deployment") && rng.nextDouble() < 0.7) {
            long at = rng.nextBoolean() ? beforeInjection() : afterInjection();
            String m = manager();
            at(at, () -> {
                if (settled(w, at + 20)) {
                    c.scale(w.name(), 2, at, m, null);
                }
            });
        }
        for (Workload h : pool) {
            if (c.world().at("HorizontalPodAutoscaler", ns, h.name(), tl.start()) != null) {
                long at = between(tl.start() + 60_000, tl.end() - 120_000);
                int max = 6 + rng.nextInt(5);
                String m = manager();
                at(at, () -> c.world().update("HorizontalPodAutoscaler", ns, h.name(), at, m,
                        o -> ((ObjectNode) o.get("spec")).put("maxReplicas", max)));
                return;
            }
        }
    }

    private void nodeFlap() {
        if (rng.nextDouble() < 0.35) {
            return;
        }
        // only a node no fault has touched: the flap must not undo a fault's cordon or taint
        List<String> workers = new ArrayList<>();
        for (String n : c.workers()) {
            if (c.world().history().getOrDefault(io.srebench.sim.k8s.World.key("Node", null, n), List.of()).size() == 1) {
                workers.add(n);
            }
        }
        if (workers.isEmpty()) {
            return;
        }
        String node = workers.get(rng.nextInt(workers.size()));
        long at = between(tl.start() + 60_000, tl.end() - 600_000);
        long back = at + 120_000 + rng.nextInt(300_000);
        at(at, () -> c.world().update("Node", null, node, at, "kubectl-cordon",
                n -> ((ObjectNode) n.get("spec")).put("unschedulable", true)));
        c.event(KubeEvent.once("Node", null, node, "NodeNotSchedulable", "Node " + node + " status is now: "
                + "NodeNotSchedulable", false, "kubelet", at + 400));
        at(back, () -> c.world().update("Node", null, node, back, "kubectl-cordon",
                n -> ((ObjectNode) n.get("spec")).remove("unschedulable")));
        c.event(KubeEvent.once("Node", null, node, "NodeSchedulable", "Node " + node + " status is now: "
                + "NodeSchedulable", false, "kubelet", back + 300));
        at(back + 2_000, () -> c.world().update("Node", null, node, back + 2_000, "kubectl-annotate",
                n -> ((ObjectNode) n.get("metadata")).withObject("/annotations")
                        .put("maintenance.example.com/last-drain-check", K8sTime.iso(back))));
    }
}
