package io.srebench.studio.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.studio.kit.OpenedInspector;
import io.srebench.studio.kit.RunViewFixture;
import io.srebench.studio.kit.InspectedTurn;
import io.srebench.trajectory.Turn;
import io.srebench.run.NewRun;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.ScoreRecord;
import io.srebench.store.SqliteStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 13, item 2: a root cause with a short name ({@code ad}) is linked to the turns that grep and submit it. */
@ExtendWith(ApplicationExtension.class)
class ShortNameMentionsTest {
    static final String AD = "otel-demo/Service/ad";
    @AutoClose
    private OpenedInspector fixture;
    private InspectorView view;

    static List<Turn> turns() {
        return List.of(
                RunViewFixture.shell(1, "ls", 0, "alerts\n", ""),
                RunViewFixture.shell(2, "grep -i ad otel_logs_raw.tsv | head", 0,
                        "ad-5d8f7c9b4-x2x7k ERROR GetAds failed\n", ""),
                RunViewFixture.shell(3, "grep load k8s_events_raw.tsv", 0, "valkey-cart loaded adservice\n", ""),
                RunViewFixture.submit(4, List.of(AD)));
    }

    @Start
    void start(Stage stage) throws Exception {
        fixture = OpenedInspector.create("short-names");
        SqliteStore store = fixture.store();
        long id = store.createRun(new NewRun(0, RunViewFixture.TASK_ID, "model", "m", 1, "{}"));
        store.markRunning(id, "process", RunViewFixture.T0);
        RunViewFixture.appendTurns(store, id, turns(), 0);
        store.finishRun(id, RunStatus.DONE, null, "{\"entities\":[\"" + AD + "\"],\"submitted\":true}",
                RunViewFixture.T0.plusSeconds(60));
        store.putScore(id, new ScoreRecord("set", 0.0, 0.0, 0.0, "{\"score\":0.0,\"recall\":0.0,\"precision\":0.0,"
                + "\"variant\":\"set\",\"rows\":[{\"index\":0,\"entity\":\"" + AD + "\",\"outcome\":\"false_positive\","
                + "\"rank\":1}],\"missed\":[]}"), true);
        view = fixture.open(id);
        OpenedInspector.show(stage, view);
    }

    @Test
    void scoringPaneLinksTheTurnsThatNameAShortRootCause(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.isSettled()
                && view.viewModel().mentionsProperty().get().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(1, 3), view.viewModel().mentionsProperty().get().turnsMentioning("ad"),
                "turn 2 greps ad and reads a pod of it; turn 3 only says load/valkey-cart/adservice; turn 4 submits");
        assertFalse(robot.lookup(".score-row").lookup((Label l) -> "named in no turn".equals(l.getText()))
                .tryQuery().isPresent(), "the inspector no longer says the short name is named in no turn");
        List<String> links = robot.lookup(".turn-link").queryAllAs(Hyperlink.class).stream().map(Hyperlink::getText)
                .toList();
        assertTrue(links.containsAll(List.of("2", "4")), links.toString());
        io.srebench.studio.Shots.take(robot, view, "short-name-mentions-inspector");
    }

    @Test
    void compareFirstTouchFindsTheShortName() {
        List<InspectedTurn> parsed = new java.util.ArrayList<>();
        List<Turn> ts = turns();
        for (int i = 0; i < ts.size(); i++) {
            parsed.add(InspectedTurn.parse(new io.srebench.run.TurnRecord(i, ts.get(i).endedAt(),
                    io.srebench.trajectory.TrajectoryIO.turnLine(ts.get(i)), "t")));
        }
        assertEquals(java.util.Map.of(AD, 1), io.srebench.studio.compare.CompareViewModel.firstTouches(parsed,
                List.of(AD, "otel-demo/Service/cart")));
    }
}
