package io.srebench.sim.telemetry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.app.AppModel;
import io.srebench.sim.app.Workload;
import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.k8s.PodStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Evaluates alert rules every 60 s over the simulated telemetry, the way Prometheus does: a rule's condition
 * must hold continuously for its {@code for} duration before the alert fires, and {@code activeAt} is when it first
 * held. Rules: golden-signal alerts from span statistics (HighRequestErrorRate, HighRequestLatency,
 * NoRequestsReceived, NoDatabaseOperations) and kube-state alerts from pod/workload state (KubePodNotReady,
 * KubePodCrashLooping, KubeContainerWaiting, KubeDeploymentReplicasMismatch, KubeDeploymentRolloutStuck,
 * KubeHpaMaxedOut, CPUThrottlingHigh via {@link #addRaw}), plus the always-firing Watchdog.
 */
public final class AlertEvaluator {
    /** One poll of the alerts API. */
    public record Poll(long time, List<Alert> firing) {
    }

    private static final long MIN = 60_000;
    private final Cluster cluster;
    private final AppModel app;
    private final SpanStats stats;
    private final MetricsWriter mesh;
    private final Map<String, Long> pendingSince = new LinkedHashMap<>();
    private final List<Poll> polls = new ArrayList<>();
    private final Map<String, Double> values = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> labelsOf = new LinkedHashMap<>();

    public AlertEvaluator(Cluster cluster, SpanStats stats, MetricsWriter mesh) {
        this.cluster = cluster;
        this.app = cluster.app();
        this.stats = stats;
        this.mesh = mesh;
    }

    public List<Poll> polls() {
        return polls;
    }

    /** Runs the rules at every poll time (one per minute, with a small fixed offset inside the minute). */
    public void run() {
        long start = cluster.timeline().start();
        for (long t = start + cluster.timeline().alertPhase(); t < cluster.timeline().end(); t += MIN) {
            Map<String, Long> holding = new TreeMap<>();
            Map<String, Long> forOf = new LinkedHashMap<>();
            evaluate(t, holding, forOf);
            List<Alert> firing = new ArrayList<>();
            for (String key : new ArrayList<>(pendingSince.keySet())) {
                if (!holding.containsKey(key)) {
                    pendingSince.remove(key);
                }
            }
            for (String key : holding.keySet()) {
                long since = pendingSince.computeIfAbsent(key, k -> holding.get(k));
                if (t - since >= forOf.get(key)) {
                    Map<String, String> labels = labelsOf.get(key);
                    firing.add(new Alert(labels, annotations(labels), since, values.getOrDefault(key, 1.0)));
                }
            }
            polls.add(new Poll(t, firing));
        }
    }

    private void hold(Map<String, Long> holding, Map<String, Long> forOf, long t, long forMs, double value, String... kv) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            labels.put(kv[i], kv[i + 1]);
        }
        String key = labels.toString();
        labelsOf.put(key, labels);
        holding.put(key, t);
        forOf.put(key, forMs);
        values.put(key, value);
    }

    private void evaluate(long t, Map<String, Long> h, Map<String, Long> f) {
        String ns = app.namespace();
        hold(h, f, t, 0, 1, "alertname", "Watchdog", "severity", "none");
        int now = (int) ((t - stats.start()) / stats.stepMillis());
        for (String svc : stats.services().keySet()) {
            if (svc.equals("flagd") || svc.equals("load-generator")) {
                continue;
            }
            SpanStats.Cell recent = stats.sum(svc, now - 4, now);
            SpanStats.Cell baseline = stats.sum(svc, 0, 20);
            boolean seen = !app.istio() || mesh.meshEnrolled(t);
            if (seen && recent.requests >= 4 && recent.errors / (double) recent.requests > 0.02) {
                hold(h, f, t, MIN, recent.errors / (double) recent.requests, "alertname", "HighRequestErrorRate",
                        "namespace", ns, "service_name", svc, "severity", "warning");
            }
            double p95 = SpanStats.p95(recent);
            if (seen && recent.requests >= 3 && p95 > 1500) {
                hold(h, f, t, MIN, p95, "alertname", "HighRequestLatency", "namespace", ns, "service_name", svc,
                        "severity", "warning");
            }
            if (baseline.requests >= 5 && (recent.requests == 0 || !seen)) {
                hold(h, f, t, MIN, 0, "alertname", "NoRequestsReceived", "namespace", ns, "service_name", svc,
                        "severity", "warning");
            }
            if (baseline.dbCalls >= 5 && recent.dbCalls == 0) {
                hold(h, f, t, MIN, 0, "alertname", "NoDatabaseOperations", "namespace", ns, "service_name", svc,
                        "severity", "warning");
            }
        }
        for (Workload w : app.workloads().values()) {
            kubeState(t, w, h, f);
        }
    }

    private void kubeState(long t, Workload w, Map<String, Long> h, Map<String, Long> f) {
        String ns = app.namespace();
        int ready = 0;
        for (ObjectNode p : cluster.pods(w.name(), t)) {
            String pod = p.get("metadata").get("name").asText();
            if (PodStatus.ready(p)) {
                ready++;
            } else {
                hold(h, f, t, 5 * MIN, 1, "alertname", "KubePodNotReady", "namespace", ns, "pod", pod, "severity",
                        "warning", "job", "kube-state-metrics");
            }
            String reason = PodStatus.waitingReason(p);
            if ("CrashLoopBackOff".equals(reason) || PodStatus.restarts(p) >= 3 && !PodStatus.ready(p)) {
                hold(h, f, t, 2 * MIN, PodStatus.restarts(p), "alertname", "KubePodCrashLooping", "namespace", ns, "pod",
                        pod, "container", w.container(), "reason", "CrashLoopBackOff", "severity", "warning",
                        "job", "kube-state-metrics");
            }
            if (reason != null) {
                hold(h, f, t, 5 * MIN, 1, "alertname", "KubeContainerWaiting", "namespace", ns, "pod", pod, "container",
                        w.container(), "reason", reason, "severity", "warning", "job", "kube-state-metrics");
            }
        }
        ObjectNode d = cluster.workloadObject(w.name(), t);
        if (d == null) {
            return;
        }
        int want = d.path("spec").path("replicas").asInt(1);
        if (want != ready) {
            hold(h, f, t, 5 * MIN, ready, "alertname", "KubeDeploymentReplicasMismatch", "namespace", ns, "deployment",
                    w.name(), "severity", "warning", "job", "kube-state-metrics");
            if (d.path("metadata").path("generation").asInt(1) > 1 && ready < want) {
                hold(h, f, t, 10 * MIN, 0, "alertname", "KubeDeploymentRolloutStuck", "namespace", ns, "deployment",
                        w.name(), "severity", "warning", "job", "kube-state-metrics");
            }
        }
        ObjectNode hpa = cluster.world().at("HorizontalPodAutoscaler", ns, w.name(), t);
        if (hpa != null) {
            JsonNode st = hpa.path("status");
            int max = hpa.path("spec").path("maxReplicas").asInt();
            if (st.path("currentReplicas").asInt() >= max && st.path("desiredReplicas").asInt() >= max) {
                hold(h, f, t, 5 * MIN, max, "alertname", "KubeHpaMaxedOut", "namespace", ns, "horizontalpodautoscaler",
                        w.name(), "severity", "warning", "job", "kube-state-metrics");
            }
        }
    }

    /**
     * Makes sure an expected alert shows, but only where the simulated signals already show a symptom: when no natural
     * alert of that name fires on a matching entity from the injection on, and {@code entityName} is an entity on
     * which another alert fires after the injection, one is added with that entity's labels, becoming active 30 to 150
     * s after the entity's first post-injection alert and firing from the next poll that is at least one minute later.
     * Namespace-wide or unresolved expectations ({@code entityName} null) and entities without symptoms add nothing,
     * so an added alert never points at anything the telemetry does not already point at (returns true when added).
     */
    public boolean ensure(ExpectedAlert e, String entityName) {
        long inject = cluster.timeline().inject();
        java.util.regex.Pattern p = e.pattern() == null ? null
                : java.util.regex.Pattern.compile(e.pattern(), java.util.regex.Pattern.CASE_INSENSITIVE);
        long firstSymptom = Long.MAX_VALUE;
        Map<String, String> like = null;
        for (Poll poll : polls) {
            if (poll.time() < inject) {
                continue;
            }
            for (Alert a : poll.firing()) {
                String entity = entityOf(a);
                if (a.name().equals(e.name()) && (p == null || entityName == null
                        || entity != null && p.matcher(entity).lookingAt())) {
                    return false;
                }
                if (entityName != null && entityName.equals(entity) && !a.name().equals("Watchdog")
                        && a.activeAt() >= inject && a.activeAt() < firstSymptom) {
                    firstSymptom = a.activeAt();
                    like = a.labels();
                }
            }
        }
        if (entityName == null || like == null) {
            return false;
        }
        Map<String, String> labels = new LinkedHashMap<>(like);
        labels.put("alertname", e.name());
        if (!labels.containsKey("namespace")) {
            labels.put("namespace", e.namespace() == null ? app.namespace() : e.namespace());
        }
        labels.remove("reason");
        // a deterministic delay from the alert's name and entity, so that added alerts share no instant
        long activeAt = firstSymptom + 30_000 + Math.floorMod((e.name() + "|" + entityName + "|" + inject).hashCode(),
                120_000) + Math.floorMod(entityName.hashCode(), 997);
        for (int i = 0; i < polls.size(); i++) {
            Poll at = polls.get(i);
            if (at.time() >= activeAt + MIN) {
                List<Alert> l = new ArrayList<>(at.firing());
                l.add(new Alert(labels, annotations(labels), activeAt, 1));
                polls.set(i, new Poll(at.time(), l));
            }
        }
        return true;
    }

    /** The entity an alert names (service_name, pod, deployment or namespace label, in that order). */
    public static String entityOf(Alert a) {
        for (String k : new String[] {"service_name", "pod", "deployment", "horizontalpodautoscaler", "namespace"}) {
            if (a.labels().containsKey(k)) {
                return a.labels().get(k);
            }
        }
        return null;
    }

    private static Map<String, String> annotations(Map<String, String> l) {
        Map<String, String> a = new LinkedHashMap<>();
        String target = l.getOrDefault("service_name", l.getOrDefault("pod", l.getOrDefault("deployment",
                l.getOrDefault("horizontalpodautoscaler", ""))));
        String ns = l.getOrDefault("namespace", "");
        String s = switch (l.get("alertname")) {
            case "Watchdog" -> "An alert that should always be firing to certify that Alertmanager is working properly.";
            case "HighRequestErrorRate" -> "Request error rate of " + target + " in " + ns + " is above 2%";
            case "HighRequestLatency" -> "95th percentile latency of " + target + " in " + ns + " is above 1.5s";
            case "NoRequestsReceived" -> "Service " + target + " in " + ns + " has received no requests for 2 minutes";
            case "NoDatabaseOperations" -> "Service " + target + " in " + ns + " has made no database calls for 2 minutes";
            case "KubePodNotReady" -> "Pod " + ns + "/" + target + " has been in a non-ready state for longer than 5 minutes";
            case "KubePodCrashLooping" -> "Pod " + ns + "/" + target + " is in waiting state (reason: CrashLoopBackOff)";
            case "KubeContainerWaiting" -> "Pod " + target + " in namespace " + ns + " has a container in waiting state";
            case "KubeDeploymentReplicasMismatch" -> "Deployment " + ns + "/" + target
                    + " has not matched the expected number of replicas";
            case "KubeDeploymentRolloutStuck" -> "Rollout of deployment " + ns + "/" + target + " is not progressing";
            case "KubeHpaMaxedOut" -> "HPA " + ns + "/" + target + " has been running at max replicas";
            default -> l.get("alertname") + " on " + (target.isEmpty() ? ns : target);
        };
        a.put("summary", s);
        return a;
    }
}
