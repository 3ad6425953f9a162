package io.srebench.studio.kit;

import io.srebench.common.Text;
import io.srebench.studio.kit.alerts.AlertTimeline;
import io.srebench.studio.kit.topology.EntityGraph;
import io.srebench.studio.kit.topology.EntityGraphBuilder;
import io.srebench.task.Task;
import io.srebench.task.snapshot.Alerts;
import io.srebench.task.snapshot.K8sEvent;
import io.srebench.task.snapshot.K8sEvents;
import io.srebench.task.snapshot.K8sObjects;
import io.srebench.task.snapshot.ServiceTraffic;
import io.srebench.task.snapshot.SnapshotIndex;
import io.srebench.task.snapshot.Topology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What the inspector reads from a task's snapshot: the alert timeline and the entity graph, plus a note when
 * something could not be read. Each part fails on its own: unreadable alerts leave the graph, and the other way
 * round. Loading does file I/O: call it on the background executor.
 *
 * @param alerts alert polls and rows (empty when unavailable)
 * @param graph the entity graph (empty when unavailable)
 * @param note why something is missing, or null when everything was read
 * @param objects the Kubernetes objects (latest version of each; empty when unavailable), for node details
 * @param events the Kubernetes events (empty when unavailable), for node details
 * @param traffic requests and errors per service from the service metric files, for node details' sparkline
 */
public record SnapshotData(AlertTimeline alerts, EntityGraph graph, String note,
                           List<io.srebench.task.snapshot.K8sObject> objects, List<K8sEvent> events,
                           java.util.Map<String, ServiceTraffic> traffic) {
    public SnapshotData {
        objects = objects == null ? List.of() : List.copyOf(objects);
        events = events == null ? List.of() : List.copyOf(events);
        traffic = traffic == null ? java.util.Map.of() : java.util.Map.copyOf(traffic);
    }

    public SnapshotData(AlertTimeline alerts, EntityGraph graph, String note) {
        this(alerts, graph, note, List.of(), List.of(), java.util.Map.of());
    }

    public SnapshotData(AlertTimeline alerts, EntityGraph graph, String note,
                        List<io.srebench.task.snapshot.K8sObject> objects, List<K8sEvent> events) {
        this(alerts, graph, note, objects, events, java.util.Map.of());
    }

    /** The traffic of the service a node is named after (a workload {@code reviews-v2} falls back to {@code reviews}). */
    public java.util.Optional<ServiceTraffic> trafficOf(String name) {
        if (name == null) {
            return java.util.Optional.empty();
        }
        ServiceTraffic t = traffic.get(name);
        if (t == null) {
            for (var e : traffic.entrySet()) {
                if (name.startsWith(e.getKey() + "-") && (t == null)) {
                    t = e.getValue();
                }
            }
        }
        return java.util.Optional.ofNullable(t);
    }

    /** Nothing: used before loading and when there is no task. */
    public static SnapshotData none(String note) {
        return new SnapshotData(AlertTimeline.empty(), EntityGraph.empty(), note);
    }

    /**
     * Loads the snapshot of {@code task} (null: a task the catalog does not know).
     *
     * @param resolver gives the snapshot directory; may throw (then the snapshot is unavailable)
     */
    public static SnapshotData load(Task task, Function<Task, Path> resolver) {
        if (task == null) {
            return none("task not in the catalog: no topology, no alerts");
        }
        SnapshotIndex index;
        try {
            index = SnapshotIndex.of(resolver.apply(task));
        } catch (RuntimeException e) {
            return none("snapshot unavailable: " + Text.firstLine(e));
        }
        List<String> problems = new ArrayList<>();
        AlertTimeline alerts = AlertTimeline.empty();
        try {
            alerts = AlertTimeline.of(Alerts.readAll(index.dir()));
        } catch (RuntimeException e) {
            problems.add("alerts unreadable: " + Text.firstLine(e));
        }
        Topology topology = null;
        if (index.topology() != null) {
            try {
                topology = Topology.read(index.topology());
            } catch (RuntimeException e) {
                problems.add("topology unreadable: " + Text.firstLine(e));
            }
        }
        List<io.srebench.task.snapshot.K8sObject> objects = List.of();
        if (index.objects() != null) {
            try {
                objects = new ArrayList<>(K8sObjects.latest(index.objects().preferred()).values());
            } catch (RuntimeException e) {
                problems.add("objects unreadable: " + Text.firstLine(e));
            }
        }
        List<K8sEvent> events = List.of();
        if (index.events() != null) {
            try {
                events = K8sEvents.readAll(index.events().preferred());
            } catch (RuntimeException e) {
                problems.add("events unreadable: " + Text.firstLine(e));
            }
        }
        java.util.Map<String, ServiceTraffic> traffic = new java.util.TreeMap<>();
        for (var e : index.serviceMetrics().entrySet()) {
            try {
                traffic.put(e.getKey(), ServiceTraffic.read(e.getValue().preferred()));
            } catch (RuntimeException ex) {
                problems.add("service metrics unreadable: " + Text.firstLine(ex));
                break;
            }
        }
        EntityGraph graph = EntityGraphBuilder.build(topology, objects);
        return new SnapshotData(alerts, graph, problems.isEmpty() ? null : String.join("; ", problems), objects, events,
                traffic);
    }
}
