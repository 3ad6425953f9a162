package io.srebench.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.app.Workload;
import io.srebench.sim.k8s.Cluster;

/** Public access to HPA bodies for the fault library. */
public final class HpaAccess {
    private HpaAccess() {
    }

    /** A default HPA (80% cpu, 1-5 replicas) for a workload. */
    public static ObjectNode create(Cluster c, Workload w, long created) {
        return Hpa.of(c, w, created, 80, 1, 5);
    }

    /** Sets current/desired replicas and the observed utilisation. */
    public static void status(ObjectNode hpa, int current, int desired, int utilisation) {
        Hpa.status(hpa, current, desired, utilisation);
    }
}
