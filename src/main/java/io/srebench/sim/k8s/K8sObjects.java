package io.srebench.sim.k8s;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.app.AppModel;
import io.srebench.sim.app.Workload;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Builders for Kubernetes object bodies as the API server returns them (the fields IBM's tools read, and more). */
public final class K8sObjects {
    private K8sObjects() {
    }

    /** apiVersion/kind/metadata skeleton. */
    public static ObjectNode object(String apiVersion, String kind, String ns, String name, String uid, long created) {
        ObjectNode o = Json.obj();
        o.put("apiVersion", apiVersion);
        o.put("kind", kind);
        ObjectNode md = o.putObject("metadata");
        md.put("name", name);
        if (ns != null) {
            md.put("namespace", ns);
        }
        md.put("uid", uid);
        md.put("creationTimestamp", K8sTime.iso(created));
        return o;
    }

    /** The selector labels of a workload's pods (what its Service selects on). */
    public static Map<String, String> selector(AppModel app, Workload w) {
        Map<String, String> m = new LinkedHashMap<>();
        if (app.istio()) {
            if (w.name().endsWith("-istio")) {
                m.put("gateway.networking.k8s.io/gateway-name", w.name().substring(0, w.name().length() - 6));
            } else {
                m.put("app", w.service());
            }
        } else {
            m.put("opentelemetry.io/name", w.name());
        }
        return m;
    }

    /** All pod labels of a workload (without pod-template-hash). */
    public static Map<String, String> podLabels(AppModel app, Workload w) {
        Map<String, String> m = new LinkedHashMap<>(selector(app, w));
        if (app.istio()) {
            m.put("app", w.service());
            m.put("version", w.version());
            m.put("app.kubernetes.io/component", w.name());
        } else {
            m.put("app.kubernetes.io/component", w.name());
            m.put("app.kubernetes.io/name", w.name());
            m.put("app.kubernetes.io/instance", "otel-demo");
            m.put("app.kubernetes.io/part-of", app.partOf());
            m.put("app.kubernetes.io/version", w.version());
        }
        return m;
    }

    /** Deployment or StatefulSet with its pod template. */
    public static ObjectNode workload(AppModel app, Workload w, String uid, long created, int replicas) {
        ObjectNode d = object("apps/v1", w.kind(), app.namespace(), w.name(), uid, created);
        ObjectNode md = (ObjectNode) d.get("metadata");
        md.put("generation", 1);
        md.set("labels", Json.strings(podLabels(app, w)));
        md.putObject("annotations").put("deployment.kubernetes.io/revision", "1");
        ObjectNode spec = d.putObject("spec");
        spec.put("replicas", replicas);
        spec.put("revisionHistoryLimit", 10);
        spec.putObject("selector").set("matchLabels", Json.strings(selector(app, w)));
        if (w.kind().equals("Deployment")) {
            ObjectNode st = spec.putObject("strategy");
            st.put("type", "RollingUpdate");
            st.putObject("rollingUpdate").put("maxSurge", "25%").put("maxUnavailable", "25%");
        } else {
            spec.put("serviceName", w.service());
        }
        ObjectNode tpl = spec.putObject("template");
        tpl.putObject("metadata").set("labels", Json.strings(podLabels(app, w)));
        tpl.set("spec", podSpec(app, w));
        ObjectNode status = d.putObject("status");
        status.put("observedGeneration", 1);
        status.put("replicas", replicas);
        status.put("readyReplicas", replicas);
        status.put("availableReplicas", replicas);
        status.put("updatedReplicas", replicas);
        return d;
    }

    private static ObjectNode podSpec(AppModel app, Workload w) {
        ObjectNode ps = Json.obj();
        ArrayNode cs = ps.putArray("containers");
        ObjectNode c = cs.addObject();
        c.put("name", w.container());
        c.put("image", w.image());
        c.put("imagePullPolicy", "IfNotPresent");
        c.putArray("ports").addObject().put("containerPort", w.port()).put("name", "service").put("protocol", "TCP");
        ArrayNode env = c.putArray("env");
        env.addObject().put("name", "OTEL_K8S_POD_NAME").putObject("valueFrom").putObject("fieldRef")
                .put("apiVersion", "v1").put("fieldPath", "metadata.name");
        w.env().forEach((k, v) -> env.addObject().put("name", k).put("value", v));
        for (String s : w.secrets()) {
            for (String key : app.secrets().getOrDefault(s, Map.of()).keySet()) {
                env.addObject().put("name", key).putObject("valueFrom").putObject("secretKeyRef").put("name", s)
                        .put("key", key);
            }
        }
        ObjectNode res = c.putObject("resources");
        res.putObject("requests").put("cpu", w.cpuMilli()[0] + "m").put("memory", w.memMi()[0] + "Mi");
        res.putObject("limits").put("cpu", w.cpuMilli()[1] + "m").put("memory", w.memMi()[1] + "Mi");
        if (w.port() > 0 && !w.name().equals("load-generator")) {
            ObjectNode probe = c.putObject("readinessProbe");
            probe.putObject("tcpSocket").put("port", w.port());
            probe.put("initialDelaySeconds", 5).put("periodSeconds", 10).put("timeoutSeconds", 1)
                    .put("failureThreshold", 3);
        }
        ArrayNode mounts = c.putArray("volumeMounts");
        ArrayNode vols = ps.putArray("volumes");
        for (String cm : w.configMaps()) {
            mounts.addObject().put("name", cm).put("mountPath", "/etc/" + cm);
            vols.addObject().put("name", cm).putObject("configMap").put("name", cm);
        }
        c.put("terminationMessagePath", "/dev/termination-log");
        c.put("terminationMessagePolicy", "File");
        ps.put("restartPolicy", "Always");
        ps.put("terminationGracePeriodSeconds", 30);
        ps.put("dnsPolicy", "ClusterFirst");
        ps.put("serviceAccountName", app.istio() ? "bookinfo-" + w.service() : app.partOf());
        ps.put("schedulerName", "default-scheduler");
        return ps;
    }

    /** A ReplicaSet owned by a Deployment, carrying the deployment's current template. */
    public static ObjectNode replicaSet(ObjectNode deploy, String hash, String uid, long created, int replicas,
                                        int revision) {
        ObjectNode dmd = (ObjectNode) deploy.get("metadata");
        String name = dmd.get("name").asText() + "-" + hash;
        ObjectNode rs = object("apps/v1", "ReplicaSet", dmd.get("namespace").asText(), name, uid, created);
        ObjectNode md = (ObjectNode) rs.get("metadata");
        ObjectNode labels = ((ObjectNode) deploy.get("spec").get("template").get("metadata").get("labels")).deepCopy();
        labels.put("pod-template-hash", hash);
        md.set("labels", labels);
        md.putObject("annotations").put("deployment.kubernetes.io/revision", Integer.toString(revision))
                .put("deployment.kubernetes.io/desired-replicas", deploy.get("spec").get("replicas").asText());
        owner(md, "apps/v1", "Deployment", dmd.get("name").asText(), dmd.get("uid").asText());
        ObjectNode spec = rs.putObject("spec");
        spec.put("replicas", replicas);
        ObjectNode sel = ((ObjectNode) deploy.get("spec").get("selector").get("matchLabels")).deepCopy();
        sel.put("pod-template-hash", hash);
        spec.putObject("selector").set("matchLabels", sel);
        ObjectNode tpl = ((ObjectNode) deploy.get("spec").get("template")).deepCopy();
        ((ObjectNode) tpl.get("metadata").get("labels")).put("pod-template-hash", hash);
        spec.set("template", tpl);
        rs.putObject("status").put("replicas", replicas).put("readyReplicas", replicas)
                .put("availableReplicas", replicas).put("fullyLabeledReplicas", replicas).put("observedGeneration", 1);
        return rs;
    }

    /** A pod created by a ReplicaSet (or StatefulSet), scheduled to {@code node} (null: not scheduled). */
    public static ObjectNode pod(ObjectNode owner, String name, String uid, long created, String node, SplittableRandom rng) {
        ObjectNode omd = (ObjectNode) owner.get("metadata");
        ObjectNode pod = object("v1", "Pod", omd.get("namespace").asText(), name, uid, created);
        ObjectNode md = (ObjectNode) pod.get("metadata");
        String ownerName = omd.get("name").asText();
        md.put("generateName", owner.get("kind").asText().equals("StatefulSet") ? ownerName + "-" : ownerName + "-");
        ObjectNode tpl = (ObjectNode) owner.get("spec").get("template");
        md.set("labels", tpl.get("metadata").get("labels").deepCopy());
        owner(md, "apps/v1", owner.get("kind").asText(), ownerName, omd.get("uid").asText());
        ObjectNode spec = tpl.get("spec").deepCopy();
        if (node != null) {
            spec.put("nodeName", node);
        }
        spec.put("priority", spec.path("priority").asInt(0));
        pod.set("spec", spec);
        ObjectNode st = pod.putObject("status");
        st.put("phase", "Pending");
        st.put("qosClass", "Burstable");
        if (node != null) {
            st.put("hostIP", "10.0.1." + (10 + Math.abs(node.hashCode()) % 40));
            st.put("podIP", "10.244." + (1 + rng.nextInt(3)) + "." + (2 + rng.nextInt(250)));
        }
        return pod;
    }

    private static void owner(ObjectNode md, String apiVersion, String kind, String name, String uid) {
        ObjectNode ref = md.putArray("ownerReferences").addObject();
        ref.put("apiVersion", apiVersion).put("kind", kind).put("name", name).put("uid", uid).put("controller", true)
                .put("blockOwnerDeletion", true);
    }

    /** A ClusterIP Service for a workload's pods. */
    public static ObjectNode service(AppModel app, Workload w, String uid, long created, SplittableRandom rng) {
        ObjectNode s = object("v1", "Service", app.namespace(), w.service(), uid, created);
        ((ObjectNode) s.get("metadata")).set("labels", Json.strings(podLabels(app, w)));
        ObjectNode spec = s.putObject("spec");
        spec.put("type", "ClusterIP");
        spec.put("clusterIP", "10.96." + rng.nextInt(256) + "." + (1 + rng.nextInt(254)));
        ObjectNode port = spec.putArray("ports").addObject();
        port.put("name", app.istio() ? "http" : "tcp-service");
        port.put("port", w.port());
        port.put("protocol", "TCP");
        port.put("targetPort", w.port());
        spec.set("selector", Json.strings(selector(app, w)));
        spec.put("sessionAffinity", "None");
        s.putObject("status").putObject("loadBalancer");
        return s;
    }

    /** ConfigMap or Secret with string data (Secret values base64 encoded as the API returns them). */
    public static ObjectNode data(String kind, String ns, String name, String uid, long created, Map<String, String> data) {
        ObjectNode o = object("v1", kind, ns, name, uid, created);
        ObjectNode d = o.putObject("data");
        data.forEach((k, v) -> d.put(k, kind.equals("Secret")
                ? java.util.Base64.getEncoder().encodeToString(v.getBytes(java.nio.charset.StandardCharsets.UTF_8)) : v));
        if (kind.equals("Secret")) {
            o.put("type", "Opaque");
        }
        return o;
    }

    /** A worker node. */
    public static ObjectNode node(String name, String uid, long created, int index) {
        ObjectNode n = object("v1", "Node", null, name, uid, created);
        ObjectNode labels = ((ObjectNode) n.get("metadata")).putObject("labels");
        labels.put("kubernetes.io/hostname", name).put("kubernetes.io/os", "linux").put("kubernetes.io/arch", "amd64")
                .put("node.kubernetes.io/instance-type", "m5.xlarge").put("topology.kubernetes.io/zone", "us-east-2" + "abc"
                        .charAt(index % 3));
        n.putObject("spec").put("podCIDR", "10.244." + index + ".0/24");
        ObjectNode st = n.putObject("status");
        st.putObject("capacity").put("cpu", "4").put("memory", "16073892Ki").put("pods", "110");
        st.putObject("allocatable").put("cpu", "3920m").put("memory", "15056036Ki").put("pods", "110");
        ArrayNode conds = st.putArray("conditions");
        for (String[] c : new String[][] {{"MemoryPressure", "False", "KubeletHasSufficientMemory"},
            {"DiskPressure", "False", "KubeletHasNoDiskPressure"}, {"PIDPressure", "False", "KubeletHasSufficientPID"},
            {"Ready", "True", "KubeletReady"}}) {
            conds.addObject().put("type", c[0]).put("status", c[1]).put("reason", c[2])
                    .put("lastTransitionTime", K8sTime.iso(created));
        }
        st.putObject("nodeInfo").put("architecture", "amd64").put("kubeletVersion", "v1.32.5")
                .put("containerRuntimeVersion", "containerd://1.7.27").put("osImage", "Ubuntu 24.04.2 LTS");
        st.putArray("addresses").addObject().put("type", "InternalIP").put("address", "10.0.1." + (10 + index));
        return n;
    }

    /** A namespace. */
    public static ObjectNode namespace(String name, String uid, long created, Map<String, String> labels) {
        ObjectNode n = object("v1", "Namespace", null, name, uid, created);
        ObjectNode l = Json.strings(labels);
        l.put("kubernetes.io/metadata.name", name);
        ((ObjectNode) n.get("metadata")).set("labels", l);
        n.putObject("spec").putArray("finalizers").add("kubernetes");
        n.putObject("status").put("phase", "Active");
        return n;
    }
}
