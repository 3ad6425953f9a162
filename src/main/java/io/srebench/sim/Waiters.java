package io.srebench.sim;

import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.k8s.PodFates;
import io.srebench.sim.scenario.ScenarioSpec;
import io.srebench.sim.fault.UnsupportedFaultException;

/** ITBench waiters: steps run before or after the injections (restart, scale, delete pods, pause). */
final class Waiters {
    private Waiters() {
    }

    static void run(Cluster c, ScenarioSpec.Waiter w, long at, String file) {
        String name = w.args().path("kubernetesObject").path("metadata").path("name").asText("");
        boolean known = name.isEmpty() || c.app().workload(name) != null;
        switch (w.id()) {
            case "pause-execution" -> {
                return;
            }
            case "restart-kubernetes-workload", "scale-kubernetes-workload", "delete-workload-pods" -> {
                if (!known) {
                    throw new UnsupportedFaultException(file + ": " + w.path() + ": workload \"" + name
                            + "\" is not part of the modelled " + c.app().id());
                }
            }
            default -> throw new UnsupportedFaultException(file + ": " + w.path() + ".id: unknown waiter \"" + w.id() + "\"");
        }
        switch (w.id()) {
            case "restart-kubernetes-workload" -> c.restart(name, at);
            case "scale-kubernetes-workload" -> c.scale(name, w.args().path("replicas").asInt(1), at, "OpenAPI-Generator",
                    PodFates.healthy());
            default -> c.replacePods(name, at, PodFates.healthy());
        }
    }
}
