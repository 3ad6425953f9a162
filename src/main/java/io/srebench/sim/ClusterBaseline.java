package io.srebench.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.app.AppModel;
import io.srebench.sim.app.Workload;
import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.k8s.Hashes;
import io.srebench.sim.k8s.K8sObjects;
import io.srebench.sim.k8s.KubeEvent;
import io.srebench.sim.k8s.PodStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The healthy cluster before any fault: three workers and a control-plane node, the application namespace with
 * every workload running, its ConfigMaps, Secrets, a PVC, optional HPAs, Chaos Mesh installed in {@code chaos-mesh},
 * and the small imperfections of a real install (up to two workloads that restarted twice while their dependencies
 * came up, a probe that failed during startup; which ones varies per seed).
 */
public final class ClusterBaseline {
    /** The nodes of the modelled cluster (first one is the control plane). */
    public static final String[] NODES = {"itbench-control-plane", "itbench-worker", "itbench-worker2", "itbench-worker3"};

    private ClusterBaseline() {
    }

    /** Builds the baseline into {@code c}. */
    public static void build(Cluster c, boolean hpa) {
        AppModel app = c.app();
        long t = c.timeline().deployed();
        for (String n : NODES) {
            c.addNode(n);
        }
        // the control plane carries the NoSchedule taint: workloads go to the workers only
        c.world().update("Node", null, NODES[0], c.timeline().deployed() - 86_400_000L * 3 + 1, "kubeadm", n -> {
            ((ObjectNode) n.get("spec")).putArray("taints").addObject().put("key", "node-role.kubernetes.io/control-plane")
                    .put("effect", "NoSchedule");
            ((ObjectNode) n.get("metadata").get("labels")).put("node-role.kubernetes.io/control-plane", "");
        });
        long nsCreated = t - 60_000;
        Map<String, String> nsLabels = new LinkedHashMap<>();
        if (app.istio()) {
            nsLabels.put("istio.io/dataplane-mode", "ambient");
        }
        c.world().add(K8sObjects.namespace("default", Hashes.uid(c.rng()), t - 86_400_000L * 3, Map.of()), t - 86_400_000L * 3);
        c.world().add(K8sObjects.namespace("kube-system", Hashes.uid(c.rng()), t - 86_400_000L * 3, Map.of()),
                t - 86_400_000L * 3);
        c.world().add(K8sObjects.namespace("chaos-mesh", Hashes.uid(c.rng()), t - 86_400_000L, Map.of()), t - 86_400_000L);
        c.world().add(K8sObjects.namespace(app.namespace(), Hashes.uid(c.rng()), nsCreated, nsLabels), nsCreated);
        for (Map.Entry<String, Map<String, String>> cm : app.configMaps().entrySet()) {
            c.world().add(K8sObjects.data("ConfigMap", app.namespace(), cm.getKey(), Hashes.uid(c.rng()), nsCreated,
                    cm.getValue()), nsCreated);
        }
        for (Map.Entry<String, Map<String, String>> s : app.secrets().entrySet()) {
            c.world().add(K8sObjects.data("Secret", app.namespace(), s.getKey(), Hashes.uid(c.rng()), nsCreated,
                    s.getValue()), nsCreated);
        }
        if (app.istio()) {
            IstioObjects.add(c, nsCreated);
        }
        long at = t;
        for (Workload w : app.workloads().values()) {
            c.deploy(w, at, 1);
            at += 700 + c.rng().nextInt(900);
        }
        if (app.workload("postgresql") != null) {
            c.world().add(Pvc.claim(app.namespace(), "postgresql-data", Hashes.uid(c.rng()), t, "Bound"), t);
        }
        if (hpa) {
            for (Workload w : app.workloads().values()) {
                if (!w.name().matches("load-generator|flagd|kafka|valkey-cart|postgresql")) {
                    c.world().add(Hpa.of(c, w, t + 60_000, 80, 1, 5), t + 60_000);
                }
            }
        }
        ChaosMeshInstall.add(c, t - 86_400_000L);
        imperfections(c, t);
    }

    private static void imperfections(Cluster c, long t) {
        String ns = c.app().namespace();
        // which workloads stumbled while the install came up varies per task (0 to 2 of them)
        List<String> names = new ArrayList<>(c.app().workloads().keySet());
        names.remove("load-generator");
        List<String> stumbled = new ArrayList<>();
        int n = c.rng().nextInt(3);
        for (int i = 0; i < n && !names.isEmpty(); i++) {
            stumbled.add(names.remove(c.rng().nextInt(names.size())));
        }
        for (String wl : stumbled) {
            String container = c.app().workload(wl).container();
            String pod = c.podNames(wl).get(0);
            String node = c.world().at("Pod", ns, pod, t + 120_000).path("spec").path("nodeName").asText();
            long first = t + 40_000;
            c.event(new KubeEvent("Pod", ns, pod, "spec.containers{" + container + "}", "BackOff", "Back-off restarting failed"
                    + " container " + container + " in pod " + pod + "_" + ns + "(" + c.world().at("Pod", ns, pod, t + 120_000)
                    .get("metadata").get("uid").asText() + ")", true, "kubelet", node, first, first + 35_000, 2));
            long ready = t + 90_000;
            c.world().update("Pod", ns, pod, ready, "kubelet", p -> {
                PodStatus.running(p, ready, 2);
                ((ObjectNode) p.get("status").get("containerStatuses").get(0)).putObject("lastState")
                        .putObject("terminated").put("exitCode", 1).put("reason", "Error")
                        .put("finishedAt", io.srebench.sim.k8s.K8sTime.iso(ready - 12_000));
            });
        }
        List<String> all = new ArrayList<>(c.app().workloads().keySet());
        String probed = all.get(c.rng().nextInt(all.size()));
        String pod = c.podNames(probed).get(0);
        ObjectNode p = c.world().at("Pod", ns, pod, t + 60_000);
        if (p != null) {
            int port = c.app().workload(probed).port();
            c.event(new KubeEvent("Pod", ns, pod, "spec.containers{" + c.app().workload(probed).container() + "}", "Unhealthy",
                    "Readiness probe failed: dial tcp " + p.path("status").path("podIP").asText() + ":" + port
                            + ": connect: connection refused", true, "kubelet", p.path("spec").path("nodeName").asText(),
                    t + 9_000, t + 29_000, 3));
        }
    }
}
