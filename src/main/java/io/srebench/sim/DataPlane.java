package io.srebench.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.k8s.PodStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Decides what a request from one workload to a Service meets, purely from the Kubernetes objects live at that
 * instant: Service existence (DNS), selector and ready pods (Endpoints), targetPort vs containerPort,
 * NetworkPolicies denying ingress, the caller's DNS policy, Istio PeerAuthentication (STRICT mTLS against a caller
 * outside the mesh) and Gateway AuthorizationPolicies. State is cached per 5-second bucket.
 */
public final class DataPlane {
    /** How a call fails at the network level. */
    public enum Failure { NONE, DNS, REFUSED, TIMEOUT, RESET, FORBIDDEN }

    /** A pod that serves a request. */
    public record Backend(String workload, String pod, String node) {
    }

    /** The result of routing one call. */
    public record Outcome(Failure failure, Backend backend) {
    }

    private record Routing(Failure failure, List<Backend> backends, List<JsonNode> denyPolicies) {
    }

    private static final long BUCKET = 5_000;
    private final Cluster cluster;
    private final String ns;
    private final Map<String, Routing> cache = new HashMap<>();
    private final Map<Long, List<ObjectNode>> objectsCache = new HashMap<>();

    public DataPlane(Cluster cluster) {
        this.cluster = cluster;
        this.ns = cluster.app().namespace();
    }

    private List<ObjectNode> objects(long bucket) {
        return objectsCache.computeIfAbsent(bucket, b -> cluster.world().all(b * BUCKET));
    }

    private List<ObjectNode> objects(String kind, long bucket) {
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode o : objects(bucket)) {
            if (o.get("kind").asText().equals(kind) && ns.equals(o.get("metadata").path("namespace").asText())) {
                out.add(o);
            }
        }
        return out;
    }

    /** A ready pod of {@code workload} at {@code t}, or null (used for the traffic source and the callers). */
    public Backend pod(String workload, long t, SplittableRandom rng) {
        List<ObjectNode> pods = new ArrayList<>();
        for (ObjectNode p : cluster.pods(workload, t)) {
            if (PodStatus.ready(p)) {
                pods.add(p);
            }
        }
        if (pods.isEmpty()) {
            return null;
        }
        ObjectNode p = pods.size() == 1 ? pods.get(0) : pods.get(rng.nextInt(pods.size()));
        return new Backend(workload, p.get("metadata").get("name").asText(), p.path("spec").path("nodeName").asText());
    }

    /** Routes a call from {@code caller} (its pod {@code callerPod}) to Service {@code service}. */
    public Outcome call(String caller, String callerPod, String service, String method, long t, SplittableRandom rng) {
        long bucket = t / BUCKET;
        if (callerPod != null && brokenDns(callerPod, bucket)) {
            return new Outcome(Failure.DNS, null);
        }
        if (callerPod != null && outsideMeshUnderStrictMtls(callerPod, bucket)) {
            return new Outcome(Failure.RESET, null);
        }
        Routing r = cache.computeIfAbsent(service + "@" + bucket, k -> route(service, bucket));
        if (r.failure() != Failure.NONE) {
            return new Outcome(r.failure(), null);
        }
        Backend b = r.backends().size() == 1 ? r.backends().get(0) : r.backends().get(rng.nextInt(r.backends().size()));
        for (JsonNode rule : r.denyPolicies()) {
            if (rule.toString().contains("\"" + method + "\"")) {
                return new Outcome(Failure.FORBIDDEN, b);
            }
        }
        return new Outcome(Failure.NONE, b);
    }

    private boolean brokenDns(String pod, long bucket) {
        ObjectNode p = cluster.world().at("Pod", ns, pod, bucket * BUCKET);
        if (p == null) {
            return false;
        }
        JsonNode spec = p.get("spec");
        return spec.path("dnsPolicy").asText().equals("None")
                && !spec.path("dnsConfig").path("nameservers").toString().contains("10.96.0.10");
    }

    private boolean outsideMeshUnderStrictMtls(String pod, long bucket) {
        if (!cluster.app().istio()) {
            return false;
        }
        ObjectNode p = cluster.world().at("Pod", ns, pod, bucket * BUCKET);
        if (p == null || !p.path("metadata").path("labels").path("istio.io/dataplane-mode").asText().equals("none")) {
            return false;
        }
        for (ObjectNode pa : objects("PeerAuthentication", bucket)) {
            if (pa.path("spec").path("mtls").path("mode").asText().equals("STRICT")) {
                return true;
            }
        }
        return false;
    }

    private Routing route(String service, long bucket) {
        long t = bucket * BUCKET;
        ObjectNode svc = cluster.world().at("Service", ns, service, t);
        if (svc == null) {
            return new Routing(Failure.DNS, List.of(), List.of());
        }
        JsonNode selector = svc.path("spec").path("selector");
        int targetPort = svc.path("spec").path("ports").path(0).path("targetPort").asInt();
        List<Backend> ready = new ArrayList<>();
        boolean portMismatch = false;
        boolean blocked = false;
        for (ObjectNode p : objects("Pod", bucket)) {
            if (!matches(selector, p.path("metadata").path("labels")) || !PodStatus.ready(p)) {
                continue;
            }
            int containerPort = p.path("spec").path("containers").path(0).path("ports").path(0).path("containerPort").asInt();
            if (containerPort != targetPort) {
                portMismatch = true;
                continue;
            }
            if (ingressDenied(p, bucket)) {
                blocked = true;
                continue;
            }
            String name = p.get("metadata").get("name").asText();
            String wl = cluster.workloadOf(name);
            ready.add(new Backend(wl == null ? service : wl, name, p.path("spec").path("nodeName").asText()));
        }
        if (ready.isEmpty()) {
            // no ready endpoint, or only ones behind the wrong port: refused; only blocked ones: packets dropped
            return new Routing(blocked && !portMismatch ? Failure.TIMEOUT : Failure.REFUSED, List.of(), List.of());
        }
        return new Routing(Failure.NONE, ready, denyRules(service, bucket));
    }

    private static boolean matches(JsonNode selector, JsonNode labels) {
        if (selector == null || selector.isMissingNode() || selector.isEmpty()) {
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> it = selector.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!labels.path(e.getKey()).asText("\u0000").equals(e.getValue().asText())) {
                return false;
            }
        }
        return true;
    }

    private boolean ingressDenied(ObjectNode pod, long bucket) {
        for (ObjectNode np : objects("NetworkPolicy", bucket)) {
            JsonNode spec = np.path("spec");
            boolean ingressType = spec.path("policyTypes").toString().contains("Ingress");
            JsonNode sel = spec.path("podSelector").path("matchLabels");
            boolean selects = sel.isEmpty() || matches(sel, pod.path("metadata").path("labels"));
            if (ingressType && selects && spec.path("ingress").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private List<JsonNode> denyRules(String service, long bucket) {
        List<JsonNode> out = new ArrayList<>();
        for (ObjectNode ap : objects("AuthorizationPolicy", bucket)) {
            JsonNode spec = ap.path("spec");
            if (!spec.path("action").asText().equals("DENY")) {
                continue;
            }
            for (JsonNode ref : spec.path("targetRefs")) {
                if (ref.path("kind").asText().equals("Gateway") && service.equals(ref.path("name").asText() + "-istio")) {
                    out.add(spec.path("rules"));
                }
            }
        }
        return out;
    }
}
