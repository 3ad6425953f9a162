package io.srebench.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.k8s.Hashes;
import io.srebench.sim.k8s.K8sObjects;

/** Chaos Mesh as installed by its Helm chart in namespace {@code chaos-mesh} (controller, dashboard, daemons). */
final class ChaosMeshInstall {
    static final String NS = "chaos-mesh";

    private ChaosMeshInstall() {
    }

    static void add(Cluster c, long at) {
        for (String name : new String[] {"chaos-controller-manager", "chaos-dashboard", "chaos-dns-server"}) {
            ObjectNode d = K8sObjects.object("apps/v1", "Deployment", NS, name, Hashes.uid(c.rng()), at);
            ObjectNode md = (ObjectNode) d.get("metadata");
            md.putObject("labels").put("app.kubernetes.io/component", name.replace("chaos-", ""))
                    .put("app.kubernetes.io/instance", "chaos-mesh").put("app.kubernetes.io/name", "chaos-mesh");
            ObjectNode spec = d.putObject("spec");
            spec.put("replicas", 1);
            spec.putObject("selector").putObject("matchLabels").put("app.kubernetes.io/component", name.replace("chaos-", ""));
            spec.putObject("template").putObject("spec").putArray("containers").addObject()
                    .put("name", name.replace("chaos-", "")).put("image", "ghcr.io/chaos-mesh/chaos-mesh:v2.7.2");
            d.putObject("status").put("replicas", 1).put("readyReplicas", 1).put("availableReplicas", 1);
            c.world().add(d, at);
        }
        ObjectNode ds = K8sObjects.object("apps/v1", "DaemonSet", NS, "chaos-daemon", Hashes.uid(c.rng()), at);
        ObjectNode spec = ds.putObject("spec");
        spec.putObject("selector").putObject("matchLabels").put("app.kubernetes.io/component", "chaos-daemon");
        spec.putObject("template").putObject("spec").putArray("containers").addObject().put("name", "chaos-daemon")
                .put("image", "ghcr.io/chaos-mesh/chaos-daemon:v2.7.2");
        int workers = c.workers().size();
        ds.putObject("status").put("desiredNumberScheduled", workers).put("numberReady", workers)
                .put("currentNumberScheduled", workers);
        c.world().add(ds, at);
        ObjectNode svc = K8sObjects.object("v1", "Service", NS, "chaos-dashboard", Hashes.uid(c.rng()), at);
        svc.putObject("spec").put("type", "NodePort").putArray("ports").addObject().put("port", 2333).put("targetPort", 2333);
        c.world().add(svc, at);
    }
}
