package io.srebench.studio.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.run.Annotation;
import io.srebench.run.AnnotationLabel;
import io.srebench.run.RunDetail;
import io.srebench.store.SqliteStore;
import io.srebench.studio.app.FxBackgroundExecutor;
import io.srebench.studio.kit.RunViewFixture;
import io.srebench.studio.kit.Ticker;
import io.srebench.studio.kit.scoring.AnnotationEditor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CompareViewTest {
    private static final String CHECKOUT_NODE = "Deployment/otel-demo/checkout";
    private static final String CART_NODE = "Service/otel-demo/cart";
    private static final String PAYMENT_NODE = "Deployment/otel-demo/payment";
    private static final String PAYMENT_POD_NODE = "Pod/otel-demo/payment-5d8f7c9b4-abcde";
    private SqliteStore store;
    private FxBackgroundExecutor executor;
    private StackPane root;
    private Path snap;
    private long[] ids;
    private CompareView view;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("compare-view");
        snap = RunViewFixture.writeSnapshot(dir.resolve("snap"));
        store = SqliteStore.open(dir.resolve("s.db"));
        ids = CompareFixture.fill(store);
        executor = new FxBackgroundExecutor(2);
        root = new StackPane();
        stage.setScene(new Scene(root, 1260, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        if (view != null) {
            view.dispose();
        }
        executor.close();
        store.close();
    }

    private void open(FxRobot robot, long a, long b) throws Exception {
        robot.interact(() -> {
            CompareViewModel vm = new CompareViewModel(RunViewFixture.context(store, snap, executor, Ticker.fx(),
                    new AtomicInteger()), store, a, b);
            view = new CompareView(vm);
            root.getChildren().setAll(view);
            vm.load();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.isSettled());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String step(FxRobot robot) {
        return robot.lookup("#compare-step").queryAs(Label.class).getText();
    }

    @Test
    void twoRunsSideBySideStepTogether(FxRobot robot) throws Exception {
        open(robot, ids[0], ids[1]);
        assertEquals(5, view.transcript(true).getItems().size());
        assertEquals(5, view.transcript(false).getItems().size());
        assertTrue(step(robot).startsWith("step 1 / 5"), step(robot));
        robot.clickOn("#compare-next");
        robot.clickOn("#compare-next");
        assertEquals(2, view.transcript(true).getSelectionModel().getSelectedIndex());
        assertEquals(2, view.transcript(false).getSelectionModel().getSelectedIndex());
        assertEquals("step 3 / 5  ·  A turn 3/5  ·  B turn 3/4", step(robot));
        robot.clickOn(view.transcript(false));
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.J);
        assertEquals(view.transcript(true).getSelectionModel().getSelectedIndex(),
                view.transcript(false).getSelectionModel().getSelectedIndex(), "both transcripts follow the same step");

        robot.clickOn("#compare-by-touch");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(AlignMode.BY_FIRST_TOUCH, view.viewModel().modeProperty().get());
        assertTrue(view.viewModel().rows().stream().anyMatch(r -> !r.anchors().isEmpty()));
        assertEquals(view.viewModel().rows().size(), view.transcript(false).getItems().size());
        robot.clickOn("#compare-by-turn");
        assertEquals(5, view.transcript(true).getItems().size());

        robot.clickOn("#compare-reveal");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.isSettled()
                && view.entityTableView().getItems().stream().anyMatch(EntityRow::rootCause));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".compare-root-cause").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals(CompareFixture.PAYMENT + " — first touched at turn 3")));
        assertTrue(robot.lookup(".compare-root-cause").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals(CompareFixture.PAYMENT + " — never touched")));
    }

    @Test
    void topologyShowsBothRunsTouchedSetsSoFar(FxRobot robot) throws Exception {
        open(robot, ids[0], ids[1]);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.topologyPane().canvas().nodeView(CHECKOUT_NODE) != null);
        assertEquals("compare-topology-tab", view.middleTabs().getSelectionModel().getSelectedItem().getId(),
                "the graph is the first thing under the transcripts");
        assertTrue(view.topologyPane().canvas().zoomPane().isVisible());
        assertTrue(robot.lookup("#compare-legend-a").queryAs(Label.class).getText().startsWith("A · model (test-model) · rep 1"));
        assertTrue(robot.lookup("#compare-legend-b").queryAs(Label.class).getText().startsWith("B · topology-walk · rep 2"));
        var canvas = view.topologyPane().canvas();
        assertFalse(canvas.styleOf(CHECKOUT_NODE).stream().anyMatch(c -> c.startsWith("cmp-touched")));
        assertEquals(List.of("A", "B"), canvas.badgesOf(CHECKOUT_NODE), "both runs submitted checkout");
        assertEquals(List.of("B"), canvas.badgesOf(CART_NODE));
        robot.clickOn("#compare-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.styleOf(CHECKOUT_NODE).contains("cmp-touched-a"), canvas.styleOf(CHECKOUT_NODE).toString());
        assertTrue(canvas.styleOf(CART_NODE).contains("cmp-touched-b"), canvas.styleOf(CART_NODE).toString());
        robot.clickOn("#compare-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.styleOf(CHECKOUT_NODE).contains("cmp-touched-both"), canvas.styleOf(CHECKOUT_NODE).toString());
        assertTrue(canvas.styleOf(PAYMENT_NODE).contains("cmp-touched-a"));
        assertFalse(canvas.styleOf(PAYMENT_NODE).contains("cmp-root-cause"), "hidden until revealed");
        robot.clickOn("#compare-reveal");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> canvas.styleOf(PAYMENT_NODE).contains("cmp-root-cause"));
        assertEquals(List.of("A", "★"), canvas.badgesOf(PAYMENT_NODE));
        robot.clickOn("#compare-show-pods");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> canvas.nodeView(PAYMENT_POD_NODE) != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.styleOf(PAYMENT_POD_NODE).contains("cmp-touched-a"), canvas.styleOf(PAYMENT_POD_NODE).toString());
    }

    @Test
    void labellingAFalsePositiveStoresItAndLeavesTheScore(FxRobot robot) throws Exception {
        open(robot, ids[0], ids[1]);
        RunDetail before = store.detail(ids[1]).orElseThrow();
        List<AnnotationEditor> editors = view.annotationEditors(false);
        assertEquals(3, editors.size(), "two false positives and one missed root cause in run B");
        AnnotationEditor cart = editors.stream().filter(e -> e.entity().equals(CompareFixture.CART)).findFirst().orElseThrow();
        assertEquals(AnnotationLabel.values().length - 2, cart.labelPicker().getItems().size());
        robot.interact(() -> cart.labelPicker().setValue(AnnotationLabel.CO_OCCURRING_SYMPTOM));
        robot.clickOn(cart.noteField()).write("redis timeouts are a symptom");
        robot.clickOn((Button) cart.lookup(".annotation-save"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !store.annotations(ids[1]).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Annotation a = store.annotations(ids[1]).get(0);
        assertEquals(CompareFixture.CART, a.entity());
        assertEquals(AnnotationLabel.CO_OCCURRING_SYMPTOM, a.label());
        assertEquals("redis timeouts are a symptom", a.note());
        assertEquals(System.getProperty("user.name"), a.author());
        RunDetail after = store.detail(ids[1]).orElseThrow();
        assertEquals(before.scores(), after.scores());
        assertEquals(before.summary().score(), after.summary().score());
        assertTrue(((Label) cart.lookup(".annotation-saved")).getText().startsWith("co-occurring symptom — by "));

        AnnotationEditor missed = editors.stream().filter(e -> e.entity().equals(CompareFixture.PAYMENT)).findFirst()
                .orElseThrow();
        robot.interact(() -> missed.labelPicker().setValue(AnnotationLabel.LOOKED_AT_AND_DISMISSED));
        assertTrue(missed.turnPicker().isVisible(), "a dismissal asks for the turn");
        robot.interact(() -> missed.turnPicker().getValueFactory().setValue(2));
        // below the fold of the side panel at this window size: fire it rather than scroll
        robot.interact(() -> ((Button) missed.lookup(".annotation-save")).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.annotations(ids[1]).size() == 2);
        assertEquals(2, store.annotations(ids[1]).get(1).turn());
    }

    @Test
    void twoTasksAreRefusedWithAMessage(FxRobot robot) throws Exception {
        long other = CompareFixture.otherTask(store);
        open(robot, ids[0], other);
        Label error = robot.lookup("#compare-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("only runs of the same task can be compared"), error.getText());
    }
}
