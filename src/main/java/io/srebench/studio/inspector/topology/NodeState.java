package io.srebench.studio.inspector.topology;

import io.srebench.studio.inspector.MentionIndex;
import io.srebench.studio.inspector.alerts.AlertRow;
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

    /** Whether alert {@code a} is about node {@code n}: same name as the alert's entity label, compatible namespace. */
    public static boolean about(AlertRow a, EntityGraph.Node n) {
        if (a.entityValue() == null || !a.entityValue().equalsIgnoreCase(n.name())) {
            return false;
        }
        return a.namespace() == null || n.namespace() == null || a.namespace().equalsIgnoreCase(n.namespace());
    }
}
