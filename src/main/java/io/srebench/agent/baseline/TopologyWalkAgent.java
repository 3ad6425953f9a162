package io.srebench.agent.baseline;

import io.srebench.agent.Agent;
import io.srebench.agent.AgentContext;
import io.srebench.agent.AgentReply;
import io.srebench.agent.ToolOutcome;
import io.srebench.agent.TurnRequest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Baseline without a model that follows the evidence down the call graph. Turn 1 reads, via shell: alerts, the
 * topology's calls edges, Warning events, error spans and caller/callee pairs from traces, pod readiness. It marks a
 * service anomalous when it has error spans, Warning events on its objects, or unready/restarting pods. From each
 * alerting service it walks calls edges to anomalous callees until none is left: that service is the likely origin.
 * Turn 2 lists the objects related to the origins (one command); turn 3 submits each origin in the kind the
 * evidence implicates: a ConfigMap/Secret/PVC/quota with Warning events, else the Deployment when its own or all its
 * pods' objects show problems, else the single failing Pod, else the Service. Deterministic (sorted iteration), no
 * scenario knowledge.
 */
public final class TopologyWalkAgent implements Agent {
    public static final String NAME = "topology-walk";
    private static final Set<String> CONFIG_KINDS = Set.of("ConfigMap", "Secret", "PersistentVolumeClaim", "ResourceQuota");

    private String defaultNamespace;
    private final Map<String, String> outputs = new HashMap<>();
    private List<String> origins = List.of();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void begin(AgentContext context) {
        defaultNamespace = context.defaultNamespace();
    }

    @Override
    public AgentReply act(TurnRequest request) {
        for (ToolOutcome o : request.previousOutcomes()) {
            outputs.put(o.callId(), o.stdout());
        }
        if (request.turn() == 1 && request.turnsLeft() > 2) {
            return AgentReply.scripted("Collecting alerts, topology, events, error spans and pod status.", List.of(
                    ScriptedCalls.shell(1, 1, SnapshotQueries.ALERT_LABELS),
                    ScriptedCalls.shell(1, 2, SnapshotQueries.TOPOLOGY),
                    ScriptedCalls.shell(1, 3, SnapshotQueries.WARNING_EVENTS),
                    ScriptedCalls.shell(1, 4, SnapshotQueries.SPANS),
                    ScriptedCalls.shell(1, 5, SnapshotQueries.POD_STATUS)));
        }
        if (request.turn() == 2 && request.turnsLeft() > 1) {
            origins = findOrigins();
            if (!origins.isEmpty()) {
                return AgentReply.scripted("Likely origins: " + origins + ". Checking their objects.",
                        List.of(ScriptedCalls.shell(2, 1, SnapshotQueries.relatedObjects(origins))));
            }
        }
        if (origins.isEmpty()) {
            origins = findOrigins();
        }
        List<String> entities = new ArrayList<>();
        for (int i = 0; i < origins.size(); i++) {
            entities.add(entityFor(origins.get(i), outputs.getOrDefault("t2c1", "")));
        }
        return AgentReply.scripted("Submitting the most downstream anomalous entities.",
                List.of(ScriptedCalls.submit(request.turn(), entities.stream().distinct().toList(),
                        "topology-walk: followed calls edges from alerting services to anomalous callees")));
    }

    /** Services reached from alerting services by walking to anomalous callees until none is left. */
    List<String> findOrigins() {
        Map<String, Set<String>> callees = callGraph();
        Map<String, Integer> anomaly = anomalyScores();
        Set<String> starts = new TreeSet<>();
        for (String[] f : SnapshotQueries.rows(outputs.getOrDefault("t1c1", ""))) {
            if (f.length >= 6) {
                String s = !f[2].isBlank() ? f[2] : !f[3].isBlank() ? f[3]
                        : !f[4].isBlank() ? SnapshotQueries.workloadOfPod(f[4]) : f[5];
                if (!s.isBlank()) {
                    starts.add(s.toLowerCase(Locale.ROOT));
                }
            }
        }
        if (starts.isEmpty()) {
            // no alerts: start from the most anomalous services
            int max = anomaly.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            anomaly.forEach((k, v) -> {
                if (v == max && max > 0) {
                    starts.add(k);
                }
            });
        }
        Set<String> result = new TreeSet<>();
        for (String start : starts) {
            Deque<String> todo = new ArrayDeque<>(List.of(start));
            Set<String> seen = new HashSet<>(List.of(start));
            while (!todo.isEmpty()) {
                String cur = todo.poll();
                boolean deeper = false;
                for (String next : callees.getOrDefault(cur, Set.of())) {
                    if (anomaly.getOrDefault(next, 0) > 0 && seen.add(next)) {
                        todo.add(next);
                        deeper = true;
                    } else if (anomaly.getOrDefault(next, 0) > 0) {
                        deeper = true;
                    }
                }
                if (!deeper) {
                    result.add(cur);
                }
            }
        }
        return new ArrayList<>(result);
    }

    private Map<String, Set<String>> callGraph() {
        Map<String, String> names = new HashMap<>();
        List<String[]> rows = SnapshotQueries.rows(outputs.getOrDefault("t1c2", ""));
        for (String[] f : rows) {
            if (f.length >= 4 && f[0].equals("N")) {
                names.put(f[1], f[3].isBlank() ? f[1] : f[3]);
            }
        }
        Map<String, Set<String>> g = new TreeMap<>();
        for (String[] f : rows) {
            if (f.length >= 3 && f[0].equals("E")) {
                addEdge(g, names.getOrDefault(f[1], f[1]), names.getOrDefault(f[2], f[2]));
            }
        }
        for (SnapshotQueries.Counted c : SnapshotQueries.counted(outputs.getOrDefault("t1c4", ""))) {
            if (c.fields().length >= 3 && c.fields()[0].equals("A")) {
                addEdge(g, c.fields()[1], c.fields()[2]);
            }
        }
        return g;
    }

    private static void addEdge(Map<String, Set<String>> g, String from, String to) {
        String a = lastSegment(from);
        String b = lastSegment(to);
        if (!a.equals(b)) {
            g.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
        }
    }

    /** Topology ids look like {@code ns/Kind/name} or {@code Kind/name}: keep the lower-cased name. */
    private static String lastSegment(String id) {
        return id.substring(id.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    private Map<String, Integer> anomalyScores() {
        Map<String, Integer> score = new TreeMap<>();
        for (SnapshotQueries.Counted c : SnapshotQueries.counted(outputs.getOrDefault("t1c4", ""))) {
            if (c.fields().length >= 2 && c.fields()[0].equals("S")) {
                score.merge(c.fields()[1].toLowerCase(Locale.ROOT), c.count(), Integer::sum);
            }
        }
        for (SnapshotQueries.Counted c : SnapshotQueries.counted(outputs.getOrDefault("t1c3", ""))) {
            if (c.fields().length >= 3) {
                String kind = c.fields()[1];
                String obj = c.fields()[2].toLowerCase(Locale.ROOT);
                String svc = kind.equals("Pod") ? SnapshotQueries.workloadOfPod(obj)
                        : kind.equals("ReplicaSet") ? obj.replaceAll("-[a-z0-9]{5,10}$", "") : obj;
                score.merge(svc, c.count(), Integer::sum);
            }
        }
        for (String[] f : SnapshotQueries.rows(outputs.getOrDefault("t1c5", ""))) {
            if (f.length >= 4 && (!f[2].equals("0") || !f[3].equals("0"))) {
                score.merge(SnapshotQueries.workloadOfPod(f[1].toLowerCase(Locale.ROOT)), 1, Integer::sum);
            }
        }
        return score;
    }

    /** The entity to submit for origin service {@code svc}, given the related-objects listing. */
    String entityFor(String svc, String related) {
        String ns = defaultNamespace;
        Set<String> failingPods = new TreeSet<>();
        Set<String> allPods = new TreeSet<>();
        String configEntity = null;
        boolean deploymentWarned = false;
        for (SnapshotQueries.Counted c : SnapshotQueries.counted(outputs.getOrDefault("t1c3", ""))) {
            String[] f = c.fields();
            if (f.length < 3 || !relates(svc, f[2])) {
                continue;
            }
            String evNs = f[0].isBlank() ? ns : f[0];
            if (CONFIG_KINDS.contains(f[1]) && configEntity == null) {
                configEntity = evNs + "/" + f[1] + "/" + f[2];
            } else if (f[1].equals("Deployment") || f[1].equals("ReplicaSet") || f[1].equals("StatefulSet")) {
                deploymentWarned = true;
            } else if (f[1].equals("Pod")) {
                failingPods.add(f[2]);
            }
            ns = evNs;
        }
        for (String[] f : SnapshotQueries.rows(outputs.getOrDefault("t1c5", ""))) {
            if (f.length >= 4 && SnapshotQueries.workloadOfPod(f[1]).equalsIgnoreCase(svc)) {
                allPods.add(f[1]);
                if (!f[2].equals("0") || !f[3].equals("0")) {
                    failingPods.add(f[1]);
                }
                ns = f[0].isBlank() ? ns : f[0];
            }
        }
        String deploymentKind = "Deployment";
        for (String[] f : SnapshotQueries.rows(related)) {
            if (f.length >= 3 && f[2].equalsIgnoreCase(svc) && (f[0].equals("StatefulSet") || f[0].equals("DaemonSet"))) {
                deploymentKind = f[0];
            }
            if (f.length >= 3 && f[2].equalsIgnoreCase(svc) && !f[1].isBlank()) {
                ns = f[1];
            }
        }
        String prefix = ns == null || ns.isBlank() ? "" : ns + "/";
        if (configEntity != null) {
            return configEntity;
        }
        if (deploymentWarned || (!failingPods.isEmpty() && failingPods.size() >= Math.max(1, allPods.size()))) {
            return prefix + deploymentKind + "/" + svc;
        }
        if (failingPods.size() == 1) {
            return prefix + "Pod/" + failingPods.iterator().next();
        }
        return prefix + "Service/" + svc;
    }

    private static boolean relates(String svc, String objectName) {
        String o = objectName.toLowerCase(Locale.ROOT);
        return o.equals(svc) || o.startsWith(svc + "-") || o.contains(svc);
    }
}
