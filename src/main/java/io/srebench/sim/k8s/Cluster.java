package io.srebench.sim.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.app.AppModel;
import io.srebench.sim.app.Workload;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The simulated cluster: the API {@link World}, the recorded {@link KubeEvent}s, and the controller behaviour
 * that turns workload changes into ReplicaSets and pods (rollouts, scaling, restarts). Deployment/ReplicaSet
 * status and Endpoints are not stored: the recorder derives them from the pods at each observation.
 */
public final class Cluster {
    private final AppModel app;
    private final Timeline timeline;
    private final SplittableRandom rng;
    private final World world = new World();
    private final List<KubeEvent> events = new ArrayList<>();
    private final List<String> nodes = new ArrayList<>();
    private final Map<String, String> currentRs = new LinkedHashMap<>();
    private final Map<String, Integer> revisions = new LinkedHashMap<>();
    private final Map<String, List<String>> podsOf = new LinkedHashMap<>();
    private final Map<String, PodFate> templateFate = new LinkedHashMap<>();
    private int nodeCursor;
    private final String operatorManager;

    public Cluster(AppModel app, Timeline timeline, long seed) {
        this.app = app;
        this.timeline = timeline;
        this.rng = new SplittableRandom(seed * 31 + 7);
        this.operatorManager = FieldManagers.HUMAN[new SplittableRandom(seed ^ 0x0AE7L).nextInt(FieldManagers.HUMAN.length)];
    }

    /** The field manager of this task's fault injector (one of {@link FieldManagers#HUMAN}). */
    public String operatorManager() {
        return operatorManager;
    }

    public AppModel app() {
        return app;
    }

    public Timeline timeline() {
        return timeline;
    }

    public World world() {
        return world;
    }

    public SplittableRandom rng() {
        return rng;
    }

    public List<String> nodes() {
        return List.copyOf(nodes);
    }

    public List<KubeEvent> events() {
        return events;
    }

    /** Records an event. */
    public void event(KubeEvent e) {
        events.add(e);
    }

    /** Adds a worker node. */
    public void addNode(String name) {
        world.add(K8sObjects.node(name, Hashes.uid(rng), timeline.deployed() - 86_400_000L * 3, nodes.size() + 1),
                timeline.deployed() - 86_400_000L * 3);
        nodes.add(name);
    }

    /** The next node in round-robin order. */
    public String pickNode() {
        List<String> workers = workers();
        return workers.get(nodeCursor++ % workers.size());
    }

    /** Nodes that accept workloads (all but the control plane). */
    public List<String> workers() {
        List<String> out = new ArrayList<>();
        for (String n : nodes) {
            if (!n.contains("control-plane")) {
                out.add(n);
            }
        }
        return out.isEmpty() ? nodes : out;
    }

    /** Creates a workload (Deployment/StatefulSet + ReplicaSet + pods + Service) at {@code at}, pods healthy. */
    public void deploy(Workload w, long at, int replicas) {
        String ns = app.namespace();
        ObjectNode d = K8sObjects.workload(app, w, Hashes.uid(rng), at, replicas);
        world.add(d, at);
        revisions.put(w.name(), 1);
        ObjectNode owner = d;
        if (w.kind().equals("Deployment")) {
            String hash = Hashes.templateHash(rng);
            ObjectNode rs = K8sObjects.replicaSet(d, hash, Hashes.uid(rng), at, replicas, 1);
            world.add(rs, at);
            currentRs.put(w.name(), rs.get("metadata").get("name").asText());
            owner = rs;
            event(KubeEvent.once("Deployment", ns, w.name(), "ScalingReplicaSet",
                    "Scaled up replica set " + currentRs.get(w.name()) + " from 0 to " + replicas, false,
                    "deployment-controller", at));
        }
        if (world.at("Service", ns, w.service(), at) == null) {
            world.add(K8sObjects.service(app, w, Hashes.uid(rng), at, rng), at);
        }
        for (int i = 0; i < replicas; i++) {
            newPod(w.name(), owner, at + 200 + i * 50L, PodFates.healthy(), i);
        }
    }

    /** Creates one pod of {@code workload} owned by {@code owner} and plays its fate. */
    public String newPod(String workload, ObjectNode owner, long at, PodFate fate, int ordinal) {
        if (fate == PodFates.FORBIDDEN) {
            return null;
        }
        String ownerName = owner.get("metadata").get("name").asText();
        String name = owner.get("kind").asText().equals("StatefulSet") ? ownerName + "-" + ordinal
                : ownerName + "-" + Hashes.suffix(rng, 5);
        String node = fate.unscheduled() ? null : pickNode();
        ObjectNode pod = K8sObjects.pod(owner, name, Hashes.uid(rng), at, node, rng);
        world.add(pod, at);
        podsOf.computeIfAbsent(workload, k -> new ArrayList<>()).add(name);
        event(KubeEvent.once(owner.get("kind").asText(), app.namespace(), ownerName, "SuccessfulCreate",
                "Created pod: " + name, false, owner.get("kind").asText().equals("StatefulSet")
                        ? "statefulset-controller" : "replicaset-controller", at));
        fate.play(this, name, node, at);
        return name;
    }

    /** The current ReplicaSet of a Deployment, or null. */
    public String currentReplicaSet(String workload) {
        return currentRs.get(workload);
    }

    /**
     * Restarts the main container of a live pod at {@code at} after it exited with {@code reason}/{@code exitCode}:
     * not ready for {@code downMs}, then running again with the restart count increased.
     */
    public void restartContainer(String pod, long at, String reason, int exitCode, long downMs) {
        ObjectNode p = world.at("Pod", app.namespace(), pod, at);
        if (p == null) {
            return;
        }
        int restarts = PodStatus.restarts(p) + 1;
        world.update("Pod", app.namespace(), pod, at, "kubelet", x -> PodStatus.waiting(x, at, "CrashLoopBackOff",
                "back-off 10s restarting failed container", restarts, reason, exitCode));
        long up = at + downMs;
        if (world.at("Pod", app.namespace(), pod, up) != null) {
            world.update("Pod", app.namespace(), pod, up, "kubelet", x -> {
                PodStatus.running(x, up, restarts);
                ((ObjectNode) x.get("status").get("containerStatuses").get(0)).putObject("lastState").putObject("terminated")
                        .put("exitCode", exitCode).put("reason", reason).put("finishedAt", K8sTime.iso(at));
            });
        }
    }

    /** Stops a pod: Killing event, object deleted after the grace period. */
    public void deletePod(String pod, long at) {
        ObjectNode p = world.at("Pod", app.namespace(), pod, at);
        if (p == null) {
            return;
        }
        String container = p.get("spec").get("containers").get(0).get("name").asText();
        event(KubeEvent.once("Pod", app.namespace(), pod, "Killing", "Stopping container " + container, false,
                "kubelet", at).on("spec.containers{" + container + "}", p.path("spec").path("nodeName").asText("")));
        world.delete("Pod", app.namespace(), pod, at + 2_000);
    }

    /** Pods of a workload live at {@code t}. */
    public List<ObjectNode> pods(String workload, long t) {
        List<ObjectNode> out = new ArrayList<>();
        for (String p : podsOf.getOrDefault(workload, List.of())) {
            ObjectNode o = world.at("Pod", app.namespace(), p, t);
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    /** Names of all pods a workload ever had. */
    public List<String> podNames(String workload) {
        return List.copyOf(podsOf.getOrDefault(workload, List.of()));
    }

    /** The workload a pod belongs to, or null. */
    public String workloadOf(String pod) {
        for (Map.Entry<String, List<String>> e : podsOf.entrySet()) {
            if (e.getValue().contains(pod)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The Deployment/StatefulSet object of a workload as of {@code t}. */
    public ObjectNode workloadObject(String workload, long t) {
        Workload w = app.workload(workload);
        return w == null ? null : world.at(w.kind(), app.namespace(), workload, t);
    }

    /**
     * Changes the pod template of a workload at {@code at} (as {@code kubectl patch} by {@code manager} would) and
     * rolls it out: a new ReplicaSet whose pods meet {@code fate}; the old pods are stopped (the injection replaces
     * them, so the old version does not keep serving).
     */
    public void rollout(String workload, long at, String manager, Consumer<ObjectNode> templateEdit, PodFate fate) {
        Workload w = app.workload(workload);
        String ns = app.namespace();
        templateFate.put(workload, fate);
        int rev = revisions.merge(workload, 1, Integer::sum);
        world.update(w.kind(), ns, workload, at, manager, d -> {
            templateEdit.accept(Json.templateSpec(d));
            ObjectNode md = (ObjectNode) d.get("metadata");
            md.put("generation", md.path("generation").asInt(1) + 1);
            ((ObjectNode) md.get("annotations")).put("deployment.kubernetes.io/revision", Integer.toString(rev));
        });
        ObjectNode d = world.at(w.kind(), ns, workload, at);
        int replicas = d.get("spec").get("replicas").asInt();
        List<ObjectNode> old = pods(workload, at);
        ObjectNode owner = d;
        if (w.kind().equals("Deployment")) {
            String oldRs = currentRs.get(workload);
            ObjectNode rs = K8sObjects.replicaSet(d, Hashes.templateHash(rng), Hashes.uid(rng), at, replicas, rev);
            world.add(rs, at);
            String newRs = rs.get("metadata").get("name").asText();
            currentRs.put(workload, newRs);
            owner = rs;
            event(KubeEvent.once("Deployment", ns, workload, "ScalingReplicaSet",
                    "Scaled up replica set " + newRs + " from 0 to " + replicas, false, "deployment-controller", at + 30));
            if (oldRs != null) {
                world.update("ReplicaSet", ns, oldRs, at + 1_000, "kube-controller-manager",
                        r -> ((ObjectNode) r.get("spec")).put("replicas", 0));
                event(KubeEvent.once("Deployment", ns, workload, "ScalingReplicaSet",
                        "Scaled down replica set " + oldRs + " from " + replicas + " to 0", false,
                        "deployment-controller", at + 1_000));
            }
        }
        boolean sts = w.kind().equals("StatefulSet");
        if (sts) {
            // a StatefulSet replaces pods in place: the old pod must be gone before its successor (same name) exists
            for (ObjectNode p : old) {
                deletePod(p.get("metadata").get("name").asText(), at);
                world.delete("Pod", ns, p.get("metadata").get("name").asText(), at + 50);
            }
        }
        for (int i = 0; i < replicas && fate != PodFates.FORBIDDEN; i++) {
            newPod(workload, owner, at + 60 + i * 40L, fate, i);
        }
        for (ObjectNode p : sts ? List.<ObjectNode>of() : old) {
            String name = p.get("metadata").get("name").asText();
            deletePod(name, at + 1_200);
            if (!sts) {
                event(KubeEvent.once("ReplicaSet", ns, p.get("metadata").get("ownerReferences").get(0).get("name").asText(),
                        "SuccessfulDelete", "Deleted pod: " + name, false, "replicaset-controller", at + 1_200));
            }
        }
    }

    /** {@code kubectl rollout restart}: new ReplicaSet with the restartedAt annotation, healthy pods. */
    public void restart(String workload, long at) {
        rollout(workload, at, "kubectl-rollout", spec -> { }, fateOf(workload));
        world.update(app.workload(workload).kind(), app.namespace(), workload, at + 1, "kubectl-rollout",
                d -> ((ObjectNode) d.get("spec").get("template").get("metadata")).putObject("annotations")
                        .put("kubectl.kubernetes.io/restartedAt", K8sTime.iso(at)));
    }

    /** How pods of the workload's current template fare (healthy unless a rollout said otherwise). */
    public PodFate fateOf(String workload) {
        return templateFate.getOrDefault(workload, PodFates.healthy());
    }

    /** Scales a workload; new pods meet the current template's fate. */
    public void scale(String workload, int replicas, long at, String manager, PodFate ignored) {
        PodFate fate = fateOf(workload);
        Workload w = app.workload(workload);
        String ns = app.namespace();
        ObjectNode d = world.at(w.kind(), ns, workload, at);
        int from = d.get("spec").get("replicas").asInt();
        world.update(w.kind(), ns, workload, at, manager, x -> ((ObjectNode) x.get("spec")).put("replicas", replicas));
        List<ObjectNode> live = pods(workload, at);
        ObjectNode owner = world.at(w.kind(), ns, workload, at);
        String rs = currentRs.get(workload);
        if (rs != null) {
            world.update("ReplicaSet", ns, rs, at + 20, "kube-controller-manager",
                    r -> ((ObjectNode) r.get("spec")).put("replicas", replicas));
            owner = world.at("ReplicaSet", ns, rs, at + 20);
            event(KubeEvent.once("Deployment", ns, workload, "ScalingReplicaSet", "Scaled "
                    + (replicas > from ? "up" : "down") + " replica set " + rs + " from " + from + " to " + replicas,
                    false, "deployment-controller", at + 20));
        }
        for (int i = live.size(); i < replicas; i++) {
            newPod(workload, owner, at + 100 + i * 30L, fate, i);
        }
        for (int i = replicas; i < live.size(); i++) {
            String name = live.get(i).get("metadata").get("name").asText();
            deletePod(name, at + 300);
            if (rs != null) {
                event(KubeEvent.once("ReplicaSet", ns, rs, "SuccessfulDelete", "Deleted pod: " + name, false,
                        "replicaset-controller", at + 300));
            }
        }
    }

    /** Replaces the live pods of a workload by new ones of the same ReplicaSet (pods deleted by hand or by chaos). */
    public void replacePods(String workload, long at, PodFate ignored) {
        PodFate fate = fateOf(workload);
        Workload w = app.workload(workload);
        String ns = app.namespace();
        String rs = currentRs.get(workload);
        ObjectNode owner = rs != null ? world.at("ReplicaSet", ns, rs, at) : world.at(w.kind(), ns, workload, at);
        int i = 0;
        for (ObjectNode p : pods(workload, at)) {
            deletePod(p.get("metadata").get("name").asText(), at);
            if (w.kind().equals("StatefulSet")) {
                world.delete("Pod", ns, p.get("metadata").get("name").asText(), at + 1);
            }
            newPod(workload, owner, at + 2_500, fate, i++);
        }
    }
}
