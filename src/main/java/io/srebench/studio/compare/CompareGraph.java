package io.srebench.studio.compare;

import io.srebench.common.Text;
import io.srebench.studio.kit.Jobs;
import io.srebench.studio.kit.topology.EntityGraph;
import io.srebench.studio.kit.topology.GraphLayout;
import io.srebench.studio.kit.topology.ShownGraph;
import io.srebench.task.truth.RootCause;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The comparison's topology: the task's entity graph with both runs' touched sets so far in two colours
 * ({@link CompareMark}), at the application level or with every Pod and ReplicaSet ({@link #showPodsProperty()}).
 * What is drawn (the {@link ShownGraph}) does not depend on the step: it keeps every node either run touches at any
 * turn, so stepping only restyles; a new drawing is laid out by ELK on the background executor. Owned and fed by
 * {@link CompareViewModel}; state changes on the UI thread only.
 */
public final class CompareGraph {
    private final Jobs jobs;
    private final ReadOnlyObjectWrapper<EntityGraph> graph = new ReadOnlyObjectWrapper<>(EntityGraph.empty());
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("loading topology…");
    private final BooleanProperty showPods = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ShownGraph> shownGraph = new ReadOnlyObjectWrapper<>(ShownGraph.empty());
    private final ReadOnlyObjectWrapper<GraphLayout.Result> layout = new ReadOnlyObjectWrapper<>(GraphLayout.Result.empty());
    private final ReadOnlyObjectWrapper<Map<String, CompareMark>> nodeMarks = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<Map<String, CompareMark>> marks = new ReadOnlyObjectWrapper<>(Map.of());
    private Inputs inputs;
    private long layoutGeneration;

    /**
     * What the marks are computed from.
     *
     * @param firstA run A's first touches keyed by {@link CompareViewModel#key}; {@code lastA} its last turn so far
     * @param turnsA how many turns run A has (for the step-independent drawing)
     * @param submittedA entities run A submitted, as it wrote them
     * @param rootCauses revealed root causes, or null while hidden
     */
    record Inputs(Map<String, Integer> firstA, int lastA, int turnsA, List<String> submittedA, Map<String, Integer> firstB,
                  int lastB, int turnsB, List<String> submittedB, List<RootCause> rootCauses) {
    }

    CompareGraph(Jobs jobs) {
        this.jobs = jobs;
        showPods.addListener((o, a, b) -> refresh());
    }

    /** Sets the graph once the snapshot is read ({@code problem}: why it is empty or partial, or null). */
    void setGraph(EntityGraph g, String problem) {
        graph.set(g);
        note.set(g.isEmpty() ? (problem == null ? "no topology in this snapshot" : problem) : "");
        refresh();
    }

    /** The snapshot could not be read. */
    void unavailable(String why) {
        note.set(why);
    }

    /** Recomputes the marks (and the drawing when the set of notable nodes changed). */
    void update(Inputs in) {
        inputs = in;
        refresh();
    }

    private void refresh() {
        EntityGraph g = graph.get();
        if (inputs == null || g.isEmpty()) {
            return;
        }
        Inputs in = inputs;
        Set<String> subA = nodes(g, in.submittedA());
        Set<String> subB = nodes(g, in.submittedB());
        Map<String, CompareMark> all = CompareMark.compute(g, in.firstA(), in.turnsA() - 1, in.firstB(), in.turnsB() - 1,
                subA, subB, in.rootCauses());
        ShownGraph next = ShownGraph.of(g, showPods.get(), CompareMark.notable(all));
        ShownGraph prev = shownGraph.get();
        shownGraph.set(next);
        nodeMarks.set(CompareMark.compute(g, in.firstA(), in.lastA(), in.firstB(), in.lastB(), subA, subB,
                in.rootCauses()));
        marks.set(CompareMark.shown(nodeMarks.get(), next));
        if (!next.sameDrawing(prev)) {
            long mine = ++layoutGeneration;
            jobs.submit("compare topology layout", () -> GraphLayout.compute(next), r -> {
                if (mine == layoutGeneration) {
                    layout.set(r);
                }
            }, e -> note.set("topology layout failed: " + Text.firstLine(e)));
        }
    }

    private static Set<String> nodes(EntityGraph g, List<String> entities) {
        Set<String> out = new LinkedHashSet<>();
        entities.forEach(e -> g.find(e).ifPresent(n -> out.add(n.id())));
        return out;
    }

    /** The task's entity graph (empty until read, or when the snapshot has none). */
    public ReadOnlyObjectProperty<EntityGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    /** Why there is no graph (loading, unavailable, empty), or empty when there is one. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Off: one node per application component; on: the full ownership graph. */
    public BooleanProperty showPodsProperty() {
        return showPods;
    }

    /** What is drawn; {@link #layoutProperty()} follows it once laid out. */
    public ReadOnlyObjectProperty<ShownGraph> shownGraphProperty() {
        return shownGraph.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GraphLayout.Result> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    /** Marks of every node of the full graph at the current step, by full-graph id. */
    public ReadOnlyObjectProperty<Map<String, CompareMark>> nodeMarksProperty() {
        return nodeMarks.getReadOnlyProperty();
    }

    /** Marks of the drawn nodes at the current step, by shown id (a touched Pod marks its Deployment). */
    public ReadOnlyObjectProperty<Map<String, CompareMark>> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    /** The mark of the drawn node showing {@code entity} ({@code ns/Kind/name} or as {@link EntityGraph#find}). */
    public CompareMark markOf(String entity) {
        return graph.get().find(entity).map(n -> shownGraph.get().shownId(n.id()))
                .map(id -> marks.get().getOrDefault(id, CompareMark.NONE)).orElse(CompareMark.NONE);
    }
}
