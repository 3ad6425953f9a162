package io.srebench.studio.inspector.topology;

import io.srebench.studio.kit.topology.EntityGraph;
import io.srebench.studio.app.Subscriptions;
import io.srebench.studio.inspector.InspectorViewModel;
import io.srebench.studio.kit.alerts.AlertRow;
import io.srebench.task.mention.MentionMatcher;
import io.srebench.task.snapshot.ServiceTraffic;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * What clicking a topology node opens (issue 13, item 6): its kind, namespace and name, the alerts on it, the
 * Kubernetes objects it stands for and the events about them ({@link NodeFacts}), and the turns whose commands or
 * outputs touched it (the shared mention model), each a link to that turn. Only binds to the
 * inspector's selection; {@link #dispose()} releases it.
 */
public final class NodeDetailsPane extends VBox {
    private final InspectorViewModel vm;
    private static final int MAX_EVENTS = 8;
    private final Subscriptions subs = new Subscriptions();

    public NodeDetailsPane(InspectorViewModel vm) {
        this.vm = vm;
        setId("node-details");
        getStyleClass().add("node-details");
        setSpacing(3);
        setPadding(new Insets(6, 8, 6, 8));
        setStyle("-fx-border-color: rgba(128,128,128,0.5) transparent transparent transparent;");
        managedProperty().bind(visibleProperty());
        subs.add(managedProperty()::unbind);
        subs.onChange(vm.selectedNodeProperty(), (o, a, b) -> render());
        subs.onInvalidate(vm.selectedEntityTurns(), o -> render());
        render();
    }

    private void render() {
        getChildren().clear();
        String id = vm.selectedNodeProperty().get();
        Optional<EntityGraph.Node> node = id == null ? Optional.empty() : vm.snapshotProperty().get().graph().node(id);
        setVisible(node.isPresent());
        if (node.isEmpty()) {
            return;
        }
        EntityGraph.Node n = node.get();
        Label title = new Label(n.kind() + "  " + (n.namespace() == null ? "" : n.namespace() + "/") + n.name());
        title.setId("node-details-title");
        title.setStyle("-fx-font-weight: bold;");
        title.setWrapText(true);
        Button close = new Button("×");
        close.setId("node-details-close");
        close.setFocusTraversable(false);
        close.setOnAction(e -> vm.selectNode(null));
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox head = new HBox(6, title, close);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(head);
        List<AlertRow> alerts = vm.snapshotProperty().get().alerts().rows().stream()
                .filter(r -> r.entityValue() != null && MentionMatcher.mentions(r.entityValue(), n.name())).toList();
        Label a = new Label(alerts.isEmpty() ? "no alerts on it" : "alerts: " + String.join(", ",
                alerts.stream().map(r -> r.name() + (r.severity() == null ? "" : " (" + r.severity() + ")")).distinct()
                        .toList()));
        a.setId("node-details-alerts");
        a.setWrapText(true);
        getChildren().add(a);
        NodeFacts facts = NodeFacts.of(id, vm.snapshotProperty().get().graph(), vm.shownGraphProperty().get(),
                vm.snapshotProperty().get().objects(), vm.snapshotProperty().get().events());
        Label objects = new Label(facts.objects().isEmpty() ? "no Kubernetes objects in the snapshot"
                : "objects: " + String.join("; ", facts.objects()));
        objects.setId("node-details-objects");
        objects.setWrapText(true);
        getChildren().add(objects);
        vm.snapshotProperty().get().trafficOf(n.name()).ifPresent(t -> getChildren().add(sparkline(t)));
        List<String> ev = facts.events();
        int from = Math.max(0, ev.size() - MAX_EVENTS);
        Label events = new Label(ev.isEmpty() ? "no Kubernetes events about it"
                : "events" + (from > 0 ? " (last " + MAX_EVENTS + " of " + ev.size() + ")" : "") + ":\n  "
                        + String.join("\n  ", ev.subList(from, ev.size())));
        events.setId("node-details-events");
        events.setWrapText(true);
        getChildren().add(events);
        List<Integer> turns = List.copyOf(vm.selectedEntityTurns());
        FlowPane links = new FlowPane(2, 0);
        links.setId("node-details-turns");
        if (turns.isEmpty()) {
            links.getChildren().add(new Label("touched in no turn"));
        } else {
            links.getChildren().add(new Label("touched in turns:"));
            for (int t : turns.subList(0, Math.min(40, turns.size()))) {
                Hyperlink h = new Hyperlink(String.valueOf(t + 1));
                h.getStyleClass().add("turn-link");
                h.setOnAction(e -> vm.goTo(t));
                links.getChildren().add(h);
            }
            if (turns.size() > 40) {
                links.getChildren().add(new Label("… " + (turns.size() - 40) + " more"));
            }
        }
        getChildren().add(links);
    }

    /** Requests (grey) and errors (red) per metric sample of the node's service, on one shared scale. */
    private static VBox sparkline(ServiceTraffic t) {
        double w = 240;
        double h = 34;
        Canvas c = new Canvas(w, h);
        GraphicsContext g = c.getGraphicsContext2D();
        double peak = Math.max(1, t.peakRequests());
        int n = t.requests().length;
        plot(g, t.requests(), peak, w, h, Color.GRAY);
        plot(g, t.errors(), peak, w, h, Color.CRIMSON);
        Label caption = new Label(String.format(java.util.Locale.ROOT, "requests (grey) and errors (red) per sample,"
                + " %d samples; peak %.0f, %.0f errors in all", n, t.peakRequests(), t.totalErrors()));
        caption.setWrapText(true);
        VBox box = new VBox(1, c, caption);
        box.setId("node-details-metrics");
        return box;
    }

    private static void plot(GraphicsContext g, double[] values, double peak, double w, double h, Color color) {
        int n = values.length;
        if (n == 0) {
            return;
        }
        g.setStroke(color);
        g.setLineWidth(1.2);
        g.beginPath();
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? w / 2 : i * (w - 2) / (n - 1) + 1;
            double y = h - 1 - Math.min(1, values[i] / peak) * (h - 2);
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
    }

    public void dispose() {
        subs.releaseAll();
    }
}
