package io.srebench.studio.inspector.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.studio.kit.topology.ZoomPane;
import io.srebench.studio.Shots;
import io.srebench.studio.kit.OpenedInspector;
import io.srebench.studio.kit.RunViewFixture;
import io.srebench.studio.inspector.InspectorView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13, item 6: the topology is shown only once laid out, at the application level, at a readable zoom; a node's
 * details list the Kubernetes objects it stands for and the events about them, beside its alerts and turns.
 */
@ExtendWith(ApplicationExtension.class)
class TopologyReadyTest {
    private static final String DEPLOYMENT_CHECKOUT = "Deployment/otel-demo/checkout";
    @AutoClose
    private OpenedInspector fixture;
    private InspectorView view;

    @Start
    void start(Stage stage) throws Exception {
        fixture = OpenedInspector.create("topology-ready");
        Path snap = fixture.snapshot();
        Files.writeString(snap.resolve("k8s_events.tsv"), "timestamp\tnamespace\tevent_type\treason\tmessage\t"
                + "event_time\tevent_count\tevent_kind\tobject_kind\tobject_name\tobject_namespace\tsource_component\n"
                + "2025-12-01 21:16:24\totel-demo\tADDED\tUnhealthy\tReadiness probe failed: 503\t2025-12-01 21:16:20\t"
                + "4.0\tWarning\tPod\tcheckout-7c8d9e6f5-fghij\totel-demo\tkubelet\n"
                + "2025-12-01 21:10:00\totel-demo\tADDED\tScalingReplicaSet\tScaled up to 1\t2025-12-01 21:10:00\t"
                + "1\tNormal\tDeployment\tcheckout\totel-demo\tdeployment-controller\n"
                + "2025-12-01 21:16:25\totel-demo\tADDED\tBackOff\trestarting\t2025-12-01 21:16:25\t"
                + "2\tWarning\tPod\tpayment-5d8f7c9b4-abcde\totel-demo\tkubelet\n");
        Files.createDirectories(snap.resolve("metrics"));
        String bucket = "traces_span_metrics_duration_milliseconds_bucket";
        Files.writeString(snap.resolve("metrics/service_checkout_raw.tsv"), "metric_name\ttimestamp\tvalue\tservice_name"
                + "\tnamespace\tbucket_le\ttags\tmetric_type\tstatus_code\n"
                + bucket + "\t2025-12-01 21:10:00\t10\tcheckout\totel-demo\t+Inf\t{}\tduration_p95\t\n"
                + bucket + "\t2025-12-01 21:10:30\t30\tcheckout\totel-demo\t+Inf\t{}\tduration_p95\t\n"
                + "traces_span_metrics_calls_total\t2025-12-01 21:10:30\t6\tcheckout\totel-demo\t\t{}\terror_rate"
                + "\tSTATUS_CODE_ERROR\n");
        view = fixture.open(RunViewFixture.fillRun(fixture.store()));
        OpenedInspector.show(stage, view);
    }

    private void settle() throws Exception {
        fixture.settle();
    }

    @Test
    void shownOnlyOnceLaidOutAtTheApplicationLevelAndReadable(FxRobot robot) throws Exception {
        settle();
        TopologyPane pane = view.topologyPane();
        assertTrue(pane.layoutReady());
        assertTrue(pane.zoomPane().isVisible());
        assertFalse(view.viewModel().showPodsProperty().get(), "services, not pods, by default");
        assertEquals(DEPLOYMENT_CHECKOUT, view.viewModel().shownGraphProperty().get()
                .shownId("Pod/otel-demo/checkout-7c8d9e6f5-fghij"), "a Pod folds into its workload");
        assertTrue(pane.zoomPane().zoom() >= ZoomPane.READABLE_SCALE - 1e-9, "readable: " + pane.zoomPane().zoom());
        // every state the pane passes through while the full graph is laid out again: hidden until laid out
        List<String> seen = new ArrayList<>();
        robot.interact(() -> {
            view.viewModel().showPodsProperty().set(true);
            seen.add(pane.layoutReady() + " " + pane.zoomPane().isVisible() + " " + placeholder(robot));
        });
        String first = seen.get(0);
        assertTrue(first.startsWith("true true") || first.startsWith("false false laying out the topology ("), first);
        settle();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, pane::layoutReady);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pane.zoomPane().isVisible());
        assertFalse(robot.lookup(".pane-note").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().startsWith("laying out")));
        assertFalse(pane.styleOf("Pod/otel-demo/checkout-7c8d9e6f5-fghij").isEmpty(), "pods drawn when asked for");
    }

    private static String placeholder(FxRobot robot) {
        return robot.lookup(".pane-note").queryAllAs(Label.class).stream().filter(Label::isVisible).map(Label::getText)
                .filter(t -> t.startsWith("laying out")).findFirst().orElse("");
    }

    @Test
    void nodeDetailsListObjectsAndEvents(FxRobot robot) throws Exception {
        settle();
        robot.clickOn(view.topologyPane().nodeView(DEPLOYMENT_CHECKOUT));
        WaitForAsyncUtils.waitForFxEvents();
        String objects = robot.lookup("#node-details-objects").queryLabeled().getText();
        assertTrue(objects.contains("Deployment checkout"), objects);
        assertTrue(objects.contains("Service checkout"), objects);
        assertTrue(objects.contains("Pod checkout-7c8d9e6f5-fghij"), objects);
        assertFalse(objects.contains("payment"), objects);
        String events = robot.lookup("#node-details-events").queryLabeled().getText();
        assertTrue(events.contains("21:10:00 Normal ScalingReplicaSet on Deployment checkout: Scaled up to 1"), events);
        assertTrue(events.contains("21:16:20 Warning Unhealthy ×4 on Pod checkout-7c8d9e6f5-fghij: Readiness probe failed"),
                events);
        assertTrue(events.indexOf("ScalingReplicaSet") < events.indexOf("Unhealthy"), "oldest first: " + events);
        assertFalse(events.contains("BackOff"), "payment's events are not checkout's: " + events);
        assertTrue(robot.lookup("#node-details-turns").query().isVisible());
        String metrics = robot.lookup("#node-details-metrics .label").queryLabeled().getText();
        assertTrue(metrics.contains("2 samples; peak 20, 6 errors in all"), metrics);
        Shots.take(robot, view, "topology-node-details-objects-events");
    }

    @Test
    void fitKeepsNamesReadableAndWholeGraphShowsEverything(FxRobot robot) throws Exception {
        settle();
        TopologyPane pane = view.topologyPane();
        ZoomPane zoom = pane.zoomPane();
        robot.interact(() -> zoom.zoomAt(0.05, 0, 0));
        assertTrue(zoom.zoom() < ZoomPane.READABLE_SCALE);
        robot.clickOn("#topology-fit");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(zoom.zoom() >= ZoomPane.READABLE_SCALE - 1e-9, "Fit keeps names readable: " + zoom.zoom());
        robot.clickOn("#topology-whole");
        WaitForAsyncUtils.waitForFxEvents();
        var drawn = zoom.content().localToParent(zoom.content().getLayoutBounds());
        assertTrue(drawn.getMinX() >= -1 && drawn.getMinY() >= -1 && drawn.getMaxX() <= zoom.getWidth() + 1
                && drawn.getMaxY() <= zoom.getHeight() + 1, "whole graph in view: " + drawn);
    }
}
