package io.srebench.studio.compare;

import io.srebench.run.RunSummary;
import io.srebench.studio.app.Subscriptions;
import io.srebench.studio.kit.RunViewStyles;
import io.srebench.studio.kit.topology.GraphCanvas;
import io.srebench.studio.kit.topology.GraphLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * The comparison's topology: the task's graph ({@link CompareGraph}) drawn by the inspector's {@link GraphCanvas}, each
 * node filled by who touched it up to the current step (blue: run A, amber: run B, split: both), with a {@code A}/{@code B}
 * badge for each run that submitted it and a root-cause outline and badge while the ground truth is revealed. A legend
 * names both runs (agent, model, repeat). The drawing opens on the marked nodes when the whole graph is not readable.
 */
public final class CompareTopologyPane extends BorderPane {
    /** The compare view's style sheet (topology marks). */
    public static final String STYLESHEET = Objects.requireNonNull(
            CompareTopologyPane.class.getResource("compare.css")).toExternalForm();

    private final CompareViewModel vm;
    private final CompareGraph model;
    private final Subscriptions subs = new Subscriptions();
    private final GraphCanvas canvas = new GraphCanvas();
    private final Label placeholder = new Label();
    private final Label nameA = new Label("A");
    private final Label nameB = new Label("B");
    private final Label rootLegend;

    public CompareTopologyPane(CompareViewModel vm) {
        this.vm = vm;
        this.model = vm.topology();
        setId("compare-topology");
        getStyleClass().add("compare-topology");
        getStylesheets().addAll(RunViewStyles.STYLESHEET, STYLESHEET);
        Label title = new Label("Topology");
        title.getStyleClass().add("pane-title");
        Button fit = new Button("Fit");
        fit.setId("compare-topology-fit");
        fit.setOnAction(e -> canvas.zoomPane().fit());
        ToggleButton pods = new ToggleButton("Show pods & replica sets");
        pods.setId("compare-show-pods");
        pods.setTooltip(new Tooltip("Off: one node per application component (Service + workload), with other objects only"
                + " when either run touched or submitted them. On: the full ownership graph."));
        pods.selectedProperty().bindBidirectional(model.showPodsProperty());
        subs.add(() -> pods.selectedProperty().unbindBidirectional(model.showPodsProperty()));
        Label hint = new Label("touched so far, at the current step");
        hint.getStyleClass().add("pane-note");
        FlowPane bar = new FlowPane(6, 4, title, fit, pods, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4));
        rootLegend = legendItem("cmp-root-cause", "★ true root cause");
        setTop(new VBox(bar, legend()));
        placeholder.getStyleClass().add("pane-note");
        placeholder.setWrapText(true);
        StackPane center = new StackPane(canvas.zoomPane(), placeholder);
        setCenter(center);
        subs.onChange(model.layoutProperty(), (o, a, b) -> draw(b));
        subs.onChange(model.marksProperty(), (o, a, b) -> restyle(b));
        subs.onChange(model.noteProperty(), (o, a, b) -> updatePlaceholder());
        subs.onChange(vm.sideAProperty(), (o, a, b) -> name(nameA, "A", b.summary()));
        subs.onChange(vm.sideBProperty(), (o, a, b) -> name(nameB, "B", b.summary()));
        subs.onChange(vm.revealGroundTruthProperty(), (o, a, b) -> updateRootLegend());
        if (vm.sideAProperty().get() != null) {
            name(nameA, "A", vm.sideAProperty().get().summary());
            name(nameB, "B", vm.sideBProperty().get().summary());
        }
        draw(model.layoutProperty().get());
        updatePlaceholder();
        updateRootLegend();
    }

    /** {@code A · topology-walk (model) · rep 1} (the run ids are in the view's title and the tooltip). */
    static String name(String side, RunSummary s) {
        return side + " · " + s.agent() + (s.model() == null ? "" : " (" + s.model() + ")") + " · rep " + s.repeat();
    }

    private static void name(Label l, String side, RunSummary s) {
        l.setText(name(side, s));
        l.setTooltip(new Tooltip("run " + s.id() + ": touched by " + side + " so far (fill); the split fill: both runs"));
    }

    private FlowPane legend() {
        nameA.setId("compare-legend-a");
        nameB.setId("compare-legend-b");
        nameA.getStyleClass().addAll("compare-legend", "compare-legend-a");
        nameB.getStyleClass().addAll("compare-legend", "compare-legend-b");
        nameA.setGraphic(box("cmp-touched-a"));
        nameB.setGraphic(box("cmp-touched-b"));
        FlowPane p = new FlowPane(10, 2, nameA, nameB, legendItem("cmp-touched-both", "both"),
                badgeLegend("cmp-badge-a", "submitted by A"), badgeLegend("cmp-badge-b", "submitted by B"),
                rootLegend);
        p.setPadding(new Insets(0, 4, 4, 4));
        return p;
    }

    private static Rectangle box(String cls) {
        Rectangle r = new Rectangle(16, 11);
        r.getStyleClass().addAll("topo-node-box", "legend-box", cls);
        return r;
    }

    private static Label legendItem(String cls, String text) {
        Label l = new Label(text, box(cls));
        l.getStyleClass().add("compare-legend");
        return l;
    }

    private static Label badgeLegend(String cls, String meaning) {
        Rectangle pill = new Rectangle(14, 11);
        pill.setArcWidth(6);
        pill.setArcHeight(6);
        pill.getStyleClass().addAll("topo-badge", cls);
        Label l = new Label(meaning, pill);
        l.getStyleClass().add("compare-legend");
        return l;
    }

    private void updateRootLegend() {
        rootLegend.setVisible(vm.revealGroundTruthProperty().get());
        rootLegend.setManaged(vm.revealGroundTruthProperty().get());
    }

    private void updatePlaceholder() {
        boolean empty = model.graphProperty().get().isEmpty();
        placeholder.setText(empty ? model.noteProperty().get() : "");
        placeholder.setVisible(empty);
    }

    private void draw(GraphLayout.Result layout) {
        canvas.draw(model.shownGraphProperty().get(), layout);
        restyle(model.marksProperty().get());
        List<String> marked = new ArrayList<>();
        model.marksProperty().get().forEach((id, m) -> {
            if (!m.equals(CompareMark.NONE)) {
                marked.add(id);
            }
        });
        canvas.showInitialView(List.of(marked, model.shownGraphProperty().get().focus()));
    }

    private void restyle(Map<String, CompareMark> marks) {
        Map<String, GraphCanvas.NodeLook> looks = new HashMap<>();
        marks.forEach((id, m) -> looks.put(id, look(m)));
        canvas.restyle(looks);
    }

    /** The drawing of a mark: its style classes, and badges for submissions and a revealed root cause. */
    static GraphCanvas.NodeLook look(CompareMark m) {
        List<GraphCanvas.Badge> badges = new ArrayList<>();
        if (m.submittedA()) {
            badges.add(new GraphCanvas.Badge("A", "cmp-badge-a"));
        }
        if (m.submittedB()) {
            badges.add(new GraphCanvas.Badge("B", "cmp-badge-b"));
        }
        if (m.rootCause()) {
            badges.add(new GraphCanvas.Badge("★", "cmp-badge-root"));
        }
        return new GraphCanvas.NodeLook(m.styleClasses(), badges, !m.equals(CompareMark.NONE));
    }

    /** The drawing, for tests and the headless render. */
    public GraphCanvas canvas() {
        return canvas;
    }

    public void dispose() {
        subs.releaseAll();
    }
}
