package io.srebench.sim.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.app.Workload;
import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.k8s.Hashes;
import io.srebench.sim.k8s.Json;
import io.srebench.sim.k8s.K8sObjects;
import io.srebench.sim.k8s.KubeEvent;
import io.srebench.sim.k8s.PodFates;

import java.util.List;

/**
 * Faults that keep a workload's new pods from being scheduled or admitted: cordoned node, nonexistent node,
 * anti-affinity, priority preemption, resource quota, missing PVC. Each rolls the workload (the old pod is replaced)
 * and the new pod stays Pending with the scheduler's or admission's message.
 */
final class SchedulingFaults {
    private SchedulingFaults() {
    }

    static List<Fault> all() {
        return List.of(new SimpleFault("cordoned-kubernetes-worker-node", SchedulingFaults::cordoned),
                new SimpleFault("nonexistent-kubernetes-workload-node", SchedulingFaults::nonexistentNode),
                new SimpleFault("unschedulable-kubernetes-workload-pod-anti-affinity-rule", SchedulingFaults::antiAffinity),
                new SimpleFault("priority-kubernetes-workload-priority-preemption", SchedulingFaults::preemption),
                new SimpleFault("insufficient-kubernetes-resource-quota", SchedulingFaults::quota),
                new SimpleFault("nonexistent-kubernetes-workload-persistent-volume-claim", SchedulingFaults::missingPvc));
    }

    /** "0/4 nodes are available: ..." with the control plane's taint and {@code workers} reasons. */
    static String unschedulable(Cluster c, String workerReason, String preemption) {
        int total = c.nodes().size();
        int workers = c.workers().size();
        return "0/" + total + " nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane:"
                + " }, " + workers + " " + workerReason + ". preemption: 0/" + total + " nodes are available: 1 Preemption"
                + " is not helpful for scheduling, " + workers + " " + preemption + ".";
    }

    private static void cordoned(FaultContext ctx, JsonNode args) {
        Workload w = ctx.workload(args);
        Cluster c = ctx.cluster();
        String node = c.pods(w.name(), ctx.at()).isEmpty() ? c.workers().get(0)
                : c.pods(w.name(), ctx.at()).get(0).path("spec").path("nodeName").asText();
        c.world().update("Node", null, node, ctx.at(), ctx.manager(), n -> {
            ((ObjectNode) n.get("spec")).put("unschedulable", true);
            ((ObjectNode) n.get("spec")).withArray("taints").addObject().put("key", "node.kubernetes.io/unschedulable")
                    .put("effect", "NoSchedule").put("timeAdded", io.srebench.sim.k8s.K8sTime.iso(ctx.at()));
        });
        c.event(KubeEvent.once("Node", null, node, "NodeNotSchedulable", "Node " + node + " status is now:"
                + " NodeNotSchedulable", false, "kubelet", ctx.at() + 400));
        int others = c.workers().size() - 1;
        String msg = "0/" + c.nodes().size() + " nodes are available: 1 node(s) had untolerated taint"
                + " {node-role.kubernetes.io/control-plane: }, 1 node(s) were unschedulable, " + others
                + " node(s) didn't match Pod's node affinity/selector. preemption: 0/" + c.nodes().size()
                + " nodes are available: " + c.nodes().size() + " Preemption is not helpful for scheduling.";
        c.rollout(w.name(), ctx.at() + 5_000, ctx.manager(),
                spec -> spec.putObject("nodeSelector").put("kubernetes.io/hostname", node), PodFates.unschedulable(msg));
    }

    private static void nonexistentNode(FaultContext ctx, JsonNode args) {
        Workload w = ctx.workload(args);
        Cluster c = ctx.cluster();
        String ghost = "itbench-worker-" + Hashes.suffix(c.rng(), 5);
        c.rollout(w.name(), ctx.at(), ctx.manager(),
                spec -> spec.putObject("nodeSelector").put("kubernetes.io/hostname", ghost),
                PodFates.unschedulable(unschedulable(c, "node(s) didn't match Pod's node affinity/selector",
                        "Preemption is not helpful for scheduling")));
    }

    private static void antiAffinity(FaultContext ctx, JsonNode args) {
        Workload w = ctx.workload(args);
        Cluster c = ctx.cluster();
        String part = c.app().istio() ? "app" : "app.kubernetes.io/part-of";
        String value = c.app().istio() ? "productpage" : c.app().partOf();
        c.rollout(w.name(), ctx.at(), ctx.manager(), spec -> {
            ObjectNode term = spec.putObject("affinity").putObject("podAntiAffinity")
                    .putArray("requiredDuringSchedulingIgnoredDuringExecution").addObject();
            term.put("topologyKey", "kubernetes.io/hostname");
            ArrayNode expr = term.putObject("labelSelector").putArray("matchExpressions");
            expr.addObject().put("key", part).put("operator", "In").putArray("values").add(value);
            if (c.app().istio()) {
                expr.removeAll();
                expr.addObject().put("key", "version").put("operator", "Exists");
            }
        }, PodFates.unschedulable(unschedulable(c, "node(s) didn't match pod anti-affinity rules",
                "No preemption victims found for incoming pod")));
    }

    private static void preemption(FaultContext ctx, JsonNode args) {
        Workload w = ctx.workload(args);
        Cluster c = ctx.cluster();
        long at = ctx.at();
        for (String[] pc : new String[][] {{"low-priority", "-1000"}, {"high-priority", "1000000"}}) {
            ObjectNode o = K8sObjects.object("scheduling.k8s.io/v1", "PriorityClass", null, pc[0], Hashes.uid(c.rng()), at);
            o.put("value", Integer.parseInt(pc[1]));
            o.put("preemptionPolicy", "PreemptLowerPriority");
            o.put("globalDefault", false);
            ctx.create(o, at);
        }
        c.world().update(w.kind(), c.app().namespace(), w.name(), at + 1_000, ctx.manager(), d -> {
            ObjectNode spec = Json.templateSpec(d);
            spec.put("priorityClassName", "low-priority");
            spec.put("priority", -1000);
        });
        // a high-priority workload claiming most of every worker's memory evicts the low-priority pods
        ObjectNode hog = K8sObjects.object("apps/v1", "Deployment", c.app().namespace(), "high-priority-workload",
                Hashes.uid(c.rng()), at + 3_000);
        ObjectNode spec = hog.putObject("spec");
        spec.put("replicas", c.workers().size());
        spec.putObject("selector").putObject("matchLabels").put("app", "high-priority-workload");
        ObjectNode tpl = spec.putObject("template");
        tpl.putObject("metadata").putObject("labels").put("app", "high-priority-workload");
        ObjectNode ps = tpl.putObject("spec");
        ps.put("priorityClassName", "high-priority");
        ObjectNode ct = ps.putArray("containers").addObject();
        ct.put("name", "pause").put("image", "registry.k8s.io/pause:3.10");
        ct.putObject("resources").putObject("requests").put("memory", "13Gi").put("cpu", "500m");
        hog.putObject("status").put("replicas", c.workers().size()).put("readyReplicas", c.workers().size());
        ctx.create(hog, at + 3_000);
        for (var p : c.pods(w.name(), at + 3_000)) {
            String pod = p.get("metadata").get("name").asText();
            c.event(KubeEvent.once("Pod", c.app().namespace(), pod, "Preempted", "Preempted by pod "
                    + Hashes.uid(c.rng()) + " on node " + p.path("spec").path("nodeName").asText(), false,
                    "default-scheduler", at + 4_000));
        }
        c.rollout(w.name(), at + 4_000, "kube-scheduler", s -> { },
                PodFates.unschedulable(unschedulable(c, "Insufficient memory", "No preemption victims found for incoming pod")));
    }

    private static void quota(FaultContext ctx, JsonNode args) {
        Workload w = ctx.workload(args);
        Cluster c = ctx.cluster();
        String ns = c.app().namespace();
        long at = ctx.at();
        int usedMi = 0;
        for (Workload x : c.app().workloads().values()) {
            usedMi += x.memMi()[0];
        }
        int hardMi = usedMi - w.memMi()[0];
        ObjectNode q = K8sObjects.object("v1", "ResourceQuota", ns, "strict-resource-quota", Hashes.uid(c.rng()), at);
        q.putObject("spec").putObject("hard").put("requests.memory", hardMi + "Mi").put("pods",
                Integer.toString(c.app().workloads().size() - 1));
        q.putObject("status").putObject("used").put("requests.memory", (usedMi - w.memMi()[0]) + "Mi")
                .put("pods", Integer.toString(c.app().workloads().size() - 1));
        ((ObjectNode) q.get("status")).putObject("hard").put("requests.memory", hardMi + "Mi")
                .put("pods", Integer.toString(c.app().workloads().size() - 1));
        ctx.create(q, at);
        long roll = at + 8_000;
        c.rollout(w.name(), roll, ctx.manager(), s -> { }, PodFates.FORBIDDEN);
        String rs = c.currentReplicaSet(w.name());
        String pod = rs + "-" + Hashes.suffix(c.rng(), 5);
        String msg = "Error creating: pods \"" + pod + "\" is forbidden: exceeded quota: strict-resource-quota,"
                + " requested: pods=1,requests.memory=" + w.memMi()[0] + "Mi, used: pods=" + (c.app().workloads().size() - 1)
                + ",requests.memory=" + (usedMi - w.memMi()[0]) + "Mi, limited: pods=" + (c.app().workloads().size() - 1)
                + ",requests.memory=" + hardMi + "Mi";
        long end = ctx.end();
        int count = (int) Math.max(2, (end - roll) / 60_000);
        c.event(new KubeEvent("ReplicaSet", ns, rs, "", "FailedCreate", msg, true, "replicaset-controller", "",
                roll + 100, end - 1_000, count));
    }

    private static void missingPvc(FaultContext ctx, JsonNode args) {
        Workload w = ctx.workload(args);
        String container = ctx.container(args, w);
        Cluster c = ctx.cluster();
        String claim = w.name() + "-data";
        c.rollout(w.name(), ctx.at(), ctx.manager(), spec -> {
            spec.withArray("volumes").addObject().put("name", "data").putObject("persistentVolumeClaim")
                    .put("claimName", claim);
            Json.container(spec, container).withArray("volumeMounts").addObject().put("name", "data")
                    .put("mountPath", "/data");
        }, PodFates.unschedulable("0/" + c.nodes().size() + " nodes are available: persistentvolumeclaim \"" + claim
                + "\" not found. preemption: 0/" + c.nodes().size() + " nodes are available: " + c.nodes().size()
                + " Preemption is not helpful for scheduling."));
    }
}
