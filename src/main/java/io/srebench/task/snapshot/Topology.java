package io.srebench.task.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.common.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot's topology graph ({@code topology.json}, formats.md 1.3.8): {@code {"nodes": [...], "edges": [...]}}.
 * Nodes need an {@code id}; edges need {@code source}, {@code target} and a known {@code relation}. Edge
 * attributes are read from {@code meta} or {@code metadata}. Edges may name ids without a node (architecture-level
 * names); they are kept. Problems are {@link BadInputException}s naming the file and the field.
 *
 * @param nodes nodes in file order
 * @param edges edges in file order
 */
public record Topology(List<Node> nodes, List<Edge> edges) {
    public Topology {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** A node: {@code id} is {@code Kind/name} for Kubernetes objects or a bare name; others may be null. */
    public record Node(String id, String kind, String name, String namespace) {
    }

    /** A directed edge {@code source --relation--> target} with optional attributes (e.g. {@code protocol}). */
    public record Edge(String source, Relation relation, String target, Map<String, Object> meta) {
        public Edge {
            meta = meta == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        }
    }

    /** Edge relations. */
    public enum Relation {
        CONTAINS, DEPENDS_ON, CALLS, IS_ALIAS;

        /** The spelling in the file ({@code depends_on}, ...). */
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Relation> parse(String s) {
            return Arrays.stream(values()).filter(r -> r.wire().equalsIgnoreCase(s.strip())).findFirst();
        }
    }

    /** Reads {@code file}. */
    public static Topology read(Path file) {
        JsonNode root;
        try {
            root = Cells.JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new BadInputException(file + (loc == null ? "" : ":" + loc.getLineNr()) + ": malformed JSON: "
                    + e.getOriginalMessage().replaceAll("\\s+", " "), e);
        } catch (IOException e) {
            if (!Files.exists(file)) {
                throw new BadInputException(file + ": no such file");
            }
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (root == null || !root.isObject()) {
            throw new BadInputException(file + ": expected a JSON object with nodes and edges");
        }
        List<Node> nodes = new ArrayList<>();
        JsonNode ns = root.path("nodes");
        for (int i = 0; i < ns.size(); i++) {
            JsonNode n = ns.get(i);
            String id = Cells.text(n, "id");
            if (id == null) {
                throw new BadInputException(file + ": nodes[" + i + "].id: missing");
            }
            nodes.add(new Node(id, Cells.text(n, "kind"), Cells.text(n, "name"), Cells.text(n, "namespace")));
        }
        List<Edge> edges = new ArrayList<>();
        JsonNode es = root.path("edges");
        for (int i = 0; i < es.size(); i++) {
            edges.add(edge(file, i, es.get(i)));
        }
        return new Topology(nodes, edges);
    }

    private static Edge edge(Path file, int i, JsonNode e) {
        String field = "edges[" + i + "].";
        String source = Cells.text(e, "source");
        String target = Cells.text(e, "target");
        String rel = Cells.text(e, "relation");
        if (source == null) {
            throw new BadInputException(file + ": " + field + "source: missing");
        }
        if (target == null) {
            throw new BadInputException(file + ": " + field + "target: missing");
        }
        if (rel == null) {
            throw new BadInputException(file + ": " + field + "relation: missing");
        }
        Relation relation = Relation.parse(rel).orElseThrow(() -> new BadInputException(file + ": " + field
                + "relation: unknown relation \"" + rel + "\" (expected contains|depends_on|calls|is_alias)"));
        JsonNode meta = e.has("meta") ? e.get("meta") : e.get("metadata");
        Map<String, Object> m = meta != null && meta.isObject()
                ? Cells.JSON.convertValue(meta, new TypeReference<Map<String, Object>>() { }) : Map.of();
        return new Edge(source, relation, target, m);
    }

    /** The node with {@code id}, if any. */
    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** Edges leaving {@code id}. */
    public List<Edge> outgoing(String id) {
        return edges.stream().filter(e -> e.source().equals(id)).toList();
    }

    /** Edges entering {@code id}. */
    public List<Edge> incoming(String id) {
        return edges.stream().filter(e -> e.target().equals(id)).toList();
    }
}
