package io.srebench.studio.inspector;

import io.srebench.agent.model.TokenUsage;
import io.srebench.agent.trajectory.ToolCallRecord;
import io.srebench.agent.trajectory.ToolResultRecord;
import io.srebench.agent.trajectory.TrajectoryIO;
import io.srebench.agent.trajectory.Turn;
import io.srebench.run.NewRun;
import io.srebench.run.RunStatus;
import io.srebench.run.TurnRecord;
import io.srebench.store.SqliteStore;
import io.srebench.studio.app.FxBackgroundExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Benchmark (test-scope main): a 100-turn run with ~10 MB of tool output (5 shell calls of 20,000 characters per
 * turn, the sandbox's cap) in a temporary store, opened in the inspector on headless Monocle. Prints time to the
 * first painted frame, to the first frame showing the run summary, to everything loaded and laid out, the heap the
 * open inspector holds, and stepping and search times.
 */
public final class InspectorBench {
    private static final int TURNS = 100;
    private static final int CALLS = 5;
    private static final int OUTPUT_CHARS = 20_000;

    private InspectorBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("inspector-bench");
        Path snap = InspectorFixture.writeSnapshot(dir.resolve("snap"));
        InspectorRenderer.ensureToolkit(true);
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"));
             FxBackgroundExecutor ex = new FxBackgroundExecutor(3)) {
            long outputChars = fill(store);
            long id = store.list(io.srebench.run.RunQuery.all()).get(0).id();
            System.out.printf(Locale.ROOT, "run: %d turns, %,d chars of tool output%n", TURNS, outputChars);
            long heapBefore = usedHeap();
            InspectorContext ctx = InspectorFixture.context(store, snap, ex, Ticker.fx(), new AtomicInteger());
            AtomicLong firstPulse = new AtomicLong();
            AtomicLong summaryPulse = new AtomicLong();
            long t0 = System.nanoTime();
            InspectorView view = InspectorRenderer.onFx(() -> {
                InspectorViewModel vm = new InspectorViewModel(ctx, id);
                InspectorView v = new InspectorView(vm);
                vm.summaryProperty().addListener((o, a, b) -> mark("summary", t0));
                vm.turnsLoadedProperty().addListener((o, a, b) -> mark("turns loaded", t0));
                vm.transcript().docProperty().addListener((o, a, b) -> mark("transcript doc " + b.text().length(), t0));
                vm.layoutProperty().addListener((o, a, b) -> mark("layout", t0));
                vm.mentionsProperty().addListener((o, a, b) -> mark("mentions " + b.size(), t0));
                vm.load();
                mark("opened", t0);
                Stage stage = new Stage();
                Scene scene = new Scene(v, 1600, 900);
                scene.addPostLayoutPulseListener(() -> {
                    long now = System.nanoTime();
                    firstPulse.compareAndSet(0, now);
                    if (v.viewModel().summaryProperty().get() != null) {
                        summaryPulse.compareAndSet(0, now);
                    }
                });
                stage.setScene(scene);
                stage.show();
                return v;
            });
            InspectorRenderer.waitFor(view::isSettled);
            InspectorRenderer.onFx(() -> null);
            long settled = System.nanoTime();
            System.out.printf(Locale.ROOT, "first frame           %7.0f ms%n", ms(firstPulse.get() - t0));
            System.out.printf(Locale.ROOT, "first frame w/ summary %6.0f ms%n", ms(summaryPulse.get() - t0));
            System.out.printf(Locale.ROOT, "all loaded and shown  %7.0f ms (turns parsed, transcript laid out, topology)%n",
                    ms(settled - t0));
            System.out.printf(Locale.ROOT, "transcript document   %,7d chars visible (long outputs collapsed)%n",
                    InspectorRenderer.onFx(() -> view.viewModel().transcript().docProperty().get().text().length()));
            long heapAfter = usedHeap();
            System.out.printf(Locale.ROOT, "heap held by the open inspector %.1f MB (used heap after GC: %.1f -> %.1f MB)%n",
                    (heapAfter - heapBefore) / 1e6, heapBefore / 1e6, heapAfter / 1e6);
            InspectorRenderer.onFx(() -> {
                view.viewModel().first();
                return null;
            });
            long s0 = System.nanoTime();
            long inHandler = 0;
            for (int i = 0; i < TURNS - 1; i++) {
                inHandler += InspectorRenderer.onFx(() -> {
                    long h0 = System.nanoTime();
                    view.viewModel().next();
                    return System.nanoTime() - h0;
                });
                InspectorRenderer.waitForPulse(view.getScene());
            }
            System.out.printf(Locale.ROOT, "stepping              %7.2f ms per turn until the next frame is laid out "
                    + "(%.2f ms of it in the key handler)%n", ms(System.nanoTime() - s0) / (TURNS - 1),
                    ms(inHandler) / (TURNS - 1));
            long q0 = System.nanoTime();
            InspectorRenderer.onFx(() -> {
                view.viewModel().transcript().queryProperty().set("payment");
                view.viewModel().transcript().search(0);
                return null;
            });
            InspectorRenderer.waitFor(view::isSettled);
            System.out.printf(Locale.ROOT, "search 'payment'      %7.0f ms, %s%n", ms(System.nanoTime() - q0),
                    InspectorRenderer.onFx(() -> view.viewModel().transcript().matchLabelProperty().get()));
            InspectorRenderer.onFx(() -> {
                view.dispose();
                view.getScene().getWindow().hide();
                return null;
            });
        }
        System.exit(0);
    }

    private static long fill(SqliteStore store) {
        long id = store.createRun(new NewRun(0, InspectorFixture.TASK_ID, "model", "bench-model", 1, "{}"));
        store.markRunning(id, "process", InspectorFixture.T0);
        long chars = 0;
        String[] names = {"payment", "checkout", "frontend", "cart", "payment-5d8f7c9b4-abcde"};
        for (int t = 0; t < TURNS; t++) {
            List<ToolCallRecord> calls = new ArrayList<>();
            List<ToolResultRecord> results = new ArrayList<>();
            for (int c = 0; c < CALLS; c++) {
                String cid = "t" + t + "c" + c;
                String name = names[(t + c) % names.length];
                calls.add(new ToolCallRecord(cid, "shell", TrajectoryIO.MAPPER.createObjectNode()
                        .put("command", "grep " + name + " otel_logs_raw.tsv | head -400").toString(), true, null));
                String out = output(name, t, c);
                chars += out.length();
                results.add(new ToolResultRecord(cid, "shell", c == 4 ? 1 : 0, out, "", out.length(), 0, false, false, 30,
                        false, null));
            }
            Turn turn = new Turn(t + 1, InspectorFixture.T0.plusSeconds(t), InspectorFixture.T0.plusSeconds(t + 1), List.of(),
                    "Checking " + names[t % names.length], "thinking about turn " + t, calls, results,
                    new TokenUsage(20_000 + t * 500L, 10_000, 300, 100), 1500, 150, 0.01, List.of(), 0, "tool_use");
            store.appendTurn(id, new TurnRecord(t, turn.endedAt(), TrajectoryIO.turnLine(turn), "turn " + t), 0.01 * (t + 1),
                    1000, 100);
        }
        store.finishRun(id, RunStatus.DONE, null, "{\"entities\":[\"otel-demo/Deployment/payment\"]}", InspectorFixture.T0);
        return chars;
    }

    private static String output(String name, int t, int c) {
        StringBuilder sb = new StringBuilder(OUTPUT_CHARS + 100);
        int line = 0;
        while (sb.length() < OUTPUT_CHARS) {
            sb.append("2025-12-01 21:15:").append(line % 60).append(" ").append(name)
                    .append(" level=ERROR msg=\"request failed\" trace=").append(t).append('-').append(c).append('-')
                    .append(line++).append('\n');
        }
        sb.setLength(OUTPUT_CHARS);
        return sb.toString();
    }

    private static void mark(String what, long t0) {
        System.out.printf(Locale.ROOT, "  [%6.0f ms] %s%n", ms(System.nanoTime() - t0), what);
    }

    private static long usedHeap() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
