package io.srebench.studio.inspector.topology;

import io.srebench.studio.kit.topology.EntityGraph;
import io.srebench.studio.kit.topology.GraphCanvas;
import io.srebench.studio.kit.topology.GraphLayout;
import io.srebench.studio.kit.topology.ShownGraph;
import io.srebench.studio.kit.topology.ZoomPane;
import io.srebench.studio.inspector.InspectorRenderer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Benchmark (test-scope main, issue 13 item 6): how long a 40-node topology takes from "snapshot loaded" to "drawn,
 * fitted and painted" in a 700 x 500 pane on headless Monocle: the ELK layout off the UI thread, then drawing and the
 * initial view on it and the next pulse. Cold (the first layout in the JVM, ELK classes loading) and after {@link
 * GraphLayout#warmUp()} (which the inspector runs beside the snapshot read), plus the zoom the graph opens at and
 * how many nodes are inside the viewport. Prints figures; asserts nothing. Arguments: rounds (10), and
 * {@code warm-first} to run the warm-up before the first layout, as the inspector does.
 */
public final class TopologyBench {
    private static final int NODES = 40;

    private TopologyBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        InspectorRenderer.ensureToolkit(true);
        ShownGraph shown = ShownGraph.application(graph(), Set.of(id(7), id(23), id(31)));
        System.out.printf(Locale.ROOT, "graph: %d shown nodes, %d edges, pane 700x500%n", shown.graph().nodes().size(),
                shown.graph().edges().size());
        GraphCanvas canvas = onFx(() -> {
            GraphCanvas c = new GraphCanvas();
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(c.zoomPane()), 700, 500));
            stage.show();
            return c;
        });
        if (args.length > 1 && args[1].equals("warm-first")) {
            // as in the inspector: ELK warmed up while the snapshot is read, then the first real layout
            System.out.printf(Locale.ROOT, "warm-up first (a 2-node layout, beside the snapshot read): %.0f ms%n",
                    GraphLayout.warmUp() / 1e6);
        }
        long[] cold = readyTime(canvas, shown);
        System.out.printf(Locale.ROOT, "first 40-node layout in the JVM: layout %.0f ms + draw/fit/paint %.0f ms = %.0f ms%n",
                cold[0] / 1e6, cold[1] / 1e6, (cold[0] + cold[1]) / 1e6);
        System.out.printf(Locale.ROOT, "warm-up (a 2-node layout): %.0f ms%n", GraphLayout.warmUp() / 1e6);
        long[] layout = new long[rounds];
        long[] draw = new long[rounds];
        long[] total = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long[] r = readyTime(canvas, shown);
            layout[i] = r[0];
            draw[i] = r[1];
            total[i] = r[0] + r[1];
        }
        System.out.printf(Locale.ROOT, "warm, median of %d: layout %.0f ms + draw/fit/paint %.0f ms = %.0f ms (max %.0f ms)%n",
                rounds, median(layout) / 1e6, median(draw) / 1e6, median(total) / 1e6,
                Arrays.stream(total).max().orElse(0) / 1e6);
        double[] view = onFx(() -> {
            int inside = 0;
            Bounds vp = canvas.zoomPane().localToScene(canvas.zoomPane().getLayoutBounds());
            for (String id : canvas.nodeIds()) {
                Group g = canvas.nodeView(id);
                Bounds b = g.localToScene(g.getLayoutBounds());
                if (vp.contains(b.getCenterX(), b.getCenterY())) {
                    inside++;
                }
            }
            return new double[] {canvas.zoomPane().zoom(), inside};
        });
        System.out.printf(Locale.ROOT, "opens at zoom %.2f (readable >= %.2f), %d of %d nodes in view, the touched/alert"
                + " ones centred%n", view[0], ZoomPane.READABLE_SCALE, (int) view[1], shown.graph().nodes().size());
        Platform.exit();
    }

    /** Nanoseconds of the layout (background) and of drawing, the initial view and the next pulse (UI thread). */
    private static long[] readyTime(GraphCanvas canvas, ShownGraph shown) throws Exception {
        long t0 = System.nanoTime();
        GraphLayout.Result r = CompletableFuture.supplyAsync(() -> GraphLayout.compute(shown)).get(60, TimeUnit.SECONDS);
        long t1 = System.nanoTime();
        onFx(() -> {
            canvas.draw(shown, r);
            canvas.showInitialView(List.of(shown.focus()));
            return null;
        });
        onFx(() -> null); // the pulse that paints it has run once the next runLater does
        return new long[] {t1 - t0, System.nanoTime() - t1};
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    private static String id(int i) {
        return "Service/otel-demo/" + name(i);
    }

    private static String name(int i) {
        String[] base = {"frontend", "checkout", "payment", "cart", "product-catalog", "recommendation", "shipping",
            "currency", "email", "ad", "quote", "fraud-detection", "accounting", "image-provider"};
        return base[i % base.length] + (i < base.length ? "" : "-" + i);
    }

    /** 40 services in namespace otel-demo, each calling two or three later ones (a layered call graph). */
    private static EntityGraph graph() {
        List<EntityGraph.Node> nodes = new ArrayList<>();
        List<EntityGraph.Edge> edges = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            nodes.add(new EntityGraph.Node(id(i), "Service", name(i), "otel-demo"));
        }
        for (int i = 0; i < NODES; i++) {
            for (int k : new int[] {2 * i + 1, 2 * i + 2, i + 7}) {
                if (k < NODES && (k != i + 7 || i % 3 == 0)) {
                    edges.add(new EntityGraph.Edge(id(i), id(k), "calls"));
                }
            }
        }
        return new EntityGraph(nodes, edges);
    }

    private static double median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
