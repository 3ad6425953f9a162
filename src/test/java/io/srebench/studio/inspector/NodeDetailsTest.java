package io.srebench.studio.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.studio.kit.RunViewFixture;
import io.srebench.studio.kit.Ticker;
import io.srebench.store.SqliteStore;
import io.srebench.studio.Shots;
import io.srebench.studio.app.FxBackgroundExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 13, item 6: clicking a topology node opens its details: alerts on it and the turns that touched it. */
@ExtendWith(ApplicationExtension.class)
class NodeDetailsTest {
    private SqliteStore store;
    private FxBackgroundExecutor executor;
    private InspectorView view;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("node-details");
        Path snap = RunViewFixture.writeSnapshot(dir.resolve("snap"));
        store = SqliteStore.open(dir.resolve("s.db"));
        long id = RunViewFixture.fillRun(store);
        executor = new FxBackgroundExecutor(2);
        view = InspectorView.open(RunViewFixture.context(store, snap, executor, Ticker.fx(), new AtomicInteger()), id);
        stage.setScene(new Scene(view, 1260, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        executor.close();
        store.close();
    }

    @Test
    void clickingANodeShowsItsAlertsAndTouchingTurns(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.isSettled());
        WaitForAsyncUtils.waitForFxEvents();
        Node details = robot.lookup("#node-details").query();
        assertFalse(details.isVisible(), "nothing selected yet");
        String shown = view.viewModel().shownGraphProperty().get().shownId(RunViewFixture.SERVICE_CHECKOUT);
        Group node = view.topologyPane().nodeView(shown);
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(details.isVisible());
        assertTrue(robot.lookup("#node-details-title").queryLabeled().getText().contains("checkout"));
        assertTrue(robot.lookup("#node-details-alerts").queryLabeled().getText().contains("HighRequestErrorRate"));
        List<String> turns = robot.from(details).lookup(".turn-link").queryAllAs(Hyperlink.class).stream()
                .map(Hyperlink::getText).toList();
        assertTrue(turns.containsAll(List.of("2", "4")), turns.toString());
        Shots.take(robot, view, "topology-node-details");
        Hyperlink four = robot.from(details).lookup(".turn-link").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().equals("4")).findFirst().orElseThrow();
        robot.clickOn(four);
        assertEquals(3, view.viewModel().currentProperty().get(), "the link jumps to the turn");
        robot.clickOn("#node-details-close");
        assertFalse(details.isVisible());
    }
}
