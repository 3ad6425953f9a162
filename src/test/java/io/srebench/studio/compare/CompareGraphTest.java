package io.srebench.studio.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.store.SqliteStore;
import io.srebench.studio.app.BackgroundExecutor;
import io.srebench.studio.kit.RunViewFixture;
import io.srebench.studio.kit.topology.EntityGraph;
import io.srebench.studio.kit.topology.ShownGraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison's topology marks: who touched what so far, following the step; submissions; revealed root causes. */
class CompareGraphTest {
    private static final String FRONTEND = "otel-demo/Service/frontend";
    private static final String PAYMENT_POD = "otel-demo/Pod/payment-5d8f7c9b4-abcde";

    @TempDir
    Path dir;
    @AutoClose
    private SqliteStore store;
    private long[] ids;

    @BeforeEach
    void setUp() throws Exception {
        store = SqliteStore.open(dir.resolve("s.db"));
        ids = CompareFixture.fill(store);
    }

    private CompareViewModel vm() throws Exception {
        Path snap = RunViewFixture.writeSnapshot(dir.resolve("snap"));
        CompareViewModel vm = new CompareViewModel(RunViewFixture.context(store, snap, BackgroundExecutor.direct(),
                new RunViewFixture.ManualTicker(), new AtomicInteger()), store, ids[0], ids[1]);
        vm.load();
        return vm;
    }

    private static String touched(CompareGraph g, String entity) {
        return g.markOf(entity).touchedBy();
    }

    @Test
    void touchedSetsSoFarFollowTheStepInTwoColours() throws Exception {
        CompareViewModel vm = vm();
        CompareGraph g = vm.topology();
        assertFalse(g.graphProperty().get().isEmpty());
        assertEquals("", g.noteProperty().get());
        assertFalse(g.layoutProperty().get().nodes().isEmpty(), "the drawing is laid out");
        assertEquals(g.shownGraphProperty().get().graph().nodes().size(), g.layoutProperty().get().nodes().size());
        // step 1: neither run has named an entity yet
        assertEquals("none", touched(g, CompareFixture.CHECKOUT));
        assertEquals("none", touched(g, CompareFixture.CART));
        vm.next();
        assertEquals("a", touched(g, CompareFixture.CHECKOUT), "A reads the checkout alert at turn 2");
        assertEquals("a", touched(g, FRONTEND));
        assertEquals("b", touched(g, CompareFixture.CART), "B greps cart at turn 2");
        assertEquals("none", touched(g, CompareFixture.PAYMENT));
        vm.next();
        assertEquals("both", touched(g, CompareFixture.CHECKOUT), "B greps checkout at turn 3");
        assertEquals("a", touched(g, CompareFixture.PAYMENT));
        assertEquals(List.of("cmp-touched-both", "cmp-submitted-a", "cmp-submitted-b"),
                g.markOf(CompareFixture.CHECKOUT).styleClasses());
        vm.previous();
        assertEquals("a", touched(g, CompareFixture.CHECKOUT), "stepping back forgets B's later touch");
    }

    @Test
    void submissionsAreMarkedPerRunAndRootCausesOnlyOnceRevealed() throws Exception {
        CompareViewModel vm = vm();
        CompareGraph g = vm.topology();
        CompareMark payment = g.markOf(CompareFixture.PAYMENT);
        assertTrue(payment.submittedA());
        assertFalse(payment.submittedB());
        assertFalse(payment.rootCause());
        CompareMark cart = g.markOf(CompareFixture.CART);
        assertFalse(cart.submittedA());
        assertTrue(cart.submittedB());
        vm.revealGroundTruthProperty().set(true);
        assertTrue(g.markOf(CompareFixture.PAYMENT).rootCause());
        assertFalse(g.markOf(CompareFixture.CHECKOUT).rootCause());
        vm.revealGroundTruthProperty().set(false);
        assertFalse(g.markOf(CompareFixture.PAYMENT).rootCause());
    }

    @Test
    void applicationLevelFoldsPodsAndTheDrawingDoesNotChangeWithTheStep() throws Exception {
        CompareViewModel vm = vm();
        CompareGraph g = vm.topology();
        ShownGraph app = g.shownGraphProperty().get();
        String deployment = EntityGraph.key("Deployment", "otel-demo", "payment");
        assertEquals(deployment, app.shownId(EntityGraph.key("Pod", "otel-demo", "payment-5d8f7c9b4-abcde")));
        vm.last();
        assertTrue(app == g.shownGraphProperty().get() || app.equals(g.shownGraphProperty().get()),
                "stepping restyles only");
        assertTrue(g.marksProperty().get().get(deployment).touchedA(), "the pod A grepped marks its Deployment");
        g.showPodsProperty().set(true);
        ShownGraph full = g.shownGraphProperty().get();
        assertEquals(g.graphProperty().get().nodes().size(), full.graph().nodes().size());
        assertEquals(full.graph().nodes().size(), g.layoutProperty().get().nodes().size(), "laid out again");
        assertEquals("a", touched(g, PAYMENT_POD));
    }

    @Test
    void aGapInTheAlignmentKeepsTheRunsLastTurn() throws Exception {
        CompareViewModel vm = vm();
        vm.modeProperty().set(AlignMode.BY_FIRST_TOUCH);
        vm.goTo(1);
        assertEquals(AlignedRow.of(null, 1), vm.currentRow());
        CompareGraph g = vm.topology();
        assertEquals("b", touched(g, CompareFixture.CART));
        assertEquals("none", touched(g, CompareFixture.CHECKOUT), "A is still at its first turn");
        vm.last();
        assertEquals("both", touched(g, CompareFixture.CHECKOUT));
    }

    @Test
    void marksMergeIntoTheNodeThatShowsThem() {
        EntityGraph graph = new EntityGraph(List.of(new EntityGraph.Node("d", "Deployment", "x", "ns"),
                new EntityGraph.Node("p", "Pod", "x-1", "ns")), List.of(new EntityGraph.Edge("d", "p", "owns")));
        Map<String, CompareMark> marks = CompareMark.compute(graph, Map.of("ns/pod/x-1", 3), 3, Map.of("ns/deployment/x", 1),
                0, Set.of(), Set.of("p"), null);
        assertEquals("a", marks.get("p").touchedBy());
        assertEquals("none", marks.get("d").touchedBy(), "B touches it at turn 2, after its turn so far (1)");
        ShownGraph shown = ShownGraph.application(graph, Set.of("p"));
        CompareMark merged = CompareMark.shown(marks, shown).get("d");
        assertEquals(new CompareMark(true, false, false, true, false), merged);
        assertEquals(List.of("cmp-touched-a", "cmp-submitted-b"), merged.styleClasses());
        assertEquals(Set.of("p"), CompareMark.notable(marks));
    }
}
