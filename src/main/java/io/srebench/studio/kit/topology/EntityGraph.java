package io.srebench.studio.kit.topology;

import io.srebench.task.EntityRef;
import io.srebench.task.Kinds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The application graph the topology pane draws: nodes keyed by {@code Kind/namespace/name} (lower-case
 * namespace and name; the namespace is empty for cluster-scoped or unknown), and directed labelled edges.
 * Built by {@link EntityGraphBuilder}.
 *
 * @param nodes nodes in a stable order
 * @param edges edges whose ends are both nodes
 */
public record EntityGraph(List<Node> nodes, List<Edge> edges) {
    public EntityGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** A graph without nodes. */
    public static EntityGraph empty() {
        return new EntityGraph(List.of(), List.of());
    }

    /**
     * One entity.
     *
     * @param id the key ({@link #key})
     * @param kind canonical kind when known, else as given ({@code App} for architecture-level names)
     * @param name name as given
     * @param namespace namespace, or null
     */
    public record Node(String id, String kind, String name, String namespace) {
        /** The node as an entity reference (for matching ground truth and submissions). */
        public EntityRef ref() {
            return new EntityRef(kind, namespace, name);
        }
    }

    /** {@code source --label--> target}. */
    public record Edge(String source, String target, String label) {
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** The node key of an entity: canonical kind, lower-case namespace (empty if none/cluster-scoped), lower-case name. */
    public static String key(String kind, String namespace, String name) {
        String k = kind == null ? "App" : Optional.ofNullable(Kinds.canonicalOrNull(kind)).orElse(kind);
        String ns = namespace == null || Kinds.isClusterScoped(k) ? "" : namespace.toLowerCase(Locale.ROOT);
        return k + "/" + ns + "/" + name.toLowerCase(Locale.ROOT);
    }

    /** The node with {@code id}, if any. */
    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /**
     * The node an entity string names: {@code namespace/Kind/name}, {@code Kind/name} (any namespace) or a bare
     * {@code name} (prefers a Service, then a Deployment, then anything with that name).
     */
    public Optional<Node> find(String entity) {
        if (entity == null || entity.isBlank()) {
            return Optional.empty();
        }
        String[] parts = entity.strip().split("/");
        if (parts.length >= 3) {
            String id = key(parts[parts.length - 2], parts[parts.length - 3], parts[parts.length - 1]);
            Optional<Node> exact = node(id);
            if (exact.isPresent()) {
                return exact;
            }
        }
        if (parts.length >= 2) {
            String kind = Optional.ofNullable(Kinds.canonicalOrNull(parts[parts.length - 2])).orElse(parts[parts.length - 2]);
            String name = parts[parts.length - 1];
            return nodes.stream().filter(n -> n.kind().equalsIgnoreCase(kind) && n.name().equalsIgnoreCase(name)).findFirst();
        }
        Map<String, Integer> rank = new LinkedHashMap<>();
        rank.put("Service", 0);
        rank.put("Deployment", 1);
        return nodes.stream().filter(n -> n.name().equalsIgnoreCase(parts[0]))
                .min((a, b) -> Integer.compare(rank.getOrDefault(a.kind(), 9), rank.getOrDefault(b.kind(), 9)));
    }
}
