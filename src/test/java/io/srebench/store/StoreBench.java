package io.srebench.store;

import io.srebench.run.NewRun;
import io.srebench.run.RunQuery;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.ScoreRecord;
import io.srebench.run.TurnRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Benchmark, not a test: fills a store with 10,000 runs (3 turns each) plus one 100-turn run holding
 * ~10 MB of tool output, then measures listing all summaries and opening the big run.
 * Run: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.srebench.store.StoreBench}.
 */
public final class StoreBench {
    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("store-bench");
        Path file = dir.resolve("bench.db");
        Random rnd = new Random(7);
        long t0 = System.nanoTime();
        long bigRun;
        try (SqliteStore s = SqliteStore.open(file)) {
            for (int i = 0; i < 10_000; i++) {
                long id = s.createRun(new NewRun(1, "scenario-" + (i % 40), "agent-" + (i % 5), null, i % 3 + 1, "{}"));
                for (int t = 0; t < 3; t++) {
                    s.appendTurn(id, new TurnRecord(t, Instant.now(), "{\"cmd\":\"ls\",\"out\":\"alerts\"}",
                            "ls /snapshot " + rnd.nextInt(1000)), 0.01 * t, 100 * t, 10 * t);
                }
                s.finishRun(id, RunStatus.DONE, null, "[]", Instant.now());
                s.putScore(id, new ScoreRecord("set", rnd.nextDouble(), 1, 1, "{}"), true);
            }
            bigRun = s.createRun(new NewRun(1, "scenario-1", "big", null, 1, "{}"));
            StringBuilder out = new StringBuilder();
            while (out.length() < 100_000) {
                out.append("2025-12-01 21:16:24.123 cart-7d9f8-x2k7p ERROR connection refused to valkey-cart:6379 ")
                        .append(rnd.nextInt()).append("\\n");
            }
            for (int t = 0; t < 100; t++) {
                s.appendTurn(bigRun, new TurnRecord(t, Instant.now(), "{\"out\":\"" + out + "\"}", out.substring(0, 2000)),
                        t, t, t);
            }
        }
        System.out.printf(Locale.ROOT, "fill: %.1f s, file %.1f MB%n", (System.nanoTime() - t0) / 1e9,
                Files.size(file) / 1e6);
        try (SqliteStore s = SqliteStore.open(file)) {
            double[] list = new double[7];
            double[] open = new double[7];
            for (int i = 0; i < list.length; i++) {
                long a = System.nanoTime();
                int n = s.list(RunQuery.all()).size();
                list[i] = (System.nanoTime() - a) / 1e6;
                long b = System.nanoTime();
                long bytes = s.turns(bigRun).stream().mapToLong(tr -> tr.json().length()).sum();
                open[i] = (System.nanoTime() - b) / 1e6;
                if (i == 0) {
                    System.out.printf(Locale.ROOT, "runs listed: %d; big run: 100 turns, %.1f MB of JSON%n", n, bytes / 1e6);
                }
            }
            Arrays.sort(list);
            Arrays.sort(open);
            System.out.printf(Locale.ROOT, "list 10,001 summaries: median %.1f ms (min %.1f, max %.1f)%n", list[3], list[0],
                    list[6]);
            System.out.printf(Locale.ROOT, "open 100-turn run: median %.1f ms (min %.1f, max %.1f)%n", open[3], open[0],
                    open[6]);
        }
    }
}
