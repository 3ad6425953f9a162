package io.srebench.studio.kit.topology;

import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.task.EntityRef;
import io.srebench.task.Kinds;
import io.srebench.task.snapshot.K8sObject;
import io.srebench.task.snapshot.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link EntityGraph} of a snapshot from its {@code topology.json} and/or its Kubernetes objects.
 *
 * <p>From the topology: every node except {@code Namespace} nodes (every object is in one; they would only add a
 * hub), and every edge between kept nodes, labelled with its relation. An edge end without a node becomes a node
 * (kind from a {@code Kind/name} id, else {@code App}).
 *
 * <p>From the objects (latest observation of each): workloads, ReplicaSets, Pods and Services, with
 * {@code owns} edges from {@code metadata.ownerReferences} (Deployment -&gt; ReplicaSet -&gt; Pod) and
 * {@code selects} edges from a Service to the Pods its {@code spec.selector} matches. ReplicaSets that own no
 * observed Pod (old revisions) are left out. Nodes from both sources are merged by key.
 */
public final class EntityGraphBuilder {
    private static final Set<String> OBJECT_KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod",
            "Service", "Job");

    private final Map<String, EntityGraph.Node> nodes = new LinkedHashMap<>();
    private final Set<EntityGraph.Edge> edges = new LinkedHashSet<>();

    /** The graph of a topology (may be null) and object observations (may be empty). */
    public static EntityGraph build(Topology topology, Collection<K8sObject> objects) {
        EntityGraphBuilder b = new EntityGraphBuilder();
        if (topology != null) {
            b.addTopology(topology);
        }
        if (objects != null && !objects.isEmpty()) {
            b.addObjects(objects);
        }
        return new EntityGraph(new ArrayList<>(b.nodes.values()), new ArrayList<>(b.edges));
    }

    private void addTopology(Topology t) {
        Map<String, String> idToKey = new HashMap<>();
        Set<String> dropped = new LinkedHashSet<>();
        for (Topology.Node n : t.nodes()) {
            String[] parts = n.id().split("/");
            String name = n.name() != null ? n.name() : parts[parts.length - 1];
            String kind = n.kind() != null ? n.kind() : parts.length >= 2 ? parts[parts.length - 2] : null;
            String ns = n.namespace() != null ? n.namespace() : parts.length >= 3 ? parts[parts.length - 3] : null;
            if ("Namespace".equalsIgnoreCase(kind)) {
                dropped.add(n.id());
                continue;
            }
            idToKey.put(n.id(), add(kind, ns, name));
        }
        for (Topology.Edge e : t.edges()) {
            if (dropped.contains(e.source()) || dropped.contains(e.target())) {
                continue;
            }
            String s = idToKey.computeIfAbsent(e.source(), this::addBareId);
            String d = idToKey.computeIfAbsent(e.target(), this::addBareId);
            if (!s.equals(d)) {
                edges.add(new EntityGraph.Edge(s, d, e.relation().wire()));
            }
        }
    }

    private String addBareId(String id) {
        String[] parts = id.split("/");
        if (parts.length >= 2 && Kinds.isKnown(parts[parts.length - 2])) {
            return add(parts[parts.length - 2], parts.length >= 3 ? parts[parts.length - 3] : null, parts[parts.length - 1]);
        }
        return add("App", null, id);
    }

    private String add(String kind, String namespace, String name) {
        String k = kind == null ? "App" : Kinds.canonicalOrNull(kind) != null ? Kinds.canonicalOrNull(kind) : kind;
        String ns = namespace == null || namespace.isBlank() || Kinds.isClusterScoped(k) ? null : namespace;
        String key = EntityGraph.key(k, ns, name);
        nodes.putIfAbsent(key, new EntityGraph.Node(key, k, name, ns));
        return key;
    }

    private void addObjects(Collection<K8sObject> objects) {
        List<K8sObject> kept = new ArrayList<>();
        for (K8sObject o : objects) {
            String kind = Kinds.canonicalOrNull(o.kind());
            if (kind != null && OBJECT_KINDS.contains(kind) && o.name() != null) {
                kept.add(o);
            }
        }
        Set<String> ownersOfPods = new LinkedHashSet<>();
        for (K8sObject o : kept) {
            if ("Pod".equals(Kinds.canonicalOrNull(o.kind()))) {
                for (JsonNode ref : o.body().path("metadata").path("ownerReferences")) {
                    ownersOfPods.add(EntityGraph.key(ref.path("kind").asText(), o.namespace(), ref.path("name").asText()));
                }
            }
        }
        for (K8sObject o : kept) {
            String kind = Kinds.canonicalOrNull(o.kind());
            if ("ReplicaSet".equals(kind) && !ownersOfPods.contains(EntityGraph.key(kind, o.namespace(), o.name()))) {
                continue;
            }
            add(kind, o.namespace(), o.name());
        }
        for (K8sObject o : kept) {
            String child = EntityGraph.key(o.kind(), o.namespace(), o.name());
            if (!nodes.containsKey(child)) {
                continue;
            }
            for (JsonNode ref : o.body().path("metadata").path("ownerReferences")) {
                String owner = EntityGraph.key(ref.path("kind").asText(), o.namespace(), ref.path("name").asText());
                if (nodes.containsKey(owner)) {
                    edges.add(new EntityGraph.Edge(owner, child, "owns"));
                }
            }
        }
        addSelectors(kept);
    }

    private void addSelectors(List<K8sObject> kept) {
        for (K8sObject svc : kept) {
            if (!"Service".equals(Kinds.canonicalOrNull(svc.kind()))) {
                continue;
            }
            JsonNode selector = svc.body().path("spec").path("selector");
            if (!selector.isObject() || selector.isEmpty()) {
                continue;
            }
            String from = EntityGraph.key("Service", svc.namespace(), svc.name());
            for (K8sObject pod : kept) {
                if ("Pod".equals(Kinds.canonicalOrNull(pod.kind())) && sameNamespace(svc, pod)
                        && selects(selector, pod.body().path("metadata").path("labels"))) {
                    edges.add(new EntityGraph.Edge(from, EntityGraph.key("Pod", pod.namespace(), pod.name()), "selects"));
                }
            }
        }
    }

    private static boolean sameNamespace(K8sObject a, K8sObject b) {
        EntityRef ra = a.ref().orElse(null);
        EntityRef rb = b.ref().orElse(null);
        return ra != null && rb != null && String.valueOf(ra.namespace()).equalsIgnoreCase(String.valueOf(rb.namespace()));
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        if (!labels.isObject()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : selector.properties()) {
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }
}
