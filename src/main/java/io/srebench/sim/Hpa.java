package io.srebench.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.app.Workload;
import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.k8s.Hashes;
import io.srebench.sim.k8s.K8sObjects;

/** HorizontalPodAutoscaler (autoscaling/v2) bodies on cpu utilisation. */
final class Hpa {
    private Hpa() {
    }

    static ObjectNode of(Cluster c, Workload w, long created, int targetPercent, int min, int max) {
        ObjectNode o = K8sObjects.object("autoscaling/v2", "HorizontalPodAutoscaler", c.app().namespace(), w.name(),
                Hashes.uid(c.rng()), created);
        ObjectNode spec = o.putObject("spec");
        spec.putObject("scaleTargetRef").put("apiVersion", "apps/v1").put("kind", w.kind()).put("name", w.name());
        spec.put("minReplicas", min);
        spec.put("maxReplicas", max);
        ObjectNode m = spec.putArray("metrics").addObject();
        m.put("type", "Resource");
        m.putObject("resource").put("name", "cpu").putObject("target").put("type", "Utilization")
                .put("averageUtilization", targetPercent);
        status(o, min, min, 12 + c.rng().nextInt(20));
        return o;
    }

    static void status(ObjectNode hpa, int current, int desired, int utilisation) {
        ObjectNode st = hpa.putObject("status");
        st.put("currentReplicas", current);
        st.put("desiredReplicas", desired);
        st.putArray("currentMetrics").addObject().put("type", "Resource").putObject("resource").put("name", "cpu")
                .putObject("current").put("averageUtilization", utilisation);
    }
}
