package io.srebench.studio.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.studio.kit.OpenedInspector;
import io.srebench.studio.kit.RunViewFixture;
import io.srebench.studio.kit.topology.ZoomPane;
import io.srebench.studio.app.SplitMemory;
import io.srebench.studio.app.StudioSettings;
import io.srebench.studio.app.Subscriptions;
import io.srebench.studio.inspector.scoring.ScoringPane;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class InspectorViewTest {
    @AutoClose
    private OpenedInspector fixture;
    private InspectorView view;

    @Start
    void start(Stage stage) throws Exception {
        fixture = OpenedInspector.create("inspector-view");
        view = fixture.open(RunViewFixture.fillRun(fixture.store()));
        OpenedInspector.show(stage, view);
    }

    private void settle() throws Exception {
        fixture.settle();
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
        assertEquals(RunViewFixture.DEPLOY_PAYMENT, view.viewModel().selectedNodeProperty().get());
        assertTrue(view.topologyPane().styleOf(RunViewFixture.DEPLOY_PAYMENT).contains("node-selected"));
        assertEquals("turn 3 / 5", label(robot), "clicking the entity jumps to the first turn naming it");
        assertTrue(view.topologyPane().styleOf(RunViewFixture.POD_PAYMENT).isEmpty(), "pods are folded by default");
        assertTrue(view.topologyPane().styleOf(RunViewFixture.DEPLOY_PAYMENT).contains("node-touched"));
        assertTrue(view.topologyPane().zoomPane().zoom() >= ZoomPane.READABLE_SCALE, "the first view stays readable");
        robot.clickOn("#show-pods");
        settle();
        assertTrue(view.topologyPane().styleOf(RunViewFixture.POD_PAYMENT).contains("node-touched"));
        assertTrue(view.topologyPane().styleOf(RunViewFixture.DEPLOY_PAYMENT).contains("node-selected"));
        robot.clickOn("#show-pods");
        settle();
        assertTrue(view.topologyPane().styleOf(RunViewFixture.POD_PAYMENT).isEmpty());

        assertFalse(view.topologyPane().styleOf(RunViewFixture.DEPLOY_PAYMENT).contains("node-root-cause"));
        robot.clickOn("#reveal-truth");
        settle();
        assertTrue(view.topologyPane().styleOf(RunViewFixture.DEPLOY_PAYMENT).contains("node-root-cause"));
        assertEquals(1, fixture.truthCalls().get());
        robot.clickOn("#reveal-truth");
        settle();
        assertFalse(view.topologyPane().styleOf(RunViewFixture.DEPLOY_PAYMENT).contains("node-root-cause"));
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

    @Test
    void scoringFiguresStayReadableEvenWithAStaleRememberedSplit(FxRobot robot) throws Exception {
        settle();
        StudioSettings settings = StudioSettings.inMemory();
        // left by someone on a wide screen with the scoring pane dragged almost shut
        settings.setDivider("inspector.2", 0.97);
        Subscriptions subs = new Subscriptions();
        // the headless (Monocle) screen is 1280 px wide: a wider window overflows its frame buffer
        for (double width : new double[] {1100, 1280}) {
            robot.interact(() -> {
                view.getScene().getWindow().setWidth(width);
                SplitMemory.bind(view.mainSplit(), "inspector", settings, subs);
                view.getScene().getRoot().layout();
                view.mainSplit().layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
            ScoringPane pane = view.scoringPane();
            assertTrue(pane.getWidth() >= pane.minWidth(-1) - 1, width + ": scoring pane " + pane.getWidth() + " < min "
                    + pane.minWidth(-1));
            assertTrue(pane.minWidth(-1) >= ScoringPane.MIN_WIDTH);
            GridPane figures = robot.lookup("#score-figures").queryAs(GridPane.class);
            for (String id : List.of("#score-value", "#score-recall", "#score-precision")) {
                Label l = robot.from(figures).lookup(id).queryAs(Label.class);
                assertTrue(l.getWidth() >= l.prefWidth(-1) - 0.5, width + ": " + id + " cut: " + l.getText());
                assertTrue(l.localToScene(l.getLayoutBounds()).getMaxX() <= view.getScene().getWidth(), id + " off screen");
            }
            for (Node n : figures.getChildren()) {
                if (n instanceof Label l) {
                    assertTrue(l.getWidth() >= l.prefWidth(-1) - 0.5, width + ": label cut: " + l.getText());
                }
            }
        }
        robot.interact(subs::releaseAll);
    }

    @Test
    void narrowAlertsPaneKeepsNamesReadableAndAWideOneShowsEveryColumn(FxRobot robot) throws Exception {
        settle();
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<Object> table = robot.lookup("#alerts-table")
                .queryAs(javafx.scene.control.TableView.class);
        assertTrue(table.getWidth() < 420, "default layout gives the alerts a narrow pane: " + table.getWidth());
        List<String> shown = table.getVisibleLeafColumns().stream().map(c -> c.getText()).toList();
        assertEquals(List.of("", "Alert", "Entity"), shown);
        robot.interact(() -> view.mainSplit().setDividerPositions(0.45, 0.6, 0.8));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.getScene().getRoot().layout());
        assertTrue(table.getWidth() >= 420, "widened: " + table.getWidth());
        assertEquals(List.of("", "Alert", "Entity", "Severity", "Active since"),
                table.getVisibleLeafColumns().stream().map(c -> c.getText()).toList());
    }
}
