package io.srebench.studio.compare;

import io.srebench.studio.kit.topology.EntityGraph;
import io.srebench.studio.kit.topology.ShownGraph;
import io.srebench.task.truth.RootCause;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one topology node is marked in the comparison at the current step.
 *
 * @param touchedA run A named it in some turn up to its turn at the current step
 * @param touchedB the same for run B
 * @param submittedA run A's submission names it (the final answer: independent of the step, as in the inspector)
 * @param submittedB the same for run B
 * @param rootCause a true root cause (only while the ground truth is revealed)
 */
public record CompareMark(boolean touchedA, boolean touchedB, boolean submittedA, boolean submittedB, boolean rootCause) {
    /** Nothing to mark. */
    public static final CompareMark NONE = new CompareMark(false, false, false, false, false);

    /** Which runs touched it so far: {@code both}, {@code a}, {@code b} or {@code none}. */
    public String touchedBy() {
        if (touchedA && touchedB) {
            return "both";
        }
        return touchedA ? "a" : touchedB ? "b" : "none";
    }

    /**
     * Style classes: {@code cmp-touched-a}, {@code cmp-touched-b} or {@code cmp-touched-both}; {@code cmp-submitted-a},
     * {@code cmp-submitted-b}; {@code cmp-root-cause}.
     */
    public List<String> styleClasses() {
        List<String> out = new ArrayList<>();
        if (!"none".equals(touchedBy())) {
            out.add("cmp-touched-" + touchedBy());
        }
        if (submittedA) {
            out.add("cmp-submitted-a");
        }
        if (submittedB) {
            out.add("cmp-submitted-b");
        }
        if (rootCause) {
            out.add("cmp-root-cause");
        }
        return out;
    }

    /** Either mark: the mark of a shown node that stands for several entities. */
    public CompareMark or(CompareMark o) {
        return new CompareMark(touchedA || o.touchedA, touchedB || o.touchedB, submittedA || o.submittedA,
                submittedB || o.submittedB, rootCause || o.rootCause);
    }

    /**
     * The mark of every node of {@code g}. A node counts as touched by a run when the run's first touch of it
     * (keyed as {@link CompareViewModel#key} of the node's {@code ns/Kind/name}) is at or before {@code upTo}.
     *
     * @param firstA run A's first touches ({@link CompareViewModel#firstTouches}); {@code upToA} its last turn so far
     *     (-1: none yet)
     * @param firstB the same for run B
     * @param submittedA full-graph node ids run A submitted; {@code submittedB} the same for B
     * @param rootCauses root causes to mark, or null while the ground truth is hidden
     */
    public static Map<String, CompareMark> compute(EntityGraph g, Map<String, Integer> firstA, int upToA,
                                                   Map<String, Integer> firstB, int upToB, Set<String> submittedA,
                                                   Set<String> submittedB, List<RootCause> rootCauses) {
        Map<String, CompareMark> out = new LinkedHashMap<>();
        for (EntityGraph.Node n : g.nodes()) {
            String k = CompareViewModel.key(n.ref().toString());
            boolean rc = rootCauses != null && rootCauses.stream().anyMatch(r -> r.matches(n.ref()));
            out.put(n.id(), new CompareMark(within(firstA.get(k), upToA), within(firstB.get(k), upToB),
                    submittedA.contains(n.id()), submittedB.contains(n.id()), rc));
        }
        return out;
    }

    private static boolean within(Integer first, int upTo) {
        return first != null && first <= upTo;
    }

    /** The marks of the nodes {@code shown} draws, keyed by shown id: the {@link #or} of what each shows. */
    public static Map<String, CompareMark> shown(Map<String, CompareMark> marks, ShownGraph shown) {
        Map<String, CompareMark> out = new LinkedHashMap<>();
        shown.graph().nodes().forEach(n -> out.put(n.id(), NONE));
        marks.forEach((id, m) -> {
            String to = shown.shownId(id);
            if (to != null) {
                out.merge(to, m, CompareMark::or);
            }
        });
        return out;
    }

    /**
     * Full-graph ids worth showing at the application level whatever the step: touched by either run at any turn,
     * submitted by either, or a revealed root cause.
     *
     * @param full marks with both runs at their last turn
     */
    public static Set<String> notable(Map<String, CompareMark> full) {
        Set<String> out = new LinkedHashSet<>();
        full.forEach((id, m) -> {
            if (!m.equals(NONE)) {
                out.add(id);
            }
        });
        return out;
    }
}
