package io.srebench.studio.kit.topology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The part of an {@link EntityGraph} the topology pane draws, at one of two levels of detail.
 *
 * <p><b>Application level</b> ({@link #application}): one node per application component. A Service and a workload
 * (Deployment, StatefulSet, DaemonSet) of the same namespace and name become one node (the workload's id; its kind
 * line reads {@code Deployment · Service}); ReplicaSets and Pods fold into the workload that owns them (through
 * {@code owns}/{@code contains} edges), so a touched or alerting Pod lights up its Deployment. Components of the
 * application namespaces (those with a Service at an end of a {@code calls} edge; every namespace when the graph has
 * no {@code calls} edge) are always shown. Everything else (ConfigMaps, Secrets, PVCs, chaos objects, Nodes,
 * workloads of other namespaces such as the chaos controller) is shown only when it, or something folded into it,
 * is <i>notable</i>: touched by some turn, submitted, alerting or a revealed root cause. Edges follow their ends
 * (a Pod's {@code depends_on} ConfigMap becomes the Deployment's); edges inside one node are dropped, and of several
 * edges between the same two nodes one is kept ({@code calls} first).
 *
 * <p><b>Full level</b> ({@link #full}): every node and edge of the graph (the ownership graph).
 *
 * @param graph the nodes and edges to draw (node ids are ids of the full graph)
 * @param shownAs full-graph node id to the id of the node that shows it; ids of hidden nodes are absent
 * @param kindLabels shown node id to its kind line
 * @param focus shown ids of notable nodes (where the initial view centres)
 * @param hidden how many full-graph nodes are neither shown nor folded into a shown node
 */
public record ShownGraph(EntityGraph graph, Map<String, String> shownAs, Map<String, String> kindLabels, Set<String> focus,
                         int hidden) {
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet");
    private static final Set<String> OWNERS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job",
            "CronJob");
    private static final Set<String> FOLDED = Set.of("ReplicaSet", "Pod", "Job");

    public ShownGraph {
        shownAs = Map.copyOf(shownAs);
        kindLabels = Map.copyOf(kindLabels);
        focus = Set.copyOf(focus);
    }

    /** Nothing to draw. */
    public static ShownGraph empty() {
        return new ShownGraph(EntityGraph.empty(), Map.of(), Map.of(), Set.of(), 0);
    }

    /** The application level, or every node when {@code showPods}. */
    public static ShownGraph of(EntityGraph g, boolean showPods, Collection<String> notable) {
        return showPods ? full(g, notable) : application(g, notable);
    }

    /** Whether {@code o} draws the same nodes, edges and labels (so the layout of one fits the other). */
    public boolean sameDrawing(ShownGraph o) {
        return o != null && graph.equals(o.graph) && kindLabels.equals(o.kindLabels);
    }

    /** The id of the node showing full-graph node {@code id}, or null when it is hidden. */
    public String shownId(String id) {
        return id == null ? null : shownAs.get(id);
    }

    /** The kind line of shown node {@code n}. */
    public String kindLabel(EntityGraph.Node n) {
        return kindLabels.getOrDefault(n.id(), n.kind());
    }

    /** Every node and edge of {@code g}; {@code notable} ids become the focus. */
    public static ShownGraph full(EntityGraph g, Collection<String> notable) {
        Map<String, String> as = new HashMap<>();
        g.nodes().forEach(n -> as.put(n.id(), n.id()));
        Set<String> focus = new LinkedHashSet<>(notable);
        focus.retainAll(as.keySet());
        return new ShownGraph(g, as, Map.of(), focus, 0);
    }

    /**
     * The application level of {@code g}.
     *
     * @param notable full-graph ids of notable nodes (touched, submitted, alerting, revealed root causes)
     */
    public static ShownGraph application(EntityGraph g, Collection<String> notable) {
        Map<String, EntityGraph.Node> byId = new LinkedHashMap<>();
        g.nodes().forEach(n -> byId.put(n.id(), n));
        Map<String, String> parent = owners(g, byId);
        Map<String, String> workloadByName = new HashMap<>();
        for (EntityGraph.Node n : g.nodes()) {
            if (WORKLOADS.contains(n.kind())) {
                workloadByName.putIfAbsent(nameKey(n), n.id());
            }
        }
        // each node's representative: Pods/ReplicaSets -> top owner; Service -> same-named workload
        Map<String, String> rep = new LinkedHashMap<>();
        Map<String, Set<String>> members = new LinkedHashMap<>();
        for (EntityGraph.Node n : g.nodes()) {
            String r = FOLDED.contains(n.kind()) ? topOwner(n.id(), parent) : n.id();
            EntityGraph.Node rn = byId.get(r);
            if ("Service".equals(rn.kind()) && workloadByName.containsKey(nameKey(rn))) {
                r = workloadByName.get(nameKey(rn));
            }
            rep.put(n.id(), r);
            members.computeIfAbsent(r, k -> new LinkedHashSet<>()).add(n.id());
        }
        Set<String> appNamespaces = appNamespaces(g, byId);
        Set<String> notableIds = new HashSet<>(notable);
        Set<String> shown = new LinkedHashSet<>();
        Set<String> focus = new LinkedHashSet<>();
        members.forEach((r, ms) -> {
            boolean isNotable = ms.stream().anyMatch(notableIds::contains);
            if (isNotable || isApplicationLevel(byId.get(r), appNamespaces)) {
                shown.add(r);
            }
            if (isNotable) {
                focus.add(r);
            }
        });
        Map<String, String> as = new HashMap<>();
        rep.forEach((id, r) -> {
            if (shown.contains(r)) {
                as.put(id, r);
            }
        });
        List<EntityGraph.Node> nodes = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        for (String r : shown) {
            nodes.add(byId.get(r));
            List<String> kinds = new ArrayList<>();
            kinds.add(byId.get(r).kind());
            for (String m : members.get(r)) {
                String k = byId.get(m).kind();
                if (!FOLDED.contains(k) && !kinds.contains(k)) {
                    kinds.add(k);
                }
            }
            labels.put(r, String.join(" · ", kinds));
        }
        return new ShownGraph(new EntityGraph(nodes, edges(g, as)), as, labels, focus, g.nodes().size() - as.size());
    }

    /** Owner of each owned node, from {@code owns}/{@code contains} edges out of workload-like kinds. */
    private static Map<String, String> owners(EntityGraph g, Map<String, EntityGraph.Node> byId) {
        Map<String, String> parent = new HashMap<>();
        for (EntityGraph.Edge e : g.edges()) {
            EntityGraph.Node s = byId.get(e.source());
            EntityGraph.Node t = byId.get(e.target());
            boolean owning = "owns".equals(e.label()) || "contains".equals(e.label());
            if (owning && s != null && t != null && OWNERS.contains(s.kind()) && FOLDED.contains(t.kind())) {
                parent.putIfAbsent(t.id(), s.id());
            }
        }
        return parent;
    }

    private static String topOwner(String id, Map<String, String> parent) {
        String cur = id;
        Set<String> seen = new HashSet<>();
        while (parent.containsKey(cur) && seen.add(cur)) {
            cur = parent.get(cur);
        }
        return cur;
    }

    private static Set<String> appNamespaces(EntityGraph g, Map<String, EntityGraph.Node> byId) {
        Set<String> out = new HashSet<>();
        for (EntityGraph.Edge e : g.edges()) {
            if ("calls".equals(e.label())) {
                for (String id : List.of(e.source(), e.target())) {
                    EntityGraph.Node n = byId.get(id);
                    if (n != null) {
                        out.add(String.valueOf(n.namespace()).toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return out;
    }

    private static boolean isApplicationLevel(EntityGraph.Node n, Set<String> appNamespaces) {
        boolean kind = WORKLOADS.contains(n.kind()) || "Service".equals(n.kind()) || "App".equals(n.kind());
        return kind && (appNamespaces.isEmpty()
                || appNamespaces.contains(String.valueOf(n.namespace()).toLowerCase(Locale.ROOT)));
    }

    private static String nameKey(EntityGraph.Node n) {
        return String.valueOf(n.namespace()).toLowerCase(Locale.ROOT) + "/" + n.name().toLowerCase(Locale.ROOT);
    }

    private static List<EntityGraph.Edge> edges(EntityGraph g, Map<String, String> as) {
        Map<List<String>, EntityGraph.Edge> out = new LinkedHashMap<>();
        for (EntityGraph.Edge e : g.edges()) {
            String s = as.get(e.source());
            String t = as.get(e.target());
            if (s == null || t == null || s.equals(t)) {
                continue;
            }
            List<String> pair = List.of(s, t);
            EntityGraph.Edge prev = out.get(pair);
            if (prev == null || !"calls".equals(prev.label()) && "calls".equals(e.label())) {
                out.put(pair, new EntityGraph.Edge(s, t, e.label()));
            }
        }
        return new ArrayList<>(out.values());
    }
}
