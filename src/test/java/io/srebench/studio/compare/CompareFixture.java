package io.srebench.studio.compare;

import io.srebench.trajectory.Turn;
import io.srebench.run.NewRun;
import io.srebench.run.RunRepository;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.ScoreRecord;
import io.srebench.studio.kit.RunViewFixture;
import java.util.List;

/**
 * Two runs of the inspector fixture's task. Run A is the inspector fixture's run (touches frontend and checkout at turn
 * 2, payment at turn 3, submits payment + checkout: one hit, one false positive). Run B looks at cart (turn 2) and
 * checkout (turn 3), then submits cart + checkout: two false positives, the payment Deployment missed.
 */
public final class CompareFixture {
    public static final String CART = "otel-demo/Service/cart";
    public static final String CHECKOUT = "otel-demo/Service/checkout";
    public static final String PAYMENT = "otel-demo/Deployment/payment";
    public static final String SCORE_B = "{\"score\":0.0,\"recall\":0.0,\"precision\":0.0,\"variant\":\"set\",\"rows\":["
            + "{\"index\":0,\"entity\":\"" + CART + "\",\"outcome\":\"false_positive\",\"rank\":1},"
            + "{\"index\":1,\"entity\":\"" + CHECKOUT + "\",\"outcome\":\"false_positive\",\"rank\":2}],"
            + "\"missed\":[{\"id\":\"" + PAYMENT + "\",\"entity\":\"" + PAYMENT + "\"}]}";

    private CompareFixture() {
    }

    /** The four turns of run B. */
    public static List<Turn> turnsB() {
        return List.of(
                RunViewFixture.shell(1, "ls", 0, "alerts\nk8s_objects_raw.tsv\n", ""),
                RunViewFixture.shell(2, "grep cart otel_logs_raw.tsv | head -2", 0, "cart ERROR redis timeout\n", ""),
                RunViewFixture.shell(3, "grep checkout otel_logs_raw.tsv | head -2", 0, "checkout slow\n", ""),
                RunViewFixture.submit(4, List.of(CART, CHECKOUT)));
    }

    /** Creates run A and run B of the fixture task; returns {a, b}. */
    public static long[] fill(RunRepository store) {
        long a = RunViewFixture.fillRun(store);
        long b = store.createRun(new NewRun(0, RunViewFixture.TASK_ID, "topology-walk", null, 2, "{}"));
        store.markRunning(b, "process", RunViewFixture.T0);
        RunViewFixture.appendTurns(store, b, turnsB(), 0);
        store.finishRun(b, RunStatus.DONE, null, "{\"entities\":[\"" + CART + "\",\"" + CHECKOUT + "\"],\"submitted\":true}",
                RunViewFixture.T0.plusSeconds(50));
        store.putScore(b, new ScoreRecord("set", 0.0, 0.0, 0.0, SCORE_B), true);
        return new long[] {a, b};
    }

    /** A finished run of another task. */
    public static long otherTask(RunRepository store) {
        long c = store.createRun(new NewRun(0, "other-task", "alert-echo", null, 1, "{}"));
        store.markRunning(c, "process", RunViewFixture.T0);
        RunViewFixture.appendTurns(store, c, turnsB(), 0);
        store.finishRun(c, RunStatus.DONE, null, "[]", RunViewFixture.T0.plusSeconds(50));
        return c;
    }
}
