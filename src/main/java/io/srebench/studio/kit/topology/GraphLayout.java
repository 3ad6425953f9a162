package io.srebench.studio.kit.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a {@link ShownGraph} out with ELK's layered algorithm (left to right, following the edges: callers left of
 * callees, owners left of what they own; orthogonal edges). Pure computation without JavaFX: run it on the
 * background executor. Node sizes are estimated from the label lengths at the pane's fonts (13 px bold name, 11 px
 * kind line; the toolkit's text measurement is not used off the UI thread), generous enough for DejaVu/Inter.
 */
public final class GraphLayout {
    /** Pixels per character of the name line (13 px bold), for the size estimate. */
    public static final double CHAR_WIDTH = 8.2;
    /** Pixels per character of the kind line (11 px). */
    public static final double KIND_CHAR_WIDTH = 6.6;
    /** Node height: two label lines. */
    public static final double NODE_HEIGHT = 42;
    /** Horizontal padding inside a node box, each side. */
    public static final double NODE_PAD = 8;

    private static volatile boolean registered;

    private GraphLayout() {
    }

    /** Where everything went. Coordinates are in graph pixels with the origin at the top left. */
    public record Result(Map<String, Box> nodes, List<Route> edges, double width, double height) {
        public Result {
            nodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
            edges = List.copyOf(edges);
        }

        public static Result empty() {
            return new Result(Map.of(), List.of(), 0, 0);
        }
    }

    /** A node's box. */
    public record Box(double x, double y, double width, double height) {
    }

    /** An edge's polyline, start to end (at least two points). */
    public record Route(EntityGraph.Edge edge, double[] xs, double[] ys) {
    }

    /** The label width estimate for a node with kind line {@code kind}: the wider line plus padding (80 to 360). */
    public static double nodeWidth(EntityGraph.Node n, String kind) {
        double text = Math.max(n.name().length() * CHAR_WIDTH, kind.length() * KIND_CHAR_WIDTH);
        return Math.max(80, Math.min(360, text + 2 * NODE_PAD + 4));
    }

    /** Lays every node and edge of {@code g} out. */
    public static Result compute(EntityGraph g) {
        return compute(ShownGraph.full(g, java.util.Set.of()));
    }

    /** Lays {@code shown} out. */
    public static Result compute(ShownGraph shown) {
        EntityGraph g = shown.graph();
        if (g.isEmpty()) {
            return Result.empty();
        }
        register();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 18.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 56.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
        root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 36.0);
        root.setProperty(CoreOptions.ASPECT_RATIO, 1.4);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(16));
        Map<String, ElkNode> elk = new HashMap<>();
        for (EntityGraph.Node n : g.nodes()) {
            ElkNode e = ElkGraphUtil.createNode(root);
            e.setIdentifier(n.id());
            e.setDimensions(nodeWidth(n, shown.kindLabel(n)), NODE_HEIGHT);
            elk.put(n.id(), e);
        }
        Map<ElkEdge, EntityGraph.Edge> edgeOf = new LinkedHashMap<>();
        for (EntityGraph.Edge e : g.edges()) {
            ElkNode s = elk.get(e.source());
            ElkNode t = elk.get(e.target());
            if (s != null && t != null) {
                edgeOf.put(ElkGraphUtil.createSimpleEdge(s, t), e);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<String, Box> boxes = new LinkedHashMap<>();
        for (EntityGraph.Node n : g.nodes()) {
            ElkNode e = elk.get(n.id());
            boxes.put(n.id(), new Box(e.getX(), e.getY(), e.getWidth(), e.getHeight()));
        }
        List<Route> routes = new ArrayList<>();
        edgeOf.forEach((ee, edge) -> {
            if (ee.getSections().isEmpty()) {
                return;
            }
            ElkEdgeSection s = ee.getSections().get(0);
            int n = s.getBendPoints().size() + 2;
            double[] xs = new double[n];
            double[] ys = new double[n];
            xs[0] = s.getStartX();
            ys[0] = s.getStartY();
            int i = 1;
            for (ElkBendPoint b : s.getBendPoints()) {
                xs[i] = b.getX();
                ys[i++] = b.getY();
            }
            xs[i] = s.getEndX();
            ys[i] = s.getEndY();
            routes.add(new Route(edge, xs, ys));
        });
        return new Result(boxes, routes, root.getWidth(), root.getHeight());
    }

    /**
     * Lays a two-node graph out once, so that ELK's classes are loaded and initialised before the first real layout;
     * call it on the background executor while the snapshot loads. Returns how many nanoseconds it took.
     */
    public static long warmUp() {
        long t0 = System.nanoTime();
        EntityGraph.Node a = new EntityGraph.Node("warm/a", "Service", "a", "warm");
        EntityGraph.Node b = new EntityGraph.Node("warm/b", "Service", "b", "warm");
        compute(new EntityGraph(List.of(a, b), List.of(new EntityGraph.Edge(a.id(), b.id(), "calls"))));
        return System.nanoTime() - t0;
    }

    private static synchronized void register() {
        if (!registered) {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            registered = true;
        }
    }
}
