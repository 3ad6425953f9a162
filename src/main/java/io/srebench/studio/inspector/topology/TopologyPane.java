package io.srebench.studio.inspector.topology;

import io.srebench.studio.app.Subscriptions;
import io.srebench.studio.inspector.InspectorViewModel;
import io.srebench.studio.inspector.SnapshotData;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The topology pane: the view-model's {@link ShownGraph} (application level by default, every Pod and ReplicaSet
 * with "Show pods &amp; replica sets") laid out by ELK off the UI thread, drawn with shapes in a {@link ZoomPane}.
 * Node style classes follow the view-model's shown states; clicking a node selects it. A new layout opens at
 * {@link #showInitialView()}: the whole graph when it is readable, else the notable nodes at a readable zoom.
 */
public final class TopologyPane extends BorderPane {
    private final InspectorViewModel vm;
    private final Subscriptions subs = new Subscriptions();
    private final ZoomPane zoom = new ZoomPane();
    private final Label placeholder = new Label();
    private final Map<String, Group> nodes = new HashMap<>();

    public TopologyPane(InspectorViewModel vm) {
        this.vm = vm;
        setId("topology-pane");
        getStyleClass().add("inspector-pane");
        Label title = new Label("Topology");
        title.getStyleClass().add("pane-title");
        Button fit = new Button("Fit");
        fit.setId("topology-fit");
        fit.setOnAction(e -> zoom.fit());
        ToggleButton pods = new ToggleButton("Show pods & replica sets");
        pods.setId("show-pods");
        pods.setTooltip(new Tooltip("Off: one node per application component (Service + workload), with config, storage"
                + " and chaos objects only when touched, submitted, alerting or revealed. On: the full ownership graph."));
        pods.selectedProperty().bindBidirectional(vm.showPodsProperty());
        subs.add(() -> pods.selectedProperty().unbindBidirectional(vm.showPodsProperty()));
        ToggleButton truth = new ToggleButton("Reveal ground truth");
        truth.setId("reveal-truth");
        truth.selectedProperty().bindBidirectional(vm.revealGroundTruthProperty());
        subs.add(() -> truth.selectedProperty().unbindBidirectional(vm.revealGroundTruthProperty()));
        Label note = new Label();
        note.getStyleClass().add("pane-note");
        note.textProperty().bind(vm.truthNoteProperty());
        subs.add(() -> note.textProperty().unbind());
        FlowPane bar = new FlowPane(6, 4, title, fit, pods, truth, note);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4));
        setTop(new javafx.scene.layout.VBox(bar, legend()));
        placeholder.getStyleClass().add("pane-note");
        placeholder.setWrapText(true);
        StackPane center = new StackPane(zoom, placeholder);
        StackPane.setAlignment(placeholder, Pos.CENTER);
        setCenter(center);
        subs.onChange(vm.layoutProperty(), (o, a, b) -> draw(b));
        subs.onChange(vm.shownStatesProperty(), (o, a, b) -> restyle(b));
        subs.onChange(vm.snapshotProperty(), (o, a, b) -> updatePlaceholder());
        subs.onChange(vm.selectedNodeProperty(), (o, a, b) -> {
            Group g = b == null ? null : nodes.get(vm.shownGraphProperty().get().shownId(b));
            if (g != null) {
                zoom.reveal(g);
            }
        });
        draw(vm.layoutProperty().get());
        updatePlaceholder();
    }

    private FlowPane legend() {
        FlowPane p = new FlowPane(8, 2);
        p.setPadding(new Insets(0, 4, 4, 4));
        for (String[] l : List.of(new String[] {"node-firing", "alert firing"}, new String[] {"node-touched", "this turn"},
                new String[] {"node-seen", "looked at"}, new String[] {"node-submitted", "submitted"},
                new String[] {"node-root-cause", "root cause"})) {
            Rectangle r = new Rectangle(12, 10);
            r.getStyleClass().addAll("topo-node-box", "legend-box", l[0]);
            Label lab = new Label(l[1], r);
            lab.getStyleClass().add("legend");
            p.getChildren().add(lab);
        }
        return p;
    }

    private void updatePlaceholder() {
        SnapshotData s = vm.snapshotProperty().get();
        boolean empty = s.graph().isEmpty();
        String note = s.note();
        placeholder.setText(empty ? (note == null ? "no topology in this snapshot" : note) : "");
        placeholder.setVisible(empty);
    }

    /** The drawn group of a node, for tests and the headless render. */
    public Group nodeView(String id) {
        return nodes.get(id);
    }

    private void draw(GraphLayout.Result layout) {
        Group content = zoom.content();
        content.getChildren().clear();
        nodes.clear();
        Group edges = new Group();
        Group boxes = new Group();
        for (GraphLayout.Route r : layout.edges()) {
            edges.getChildren().add(edge(r));
        }
        ShownGraph shown = vm.shownGraphProperty().get();
        for (EntityGraph.Node n : shown.graph().nodes()) {
            GraphLayout.Box b = layout.nodes().get(n.id());
            if (b != null) {
                Group g = node(n, shown.kindLabel(n), b);
                nodes.put(n.id(), g);
                boxes.getChildren().add(g);
            }
        }
        content.getChildren().addAll(edges, boxes);
        restyle(vm.shownStatesProperty().get());
        showInitialView();
    }

    /**
     * Fits the graph when that keeps it readable ({@link ZoomPane#READABLE_SCALE}); otherwise centres at a readable
     * zoom on the nodes that matter most: alerting, submitted or revealed ones; else those the current turn touches;
     * else every notable node (touched by any turn). The Fit button still fits everything.
     */
    public void showInitialView() {
        List<String> marked = new java.util.ArrayList<>();
        List<String> now = new java.util.ArrayList<>();
        vm.shownStatesProperty().get().forEach((id, st) -> {
            if (st.firing() || st.submitted() || st.rootCause()) {
                marked.add(id);
            } else if (st.touchedNow()) {
                now.add(id);
            }
        });
        java.util.Collection<String> ids = !marked.isEmpty() ? marked : !now.isEmpty() ? now
                : vm.shownGraphProperty().get().focus();
        javafx.geometry.Bounds focus = null;
        for (String id : ids) {
            Group g = nodes.get(id);
            if (g != null) {
                javafx.geometry.Bounds b = g.getBoundsInParent();
                focus = focus == null ? b : new javafx.geometry.BoundingBox(Math.min(focus.getMinX(), b.getMinX()),
                        Math.min(focus.getMinY(), b.getMinY()),
                        Math.max(focus.getMaxX(), b.getMaxX()) - Math.min(focus.getMinX(), b.getMinX()),
                        Math.max(focus.getMaxY(), b.getMaxY()) - Math.min(focus.getMinY(), b.getMinY()));
            }
        }
        zoom.showReadable(focus);
    }

    private Group edge(GraphLayout.Route r) {
        double[] pts = new double[r.xs().length * 2];
        for (int i = 0; i < r.xs().length; i++) {
            pts[2 * i] = r.xs()[i];
            pts[2 * i + 1] = r.ys()[i];
        }
        Polyline line = new Polyline(pts);
        line.getStyleClass().addAll("topo-edge", "topo-edge-" + r.edge().label());
        int n = r.xs().length;
        double ex = r.xs()[n - 1];
        double ey = r.ys()[n - 1];
        double ang = Math.atan2(ey - r.ys()[n - 2], ex - r.xs()[n - 2]);
        Polygon head = new Polygon(ex, ey, ex - 8 * Math.cos(ang - 0.4), ey - 8 * Math.sin(ang - 0.4),
                ex - 8 * Math.cos(ang + 0.4), ey - 8 * Math.sin(ang + 0.4));
        head.getStyleClass().add("topo-arrow");
        Group g = new Group(line, head);
        Tooltip.install(line, new Tooltip(r.edge().label()));
        return g;
    }

    private Group node(EntityGraph.Node n, String kindLine, GraphLayout.Box b) {
        Rectangle box = new Rectangle(b.width(), b.height());
        box.setArcWidth(10);
        box.setArcHeight(10);
        box.getStyleClass().add("topo-node-box");
        Text kind = new Text(GraphLayout.NODE_PAD, 16, kindLine);
        kind.getStyleClass().add("topo-node-kind");
        Text name = new Text(GraphLayout.NODE_PAD, 34, n.name());
        name.getStyleClass().add("topo-node-name");
        // the width is an estimate: clip rather than spill over a neighbour when a font runs wider
        kind.setClip(new Rectangle(b.width() - 4, b.height()));
        name.setClip(new Rectangle(b.width() - 4, b.height()));
        Group g = new Group(box, kind, name);
        g.setLayoutX(b.x());
        g.setLayoutY(b.y());
        g.getStyleClass().add("topo-node");
        g.setUserData(n.id());
        g.setOnMouseClicked(e -> {
            vm.selectNode(n.id());
            e.consume();
        });
        Tooltip.install(g, new Tooltip(n.ref().toString()));
        return g;
    }

    private void restyle(Map<String, NodeState> states) {
        nodes.forEach((id, g) -> {
            NodeState st = states.getOrDefault(id, NodeState.PLAIN);
            List<String> cls = st.styleClasses();
            g.getStyleClass().setAll("topo-node");
            g.getStyleClass().addAll(cls);
            if (st.selected() || st.touchedNow()) {
                g.toFront();
            }
        });
    }

    /** Style classes of the drawn node with id {@code id} (empty when not drawn, e.g. a Pod folded into its workload). */
    public List<String> styleOf(String id) {
        Group g = nodes.get(id);
        return g == null ? List.of() : List.copyOf(g.getStyleClass());
    }

    public ZoomPane zoomPane() {
        return zoom;
    }

    public void dispose() {
        subs.releaseAll();
    }
}
