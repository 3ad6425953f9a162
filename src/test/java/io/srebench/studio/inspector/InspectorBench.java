package io.srebench.studio.inspector;

import io.srebench.studio.kit.RunViewFixture;
import io.srebench.studio.kit.RunViewContext;
import io.srebench.studio.kit.Ticker;
import io.srebench.trajectory.TokenUsage;
import io.srebench.trajectory.ToolCallRecord;
import io.srebench.trajectory.ToolResultRecord;
import io.srebench.trajectory.TrajectoryIO;
import io.srebench.trajectory.Turn;
import io.srebench.run.NewRun;
import io.srebench.trajectory.RunStatus;
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
    private static final String FIRST = "bench.first";
    private static final String SUMMARY = "bench.summary";
    private static final String SETTLED = "bench.settled";

    private InspectorBench() {
    }

    public static void main(String[] args) throws Exception {
        int warmOpens = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int browserRuns = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path dir = Files.createTempDirectory("inspector-bench");
        Path snap = RunViewFixture.writeSnapshot(dir.resolve("snap"));
        InspectorRenderer.ensureToolkit(true);
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"));
             FxBackgroundExecutor ex = new FxBackgroundExecutor(3)) {
            long outputChars = fill(store);
            long id = store.list(io.srebench.run.RunQuery.all()).get(0).id();
            System.out.printf(Locale.ROOT, "run: %d turns, %,d chars of tool output%n", TURNS, outputChars);
            RunViewContext ctx = RunViewFixture.context(store, snap, ex, Ticker.fx(), new AtomicInteger());
            // As in the studio: the runs browser is up (with browserRuns more runs) before the first run is opened.
            showBrowser(store, ctx, browserRuns);
            long heapBefore = usedHeap();
            coldOpen(ctx, id, heapBefore);
            List<long[]> warm = new ArrayList<>();
            for (int i = 0; i < warmOpens; i++) {
                warm.add(warmOpen(ctx, id));
            }
            // Headless Monocle keeps its last focused window (MonocleWindowManager.focusedWindow) after it is hidden,
            // so the last closed inspector stays reachable here; a desktop toolkit lets it go.
            System.out.printf(Locale.ROOT, "used heap after GC with every inspector closed: %.1f MB (Monocle still holds the "
                    + "last closed window)%n", usedHeap() / 1e6);
            Thread.sleep(Long.getLong("bench.holdMillis", 0)); // time for a heap histogram (jcmd PID GC.class_histogram)
            if (!warm.isEmpty()) {
                System.out.printf(Locale.ROOT, "later opens, median of %d:%n", warm.size());
                System.out.printf(Locale.ROOT, "  first frame          %7.0f ms%n", ms(median(warm, 0)));
                System.out.printf(Locale.ROOT, "  first frame w/ summary %5.0f ms%n", ms(median(warm, 1)));
                System.out.printf(Locale.ROOT, "  all loaded and shown %7.0f ms%n", ms(median(warm, 2)));
            }
        }
        System.exit(0);
    }

    /** In its own method so that no local of main keeps the closed inspector reachable. */
    private static void coldOpen(RunViewContext ctx, long id, long heapBefore) throws Exception {
        System.out.println("first open in this JVM (runs browser already shown):");
        InspectorView view = openOnce(ctx, id, true);
        long heapAfter = usedHeap();
        System.out.printf(Locale.ROOT, "transcript document   %,7d chars visible (long outputs collapsed)%n",
                InspectorRenderer.onFx(() -> view.viewModel().transcript().docProperty().get().text().length()));
        System.out.printf(Locale.ROOT, "heap held by the open inspector %.1f MB (used heap after GC: %.1f -> %.1f MB)%n",
                (heapAfter - heapBefore) / 1e6, heapBefore / 1e6, heapAfter / 1e6);
        System.out.printf(Locale.ROOT, "studio memory, runs browser + this inspector open: RSS %.0f MB, used heap %.0f MB "
                + "(max heap %.0f MB)%n", rssBytes() / 1e6, heapAfter / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        stepAndSearch(view);
        close(view);
    }

    private static long[] warmOpen(RunViewContext ctx, long id) throws Exception {
        InspectorView again = openOnce(ctx, id, false);
        long[] times = {(long) again.getProperties().get(FIRST), (long) again.getProperties().get(SUMMARY),
            (long) again.getProperties().get(SETTLED)};
        close(again);
        return times;
    }

    /** Opens the run in a new window; records first frame, summary frame and settled times (ns after the open). */
    private static InspectorView openOnce(RunViewContext ctx, long id, boolean verbose) throws Exception {
        AtomicLong firstPulse = new AtomicLong();
        AtomicLong summaryPulse = new AtomicLong();
        long t0 = System.nanoTime();
        InspectorView view = InspectorRenderer.onFx(() -> {
            InspectorViewModel vm = new InspectorViewModel(ctx, id);
            InspectorView v = new InspectorView(vm);
            if (verbose) {
                vm.summaryProperty().addListener((o, a, b) -> mark("summary", t0));
                vm.turnsLoadedProperty().addListener((o, a, b) -> mark("turns loaded", t0));
                vm.transcript().docProperty().addListener((o, a, b) -> mark("transcript doc " + b.text().length(), t0));
                vm.layoutProperty().addListener((o, a, b) -> mark("layout", t0));
                vm.mentionsProperty().addListener((o, a, b) -> mark("mentions " + b.size(), t0));
            }
            vm.load();
            if (verbose) {
                mark("opened", t0);
            }
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
        view.getProperties().put(FIRST, firstPulse.get() - t0);
        view.getProperties().put(SUMMARY, summaryPulse.get() - t0);
        view.getProperties().put(SETTLED, settled - t0);
        if (verbose) {
            System.out.printf(Locale.ROOT, "first frame           %7.0f ms%n", ms(firstPulse.get() - t0));
            System.out.printf(Locale.ROOT, "first frame w/ summary %6.0f ms%n", ms(summaryPulse.get() - t0));
            System.out.printf(Locale.ROOT, "all loaded and shown  %7.0f ms (turns parsed, transcript laid out, topology)%n",
                    ms(settled - t0));
        }
        return view;
    }

    private static void stepAndSearch(InspectorView view) throws Exception {
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
    }

    /** Adds {@code n} finished runs and shows the runs browser listing all of them (kept open for the rest). */
    private static void showBrowser(SqliteStore store, RunViewContext ctx, int n) throws Exception {
        long f0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long r = store.createRun(new NewRun(0, "scenario-" + (i % 50), "agent-" + (i % 5), null, i % 3 + 1, "{}"));
            store.finishRun(r, RunStatus.DONE, null, "[]", RunViewFixture.T0);
        }
        System.out.printf(Locale.ROOT, "added %,d runs to the store in %.1f s%n", n, ms(System.nanoTime() - f0) / 1000);
        long l0 = System.nanoTime();
        io.srebench.studio.runs.RunsViewModel vm = InspectorRenderer.onFx(() ->
                new io.srebench.studio.runs.RunsViewModel(store, ctx.executor()));
        io.srebench.studio.runs.RunsView runs = InspectorRenderer.onFx(() -> {
            io.srebench.studio.runs.RunsView v = new io.srebench.studio.runs.RunsView(vm, r -> { });
            Stage stage = new Stage();
            stage.setScene(new Scene(v, 1600, 900));
            stage.show();
            vm.refresh();
            return v;
        });
        InspectorRenderer.waitFor(() -> vm.runs().size() > n);
        InspectorRenderer.waitForPulse(runs.getScene());
        System.out.printf(Locale.ROOT, "runs browser with %,d runs shown in %.0f ms (cold JVM)%n",
                InspectorRenderer.onFx(() -> vm.runs().size()), ms(System.nanoTime() - l0));
    }

    private static void close(InspectorView view) throws Exception {
        InspectorRenderer.onFx(() -> {
            view.dispose();
            view.getScene().getWindow().hide();
            return null;
        });
    }

    private static long median(List<long[]> rows, int col) {
        long[] v = rows.stream().mapToLong(r -> r[col]).sorted().toArray();
        return v[v.length / 2];
    }

    private static long rssBytes() throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return -1;
    }

    private static long fill(SqliteStore store) {
        long id = store.createRun(new NewRun(0, RunViewFixture.TASK_ID, "model", "bench-model", 1, "{}"));
        store.markRunning(id, "process", RunViewFixture.T0);
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
            Turn turn = new Turn(t + 1, RunViewFixture.T0.plusSeconds(t), RunViewFixture.T0.plusSeconds(t + 1), List.of(),
                    "Checking " + names[t % names.length], "thinking about turn " + t, calls, results,
                    new TokenUsage(20_000 + t * 500L, 10_000, 300, 100), 1500, 150, 0.01, List.of(), 0, "tool_use");
            store.appendTurn(id, new TurnRecord(t, turn.endedAt(), TrajectoryIO.turnLine(turn), "turn " + t), 0.01 * (t + 1),
                    1000, 100);
        }
        store.finishRun(id, RunStatus.DONE, null, "{\"entities\":[\"otel-demo/Deployment/payment\"]}", RunViewFixture.T0);
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
