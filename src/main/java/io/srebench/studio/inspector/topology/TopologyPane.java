package io.srebench.studio.inspector.topology;

import io.srebench.studio.kit.topology.GraphCanvas;
import io.srebench.studio.kit.topology.GraphLayout;
import io.srebench.studio.kit.topology.ShownGraph;
import io.srebench.studio.kit.topology.ZoomPane;
import io.srebench.studio.app.Subscriptions;
import io.srebench.studio.inspector.InspectorViewModel;
import io.srebench.studio.kit.SnapshotData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import javafx.scene.shape.Rectangle;

/**
 * The topology pane: the view-model's {@link ShownGraph} (application level by default, every Pod and ReplicaSet
 * with "Show pods &amp; replica sets") laid out by ELK off the UI thread, drawn with shapes in a {@link ZoomPane}
 * only once laid out (a placeholder says so meanwhile).
 * Node style classes follow the view-model's shown states; clicking a node selects it. A new layout opens at
 * {@link #showInitialView()}: the whole graph when it is readable, else the notable nodes at a readable zoom.
 */
public final class TopologyPane extends BorderPane {
    private final InspectorViewModel vm;
    private final Subscriptions subs = new Subscriptions();
    private final GraphCanvas canvas = new GraphCanvas();
    private final Label placeholder = new Label();
    private NodeDetailsPane details;

    public TopologyPane(InspectorViewModel vm) {
        this.vm = vm;
        setId("topology-pane");
        getStyleClass().add("inspector-pane");
        Label title = new Label("Topology");
        title.getStyleClass().add("pane-title");
        // Fit keeps names readable (the notable nodes at a readable zoom, or everything when that is readable);
        // the whole of a large graph, too small to read, is one more click away
        Button fit = new Button("Fit");
        fit.setId("topology-fit");
        fit.setTooltip(new Tooltip("The alerting, submitted and touched nodes at a readable zoom (the whole graph when it"
                + " fits readably)"));
        fit.setOnAction(e -> showInitialView());
        Button whole = new Button("Whole graph");
        whole.setId("topology-whole");
        whole.setTooltip(new Tooltip("Every node in view, however small"));
        whole.setOnAction(e -> canvas.zoomPane().fit());
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
        FlowPane bar = new FlowPane(6, 4, title, fit, whole, pods, truth, note);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4));
        setTop(new javafx.scene.layout.VBox(bar, legend()));
        placeholder.getStyleClass().add("pane-note");
        placeholder.setWrapText(true);
        StackPane center = new StackPane(canvas.zoomPane(), placeholder);
        canvas.setOnNodeClicked(vm::selectNode);
        StackPane.setAlignment(placeholder, Pos.CENTER);
        setCenter(center);
        // a clicked node opens its details under the graph (alerts, the turns that touched it)
        details = new NodeDetailsPane(vm);
        setBottom(details);
        subs.onChange(vm.layoutProperty(), (o, a, b) -> draw(b));
        subs.onChange(vm.shownStatesProperty(), (o, a, b) -> restyle(b));
        subs.onChange(vm.snapshotProperty(), (o, a, b) -> updatePlaceholder());
        subs.onChange(vm.shownGraphProperty(), (o, a, b) -> updatePlaceholder());
        subs.onChange(vm.selectedNodeProperty(), (o, a, b) -> {
            Group g = b == null ? null : canvas.nodeView(vm.shownGraphProperty().get().shownId(b));
            if (g != null) {
                canvas.zoomPane().reveal(g);
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

    /**
     * The graph is shown only once laid out (issue 13, item 6: no blank or half-drawn seconds): until the layout of
     * what is to be drawn arrives, the placeholder says so and the old drawing is hidden.
     */
    private void updatePlaceholder() {
        SnapshotData s = vm.snapshotProperty().get();
        boolean empty = s.graph().isEmpty();
        String note = s.note();
        boolean pending = !empty && !layoutReady();
        int n = vm.shownGraphProperty().get().graph().nodes().size();
        placeholder.setText(empty ? (note == null ? "no topology in this snapshot" : note)
                : pending ? "laying out the topology (" + n + (n == 1 ? " node" : " nodes") + ")…" : "");
        placeholder.setVisible(empty || pending);
        canvas.zoomPane().setVisible(!pending);
    }

    /** Whether the drawn layout is that of the shown graph. */
    public boolean layoutReady() {
        Set<String> ids = new HashSet<>();
        vm.shownGraphProperty().get().graph().nodes().forEach(x -> ids.add(x.id()));
        return vm.layoutProperty().get().nodes().keySet().equals(ids);
    }

    /** The drawn group of a node, for tests and the headless render. */
    public Group nodeView(String id) {
        return canvas.nodeView(id);
    }

    private void draw(GraphLayout.Result layout) {
        canvas.draw(vm.shownGraphProperty().get(), layout);
        restyle(vm.shownStatesProperty().get());
        showInitialView();
        updatePlaceholder();
    }

    /**
     * Fits the graph when that keeps it readable ({@link ZoomPane#READABLE_SCALE}); otherwise centres at a readable
     * zoom on the nodes that matter most: alerting, submitted or revealed ones; else those the current turn touches;
     * else every notable node (touched by any turn). The Fit button shows this view; Whole graph fits everything.
     */
    public void showInitialView() {
        List<String> marked = new ArrayList<>();
        List<String> now = new ArrayList<>();
        vm.shownStatesProperty().get().forEach((id, st) -> {
            if (st.firing() || st.submitted() || st.rootCause()) {
                marked.add(id);
            } else if (st.touchedNow()) {
                now.add(id);
            }
        });
        canvas.showInitialView(List.of(marked, now, vm.shownGraphProperty().get().focus()));
    }

    private void restyle(Map<String, NodeState> states) {
        Map<String, GraphCanvas.NodeLook> looks = new HashMap<>();
        states.forEach((id, st) -> looks.put(id, new GraphCanvas.NodeLook(st.styleClasses(), List.of(),
                st.selected() || st.touchedNow())));
        canvas.restyle(looks);
    }

    /** Style classes of the drawn node with id {@code id} (empty when not drawn, e.g. a Pod folded into its workload). */
    public List<String> styleOf(String id) {
        return canvas.styleOf(id);
    }

    public ZoomPane zoomPane() {
        return canvas.zoomPane();
    }

    public void dispose() {
        details.dispose();
        subs.releaseAll();
    }
}
