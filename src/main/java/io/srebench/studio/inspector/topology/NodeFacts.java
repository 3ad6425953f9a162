package io.srebench.studio.inspector.topology;

import io.srebench.studio.kit.topology.EntityGraph;
import io.srebench.studio.kit.topology.ShownGraph;
import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.task.snapshot.K8sEvent;
import io.srebench.task.snapshot.K8sObject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What the snapshot says about one drawn topology node, for its details panel: the Kubernetes objects it stands for
 * (at the application level a node also shows its Service, ReplicaSets and Pods) with a short status each, and the
 * Kubernetes events about them, oldest first. Pure computation over the loaded snapshot.
 *
 * @param objects one line per object: {@code Kind name} and its status when the object has one
 * @param events one line per event: time, type, reason, count, object and message
 */
public record NodeFacts(List<String> objects, List<String> events) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    public NodeFacts {
        objects = List.copyOf(objects);
        events = List.copyOf(events);
    }

    /**
     * The facts of shown node {@code shownId}.
     *
     * @param graph the full entity graph
     * @param shown what is drawn (its {@code shownAs} tells which full-graph nodes the node stands for)
     */
    public static NodeFacts of(String shownId, EntityGraph graph, ShownGraph shown, List<K8sObject> objects,
                               List<K8sEvent> events) {
        Set<EntityGraph.Node> members = new LinkedHashSet<>();
        graph.node(shownId).ifPresent(members::add);
        // the folded-in nodes in a fixed order (workload, Service, ReplicaSets, Pods, the rest; then by name):
        // shownAs is a hash map, and a panel must not reorder itself between openings
        List<EntityGraph.Node> folded = new ArrayList<>();
        shown.shownAs().forEach((id, as) -> {
            if (as.equals(shownId)) {
                graph.node(id).ifPresent(folded::add);
            }
        });
        folded.sort(Comparator.comparingInt((EntityGraph.Node n) -> rank(n.kind())).thenComparing(EntityGraph.Node::name));
        members.addAll(folded);
        List<String> objs = new ArrayList<>();
        for (EntityGraph.Node m : members) {
            objects.stream().filter(o -> is(m, o.kind(), o.name(), o.namespace())).findFirst()
                    .ifPresent(o -> objs.add(o.kind() + " " + o.name() + status(o)));
        }
        List<K8sEvent> mine = events.stream().filter(e -> members.stream()
                .anyMatch(m -> is(m, e.objectKind(), e.objectName(), e.objectNamespace()))).sorted(Comparator
                .comparing((K8sEvent e) -> time(e), Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        List<String> evs = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (K8sEvent e : mine) {
            String line = (time(e) == null ? "" : TIME.format(time(e)) + " ") + (e.type() == null ? "" : e.type() + " ")
                    + e.reason() + (e.count() > 1 ? " ×" + e.count() : "") + " on " + e.objectKind() + " " + e.objectName()
                    + (e.message() == null || e.message().isBlank() ? "" : ": " + e.message().strip().replace('\n', ' '));
            if (seen.add(line)) {
                evs.add(line);
            }
        }
        return new NodeFacts(objs, evs);
    }

    private static int rank(String kind) {
        return switch (kind) {
            case "Deployment", "StatefulSet", "DaemonSet" -> 0;
            case "Service" -> 1;
            case "ReplicaSet" -> 2;
            case "Pod" -> 3;
            default -> 4;
        };
    }

    private static Instant time(K8sEvent e) {
        return e.eventTime() != null ? e.eventTime() : e.recordedAt();
    }

    private static boolean is(EntityGraph.Node n, String kind, String name, String namespace) {
        return n.kind().equalsIgnoreCase(String.valueOf(kind)) && n.name().equals(name)
                && (n.namespace() == null || namespace == null || Objects.equals(n.namespace(), namespace));
    }

    /** A short status: a Pod's phase and restarts, a workload's ready replicas. */
    static String status(K8sObject o) {
        JsonNode st = o.body() == null ? null : o.body().path("status");
        if (st == null || !st.isObject()) {
            return "";
        }
        if ("Pod".equals(o.kind())) {
            int restarts = 0;
            String waiting = null;
            for (JsonNode c : st.path("containerStatuses")) {
                restarts += c.path("restartCount").asInt(0);
                String r = c.path("state").path("waiting").path("reason").asText(null);
                waiting = waiting == null ? r : waiting;
            }
            String phase = st.path("phase").asText("");
            return (phase.isEmpty() ? "" : " · " + phase) + (waiting == null ? "" : " · " + waiting)
                    + (restarts > 0 ? " · " + restarts + " restarts" : "");
        }
        if (st.has("replicas") || st.has("readyReplicas")) {
            return " · ready " + st.path("readyReplicas").asInt(0) + "/" + o.body().path("spec").path("replicas")
                    .asInt(st.path("replicas").asInt(0));
        }
        return "";
    }
}
