package io.srebench.studio.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.run.Annotation;
import io.srebench.run.AnnotationLabel;
import io.srebench.run.RunDetail;
import io.srebench.store.SqliteStore;
import io.srebench.studio.app.BackgroundExecutor;
import io.srebench.studio.kit.RunViewFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareViewModelTest {
    @TempDir
    Path dir;
    @AutoClose
    private SqliteStore store;
    private long[] ids;
    private final AtomicInteger truthCalls = new AtomicInteger();

    @BeforeEach
    void setUp() throws Exception {
        store = SqliteStore.open(dir.resolve("s.db"));
        ids = CompareFixture.fill(store);
    }

    private CompareViewModel vm(long a, long b) throws Exception {
        Path snap = RunViewFixture.writeSnapshot(dir.resolve("snap"));
        CompareViewModel vm = new CompareViewModel(RunViewFixture.context(store, snap, BackgroundExecutor.direct(),
                new RunViewFixture.ManualTicker(), truthCalls), store, a, b);
        vm.load();
        return vm;
    }

    @Test
    void byTurnPairsTurnNumbersAndStepsBothTogether() throws Exception {
        CompareViewModel vm = vm(ids[0], ids[1]);
        assertTrue(vm.loadedProperty().get());
        assertEquals("", vm.errorProperty().get());
        assertEquals(5, vm.rows().size(), "A has 5 turns, B 4");
        assertEquals(AlignedRow.of(0, 0), vm.rows().get(0));
        assertEquals(AlignedRow.of(4, null), vm.rows().get(4));
        assertEquals(0, vm.currentProperty().get());
        vm.next();
        vm.next();
        assertEquals(AlignedRow.of(2, 2), vm.currentRow());
        assertEquals("step 3 / 5  ·  A turn 3/5  ·  B turn 3/4", vm.stepLabelProperty().get());
        vm.last();
        assertEquals("step 5 / 5  ·  A turn 5/5  ·  B —", vm.stepLabelProperty().get());
        vm.goTo(99);
        assertEquals(4, vm.currentProperty().get());
    }

    @Test
    void firstTouchTurnsOfFalsePositivesAndEntities() throws Exception {
        CompareViewModel vm = vm(ids[0], ids[1]);
        assertEquals(1, vm.firstTouch(true, CompareFixture.CHECKOUT), "A reads the checkout alert at turn 2");
        assertEquals(2, vm.firstTouch(false, CompareFixture.CHECKOUT), "B greps checkout at turn 3");
        assertEquals(1, vm.firstTouch(false, CompareFixture.CART));
        assertNull(vm.firstTouch(true, CompareFixture.CART), "A never names cart");
        assertEquals(List.of(CompareFixture.CHECKOUT), vm.sideAProperty().get().falsePositives());
        assertEquals(List.of(CompareFixture.CART, CompareFixture.CHECKOUT), vm.sideBProperty().get().falsePositives());
        EntityRow cart = vm.entities().stream().filter(r -> r.entity().equalsIgnoreCase(CompareFixture.CART)).findFirst()
                .orElseThrow();
        assertEquals("b", cart.touchedBy());
        assertEquals("false_positive", cart.outcomeB());
        assertNull(cart.outcomeA());
        EntityRow checkout = vm.entities().stream().filter(r -> r.entity().equalsIgnoreCase(CompareFixture.CHECKOUT))
                .findFirst().orElseThrow();
        assertEquals("both", checkout.touchedBy());
        assertTrue(vm.entities().stream().anyMatch(r -> r.entity().equals("otel-demo/Service/frontend")),
                "the topology's entities are listed too");
    }

    @Test
    void rootCausesOnlyOnceRevealed() throws Exception {
        CompareViewModel vm = vm(ids[0], ids[1]);
        assertEquals(List.of(), vm.rootCauses());
        assertEquals(0, truthCalls.get(), "the ground truth is not even loaded before it is revealed");
        assertFalse(vm.entities().stream().anyMatch(EntityRow::rootCause));
        vm.revealGroundTruthProperty().set(true);
        assertEquals(List.of(CompareFixture.PAYMENT), vm.rootCauses());
        assertEquals(2, vm.firstTouch(true, CompareFixture.PAYMENT), "A greps payment at turn 3");
        assertNull(vm.firstTouch(false, CompareFixture.PAYMENT), "B never looked at payment");
        EntityRow p = vm.entities().stream().filter(EntityRow::rootCause).findFirst().orElseThrow();
        assertEquals(CompareFixture.PAYMENT, p.entity());
        assertEquals("missed", p.outcomeB());
        assertEquals("hit", p.outcomeA());
    }

    @Test
    void byFirstTouchAnchorsTheTurnsWhereBothFirstTouchAnEntity() throws Exception {
        CompareViewModel vm = vm(ids[0], ids[1]);
        vm.goTo(2);
        vm.modeProperty().set(AlignMode.BY_FIRST_TOUCH);
        List<AlignedRow> rows = List.copyOf(vm.rows());
        AlignedRow anchor = rows.stream().filter(r -> r.anchors().contains("otel-demo/service/checkout")).findFirst()
                .orElseThrow();
        assertEquals(1, anchor.a());
        assertEquals(2, anchor.b());
        assertEquals(AlignedRow.of(0, 0), rows.get(0));
        assertEquals(AlignedRow.of(null, 1), rows.get(1), "B's extra turn before the anchor faces a gap");
        assertEquals(List.of(0, 1, 2, 3, 4), rows.stream().map(AlignedRow::a).filter(x -> x != null).toList());
        assertEquals(List.of(0, 1, 2, 3), rows.stream().map(AlignedRow::b).filter(x -> x != null).toList());
        assertEquals(2, vm.currentRow().a(), "switching the alignment stays on the same turn of run A");
        vm.modeProperty().set(AlignMode.BY_TURN);
        assertEquals(5, vm.rows().size());
    }

    @Test
    void alignmentByFirstTouchNeverCrossesAnchors() {
        List<AlignedRow> rows = Alignment.byFirstTouch(6, 6, Map.of("x", 1, "y", 4, "z", 2), Map.of("x", 3, "y", 1, "z", 4));
        // x (1,3) is kept; y (4,1) would cross it and is dropped; z (2,4) moves forward in both
        assertEquals(List.of(AlignedRow.of(0, 0), AlignedRow.of(null, 1), AlignedRow.of(null, 2),
                new AlignedRow(1, 3, List.of("x")), new AlignedRow(2, 4, List.of("z")), AlignedRow.of(3, 5),
                AlignedRow.of(4, null), AlignedRow.of(5, null)), rows);
        assertEquals(List.of(AlignedRow.of(0, 0), AlignedRow.of(1, null)), Alignment.byTurn(2, 1));
    }

    @Test
    void twoDifferentTasksAreRefused() throws Exception {
        long other = CompareFixture.otherTask(store);
        CompareViewModel vm = vm(ids[0], other);
        assertFalse(vm.loadedProperty().get());
        assertTrue(vm.errorProperty().get().contains("cannot compare run " + ids[0] + " (task fixture-1) with run " + other
                + " (task other-task)"), vm.errorProperty().get());
        assertTrue(vm.rows().isEmpty());
        CompareViewModel missing = vm(ids[0], 999);
        assertTrue(missing.errorProperty().get().contains("no run 999"), missing.errorProperty().get());
    }

    @Test
    void annotationsAreSavedEditedAndLeaveTheScoreAlone() throws Exception {
        CompareViewModel vm = vm(ids[0], ids[1]);
        RunDetail before = store.detail(ids[1]).orElseThrow();
        vm.annotations(false).save(CompareFixture.CART, AnnotationLabel.CO_OCCURRING_SYMPTOM, 3, " redis noise ");
        List<Annotation> saved = store.annotations(ids[1]);
        assertEquals(1, saved.size());
        assertEquals(AnnotationLabel.CO_OCCURRING_SYMPTOM, saved.get(0).label());
        assertNull(saved.get(0).turn(), "a false-positive label carries no turn");
        assertEquals("redis noise", saved.get(0).note());
        vm.annotations(false).save(CompareFixture.CART, AnnotationLabel.UNRELATED, null, "edited");
        assertEquals(1, store.annotations(ids[1]).size(), "editing updates the same annotation");
        assertEquals(AnnotationLabel.UNRELATED, vm.annotations(false).of(CompareFixture.CART).label());
        vm.annotations(false).save(CompareFixture.PAYMENT, AnnotationLabel.LOOKED_AT_AND_DISMISSED, 2, "");
        assertEquals(2, store.annotations(ids[1]).stream().filter(a -> a.entity().equals(CompareFixture.PAYMENT))
                .findFirst().orElseThrow().turn());
        RunDetail after = store.detail(ids[1]).orElseThrow();
        assertEquals(before.summary().score(), after.summary().score());
        assertEquals(before.scores(), after.scores());
        assertEquals(before.submissionJson(), after.submissionJson());
        assertTrue(store.annotations(ids[0]).isEmpty());
    }
}
