package io.srebench.studio.kit.topology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.BoundingBox;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * Draws a laid-out {@link ShownGraph} with shapes in a {@link ZoomPane}: one {@link Group} per node (style class
 * {@code topo-node}, user data the shown node id; a box, a kind line and a name) and one polyline with an arrow head
 * per edge. What a node looks like is given from outside as a {@link NodeLook} (style classes plus small badges over
 * its top-right corner), so the inspector and the comparison share the drawing while marking nodes differently.
 * The style sheet defining the classes is the caller's. UI thread only.
 */
public final class GraphCanvas {
    private final ZoomPane zoom = new ZoomPane();
    private final Map<String, Group> nodes = new HashMap<>();
    private final Map<String, Group> badges = new HashMap<>();
    private Consumer<String> onNodeClicked = id -> { };

    /**
     * How one node is drawn.
     *
     * @param styleClasses added to the node group besides {@code topo-node}
     * @param badges small labels over the box's top-right corner, left to right
     * @param front whether to raise the node above its neighbours
     */
    public record NodeLook(List<String> styleClasses, List<Badge> badges, boolean front) {
        /** A node without marks. */
        public static final NodeLook PLAIN = new NodeLook(List.of(), List.of(), false);

        public NodeLook {
            styleClasses = List.copyOf(styleClasses);
            badges = List.copyOf(badges);
        }
    }

    /** A badge: short text in a pill with style class {@code topo-badge} plus {@code styleClass}. */
    public record Badge(String text, String styleClass) {
    }

    /** The viewport the drawing is in (put it in a layout). */
    public ZoomPane zoomPane() {
        return zoom;
    }

    /** Called with the shown node id when a node is clicked. */
    public void setOnNodeClicked(Consumer<String> action) {
        onNodeClicked = action == null ? id -> { } : action;
    }

    /** Replaces the drawing by {@code shown} as laid out by {@code layout} (nodes without a box are skipped). */
    public void draw(ShownGraph shown, GraphLayout.Result layout) {
        Group content = zoom.content();
        content.getChildren().clear();
        nodes.clear();
        badges.clear();
        Group edges = new Group();
        Group boxes = new Group();
        for (GraphLayout.Route r : layout.edges()) {
            edges.getChildren().add(edge(r));
        }
        for (EntityGraph.Node n : shown.graph().nodes()) {
            GraphLayout.Box b = layout.nodes().get(n.id());
            if (b != null) {
                Group g = node(n, shown.kindLabel(n), b);
                nodes.put(n.id(), g);
                boxes.getChildren().add(g);
            }
        }
        content.getChildren().addAll(edges, boxes);
    }

    /** Applies {@code looks} (by shown node id; nodes not in it are plain). */
    public void restyle(Map<String, NodeLook> looks) {
        nodes.forEach((id, g) -> {
            NodeLook look = looks.getOrDefault(id, NodeLook.PLAIN);
            g.getStyleClass().setAll("topo-node");
            g.getStyleClass().addAll(look.styleClasses());
            setBadges(id, g, look.badges());
            if (look.front()) {
                g.toFront();
            }
        });
    }

    private void setBadges(String id, Group node, List<Badge> list) {
        Group old = badges.remove(id);
        if (old != null) {
            node.getChildren().remove(old);
        }
        if (list.isEmpty()) {
            return;
        }
        double width = ((Rectangle) node.getChildren().get(0)).getWidth();
        Group row = new Group();
        double x = 0;
        for (Badge b : list) {
            Text t = new Text(x + 5, 0, b.text());
            t.getStyleClass().addAll("topo-badge-text", b.styleClass());
            double w = Math.max(16, b.text().length() * 6.8 + 10);
            Rectangle pill = new Rectangle(x, -11, w, 15);
            pill.setArcWidth(8);
            pill.setArcHeight(8);
            pill.getStyleClass().addAll("topo-badge", b.styleClass());
            row.getChildren().addAll(pill, t);
            x += w + 3;
        }
        // straddle the top border at the right, so the name line stays readable
        row.setLayoutX(Math.max(4, width - x - 4));
        row.setLayoutY(2);
        row.setMouseTransparent(true);
        badges.put(id, row);
        node.getChildren().add(row);
    }

    /**
     * Shows the whole drawing when readable, else zooms readably on the nodes of the first tier that has a drawn
     * node (see {@link ZoomPane#showReadable}).
     *
     * @param tiers shown node ids, most wanted first
     */
    public void showInitialView(List<? extends Collection<String>> tiers) {
        Bounds focus = null;
        for (Collection<String> ids : tiers) {
            focus = bounds(ids);
            if (focus != null) {
                break;
            }
        }
        zoom.showReadable(focus);
    }

    private Bounds bounds(Collection<String> ids) {
        Bounds focus = null;
        for (String id : ids) {
            Group g = nodes.get(id);
            if (g != null) {
                Bounds b = g.getBoundsInParent();
                focus = focus == null ? b : new BoundingBox(Math.min(focus.getMinX(), b.getMinX()),
                        Math.min(focus.getMinY(), b.getMinY()),
                        Math.max(focus.getMaxX(), b.getMaxX()) - Math.min(focus.getMinX(), b.getMinX()),
                        Math.max(focus.getMaxY(), b.getMaxY()) - Math.min(focus.getMinY(), b.getMinY()));
            }
        }
        return focus;
    }

    /** The drawn group of shown node {@code id}, or null. */
    public Group nodeView(String id) {
        return nodes.get(id);
    }

    /** Ids of the drawn nodes. */
    public List<String> nodeIds() {
        return new ArrayList<>(nodes.keySet());
    }

    /** Style classes of the drawn node {@code id} (empty when not drawn). */
    public List<String> styleOf(String id) {
        Group g = nodes.get(id);
        return g == null ? List.of() : List.copyOf(g.getStyleClass());
    }

    /** Texts of the badges on node {@code id}, left to right (empty when none or not drawn). */
    public List<String> badgesOf(String id) {
        Group row = badges.get(id);
        List<String> out = new ArrayList<>();
        if (row != null) {
            row.getChildren().stream().filter(n -> n instanceof Text).forEach(n -> out.add(((Text) n).getText()));
        }
        return out;
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
            onNodeClicked.accept(n.id());
            e.consume();
        });
        Tooltip.install(g, new Tooltip(n.ref().toString()));
        return g;
    }
}
