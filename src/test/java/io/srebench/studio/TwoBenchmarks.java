package io.srebench.studio;

import io.srebench.run.NewRun;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.ScoreRecord;
import io.srebench.store.SqliteStore;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;

/**
 * A store with two benchmarks for ranking tests: an older one (one agent, one task) and the latest, where "wide" ran
 * four tasks (all 0.0), "narrow" solved t1 and errored on t2, and "broken" errored on both of its tasks.
 *
 * @param store the store (close it after the test)
 * @param older the older benchmark's id
 * @param latest the latest benchmark's id
 */
public record TwoBenchmarks(SqliteStore store, long older, long latest) {
    /** Builds the fixture in a new temporary store. */
    public static TwoBenchmarks create(String prefix) throws IOException {
        SqliteStore store = SqliteStore.open(Files.createTempDirectory(prefix).resolve("s.db"));
        long older = store.createBenchmark("old", "{}");
        run(store, older, "t1", "old-agent", 1.0);
        long latest = store.createBenchmark("today", "{}");
        for (String t : List.of("t1", "t2", "t3", "t4")) {
            run(store, latest, t, "wide", 0.0);
        }
        run(store, latest, "t1", "narrow", 1.0);
        run(store, latest, "t2", "narrow", null);
        run(store, latest, "t1", "broken", null);
        run(store, latest, "t3", "broken", null);
        return new TwoBenchmarks(store, older, latest);
    }

    /** A finished run: scored {@code score} with the set variant, or errored when {@code score} is null. */
    public static void run(SqliteStore store, long bench, String task, String agent, Double score) {
        long id = store.createRun(new NewRun(bench, task, agent, null, 1, "{}"));
        store.markRunning(id, "process", Instant.now());
        if (score == null) {
            store.finishRun(id, RunStatus.ERRORED, "connection refused", null, Instant.now());
        } else {
            store.finishRun(id, RunStatus.DONE, null, "[]", Instant.now());
            store.putScore(id, new ScoreRecord("set", score, 1, 1, "{}"), true);
        }
    }
}
