package io.srebench.sim;

import io.srebench.sim.app.AppModel;
import io.srebench.sim.app.Workload;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The workloads that churn, noise and decoys may touch: never one the injections name, the fault's neighbours first. */
final class Neighbours {
    private Neighbours() {
    }

    /**
     * Workloads other than the injections' own, the load generator and flagd: first the callers and callees of the
     * involved workloads, then the rest, each group in a seed-shuffled order.
     */
    static List<Workload> pool(AppModel app, List<String> involved, long seed) {
        SplittableRandom rng = new SplittableRandom(seed ^ 0x9E16L);
        List<Workload> near = new ArrayList<>();
        List<Workload> far = new ArrayList<>();
        for (Workload w : app.workloads().values()) {
            if (involved.contains(w.name()) || w.name().equals("load-generator") || w.name().equals("flagd")) {
                continue;
            }
            boolean neighbour = false;
            for (String[] e : app.edges()) {
                String callee = owner(app, e[1]);
                neighbour |= e[0].equals(w.name()) && involved.contains(callee)
                        || w.name().equals(callee) && involved.contains(e[0]);
            }
            (neighbour ? near : far).add(w);
        }
        shuffle(near, rng);
        shuffle(far, rng);
        near.addAll(far);
        return near;
    }

    private static String owner(AppModel app, String service) {
        for (Workload w : app.workloads().values()) {
            if (w.service().equals(service)) {
                return w.name();
            }
        }
        return service;
    }

    private static void shuffle(List<Workload> l, SplittableRandom rng) {
        for (int i = l.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            Workload t = l.get(i);
            l.set(i, l.get(j));
            l.set(j, t);
        }
    }
}
