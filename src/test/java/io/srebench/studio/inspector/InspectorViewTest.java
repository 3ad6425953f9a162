package io.srebench.studio.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.store.SqliteStore;
import io.srebench.studio.app.FxBackgroundExecutor;
import io.srebench.studio.inspector.topology.ZoomPane;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class InspectorViewTest {
    private SqliteStore store;
    private FxBackgroundExecutor executor;
    private InspectorView view;
    private final AtomicInteger truthCalls = new AtomicInteger();

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("inspector-view");
        Path snap = InspectorFixture.writeSnapshot(dir.resolve("snap"));
        store = SqliteStore.open(dir.resolve("s.db"));
        long id = InspectorFixture.fillRun(store);
        executor = new FxBackgroundExecutor(2);
        view = InspectorView.open(InspectorFixture.context(store, snap, executor, Ticker.fx(), truthCalls), id);
        stage.setScene(new Scene(view, 1260, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        executor.close();
        store.close();
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.isSettled());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String label(FxRobot robot) {
        return robot.lookup("#turn-label").queryAs(Label.class).getText();
    }

    @Test
    void stepsWithKeysSelectsFromScoringAndRevealsGroundTruth(FxRobot robot) throws Exception {
        settle();
        assertEquals("turn 1 / 5", label(robot));
        robot.interact(view::focusTranscript);
        robot.type(KeyCode.J, KeyCode.J);
        assertEquals("turn 3 / 5", label(robot));
        robot.type(KeyCode.K);
        assertEquals("turn 2 / 5", label(robot));
        robot.press(KeyCode.SHIFT).type(KeyCode.G).release(KeyCode.SHIFT);
        assertEquals("turn 5 / 5", label(robot));
        robot.type(KeyCode.G);
        assertEquals("turn 1 / 5", label(robot));

        Hyperlink payment = robot.lookup(".score-entity").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().equals("otel-demo/Deployment/payment")).findFirst().orElseThrow();
        robot.clickOn(payment);
        settle();
        assertEquals(InspectorFixture.DEPLOY_PAYMENT, view.viewModel().selectedNodeProperty().get());
        assertTrue(view.topologyPane().styleOf(InspectorFixture.DEPLOY_PAYMENT).contains("node-selected"));
        assertEquals("turn 3 / 5", label(robot), "clicking the entity jumps to the first turn naming it");
        assertTrue(view.topologyPane().styleOf(InspectorFixture.POD_PAYMENT).isEmpty(), "pods are folded by default");
        assertTrue(view.topologyPane().styleOf(InspectorFixture.DEPLOY_PAYMENT).contains("node-touched"));
        assertTrue(view.topologyPane().zoomPane().zoom() >= ZoomPane.READABLE_SCALE, "the first view stays readable");
        robot.clickOn("#show-pods");
        settle();
        assertTrue(view.topologyPane().styleOf(InspectorFixture.POD_PAYMENT).contains("node-touched"));
        assertTrue(view.topologyPane().styleOf(InspectorFixture.DEPLOY_PAYMENT).contains("node-selected"));
        robot.clickOn("#show-pods");
        settle();
        assertTrue(view.topologyPane().styleOf(InspectorFixture.POD_PAYMENT).isEmpty());

        assertFalse(view.topologyPane().styleOf(InspectorFixture.DEPLOY_PAYMENT).contains("node-root-cause"));
        robot.clickOn("#reveal-truth");
        settle();
        assertTrue(view.topologyPane().styleOf(InspectorFixture.DEPLOY_PAYMENT).contains("node-root-cause"));
        assertEquals(1, truthCalls.get());
        robot.clickOn("#reveal-truth");
        settle();
        assertFalse(view.topologyPane().styleOf(InspectorFixture.DEPLOY_PAYMENT).contains("node-root-cause"));
    }

    @Test
    void searchHelpAndDispose(FxRobot robot) throws Exception {
        settle();
        robot.interact(view::focusTranscript);
        robot.type(KeyCode.SLASH);
        assertTrue(robot.lookup("#search-field").query().isFocused());
        robot.write("needle").type(KeyCode.ENTER);
        settle();
        assertEquals("turn 4 / 5", label(robot));
        assertEquals("match 1 / 1", robot.lookup("#match-label").queryAs(Label.class).getText());
        String selected = robot.lookup("#transcript-area").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class)
                .getSelectedText();
        assertEquals("needle", selected, "the match is selected in the transcript");
        robot.type(KeyCode.J);
        assertEquals("turn 5 / 5", label(robot), "after Enter the keys step again");
        robot.press(KeyCode.SHIFT).type(KeyCode.SLASH).release(KeyCode.SHIFT);
        assertTrue(view.isHelpVisible());
        robot.type(KeyCode.ESCAPE);
        assertFalse(view.isHelpVisible());
        robot.interact(view::dispose);
        robot.interact(() -> view.viewModel().goTo(0));
        assertEquals("turn 5 / 5", label(robot), "a disposed view no longer follows its view-model");
    }
}
