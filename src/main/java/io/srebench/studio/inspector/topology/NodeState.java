package io.srebench.studio.inspector.topology;

import io.srebench.studio.kit.topology.EntityGraph;
import io.srebench.studio.kit.topology.ShownGraph;
import io.srebench.studio.inspector.MentionIndex;
import io.srebench.studio.kit.alerts.AlertRow;
import io.srebench.task.truth.RootCause;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How one topology node is drawn at the current turn.
 *
 * @param firing an alert about it is firing at the current turn's poll
 * @param touchedNow the current turn's commands or outputs name it
 * @param touchedSoFar some turn up to the current one names it
 * @param submitted the run's submission names it
 * @param rootCause a ground-truth root cause (only while ground truth is revealed)
 * @param selected selected by the user
 */
public record NodeState(boolean firing, boolean touchedNow, boolean touchedSoFar, boolean submitted, boolean rootCause,
                        boolean selected) {
    /** A node with nothing to show. */
    public static final NodeState PLAIN = new NodeState(false, false, false, false, false, false);

    /** Style classes for the node ({@code node-firing}, {@code node-touched}, ...). */
    public List<String> styleClasses() {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        if (firing) {
            out.add("node-firing");
        }
        if (touchedSoFar) {
            out.add("node-seen");
        }
        if (touchedNow) {
            out.add("node-touched");
        }
        if (submitted) {
            out.add("node-submitted");
        }
        if (rootCause) {
            out.add("node-root-cause");
        }
        if (selected) {
            out.add("node-selected");
        }
        return out;
    }

    /**
     * The state of every node of {@code g}.
     *
     * @param firing alerts firing at the current poll
     * @param mentions what turns looked at
     * @param turn the current turn (-1 for none)
     * @param submitted node ids the submission names
     * @param rootCauses root causes to mark, or null while ground truth is hidden
     * @param selected the selected node id, or null
     */
    public static Map<String, NodeState> compute(EntityGraph g, Collection<AlertRow> firing, MentionIndex mentions,
                                                 int turn, Set<String> submitted, List<RootCause> rootCauses,
                                                 String selected) {
        Set<String> now = mentions.at(turn);
        Set<String> soFar = mentions.upTo(turn);
        Map<String, NodeState> out = new LinkedHashMap<>();
        for (EntityGraph.Node n : g.nodes()) {
            String name = n.name().toLowerCase(Locale.ROOT);
            boolean fire = firing.stream().anyMatch(a -> about(a, n));
            boolean rc = rootCauses != null && rootCauses.stream().anyMatch(r -> r.matches(n.ref()));
            out.put(n.id(), new NodeState(fire, now.contains(name), soFar.contains(name), submitted.contains(n.id()), rc,
                    n.id().equals(selected)));
        }
        return out;
    }

    /** Either state's marks: the state of a shown node that stands for several entities. */
    public NodeState or(NodeState o) {
        return new NodeState(firing || o.firing, touchedNow || o.touchedNow, touchedSoFar || o.touchedSoFar,
                submitted || o.submitted, rootCause || o.rootCause, selected || o.selected);
    }

    /**
     * The states of the nodes {@code shown} draws, keyed by shown id: each is the {@link #or} of the states of the
     * entities it shows (a touched Pod marks the Deployment it is folded into).
     *
     * @param states states of the full graph's nodes ({@link #compute})
     */
    public static Map<String, NodeState> shown(Map<String, NodeState> states, ShownGraph shown) {
        Map<String, NodeState> out = new LinkedHashMap<>();
        shown.graph().nodes().forEach(n -> out.put(n.id(), PLAIN));
        states.forEach((id, st) -> {
            String to = shown.shownId(id);
            if (to != null) {
                out.merge(to, st, NodeState::or);
            }
        });
        return out;
    }

    /**
     * Ids of the nodes worth showing even at the application level: named by some turn so far indexed, named by
     * the submission, the subject of some alert at any poll, or (when given) a root cause. Unlike {@link #compute}
     * this does not depend on the current turn, so stepping does not change what is drawn.
     */
    public static Set<String> notable(EntityGraph g, Collection<AlertRow> allAlerts, MentionIndex mentions,
                                      Set<String> submitted, List<RootCause> rootCauses) {
        Set<String> touched = mentions.upTo(mentions.size() - 1);
        Set<String> out = new java.util.LinkedHashSet<>();
        for (EntityGraph.Node n : g.nodes()) {
            if (touched.contains(n.name().toLowerCase(Locale.ROOT)) || submitted.contains(n.id())
                    || allAlerts.stream().anyMatch(a -> about(a, n))
                    || rootCauses != null && rootCauses.stream().anyMatch(r -> r.matches(n.ref()))) {
                out.add(n.id());
            }
        }
        return out;
    }

    /** Whether alert {@code a} is about node {@code n}: same name as the alert's entity label, compatible namespace. */
    public static boolean about(AlertRow a, EntityGraph.Node n) {
        if (a.entityValue() == null || !a.entityValue().equalsIgnoreCase(n.name())) {
            return false;
        }
        return a.namespace() == null || n.namespace() == null || a.namespace().equalsIgnoreCase(n.namespace());
    }
}
