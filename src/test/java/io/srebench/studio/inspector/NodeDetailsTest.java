package io.srebench.studio.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.studio.kit.OpenedInspector;
import io.srebench.studio.kit.RunViewFixture;
import io.srebench.studio.Shots;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 13, item 6: clicking a topology node opens its details: alerts on it and the turns that touched it. */
@ExtendWith(ApplicationExtension.class)
class NodeDetailsTest {
    @AutoClose
    private OpenedInspector fixture;
    private InspectorView view;

    @Start
    void start(Stage stage) throws Exception {
        fixture = OpenedInspector.create("node-details");
        view = fixture.open(RunViewFixture.fillRun(fixture.store()));
        OpenedInspector.show(stage, view);
    }

    @Test
    void clickingANodeShowsItsAlertsAndTouchingTurns(FxRobot robot) throws Exception {
        fixture.settle();
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
