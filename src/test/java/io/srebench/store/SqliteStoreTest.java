package io.srebench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.run.NewRun;
import io.srebench.run.RunDetail;
import io.srebench.run.RunQuery;
import io.srebench.run.RunRepository.SearchHit;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.RunSummary;
import io.srebench.run.ScoreRecord;
import io.srebench.run.TurnRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest {
    @TempDir
    Path dir;

    private static TurnRecord turn(int i, String json, String text) {
        return new TurnRecord(i, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i), json, text);
    }

    @Test
    void runLifecycleIsRecordedAndListed() {
        try (SqliteStore s = SqliteStore.open(dir.resolve("a/b/store.db"))) {
            long b = s.createBenchmark("smoke", "{\"repeats\":3}");
            long id = s.createRun(new NewRun(b, "scenario-1", "alert-echo", null, 2, "{}"));
            assertEquals(RunStatus.QUEUED, s.run(id).orElseThrow().status());
            s.markRunning(id, "bwrap", Instant.parse("2026-01-01T00:00:00Z"));
            s.appendTurn(id, turn(0, "{\"cmd\":\"ls\"}", "ls alerts"), 0.5, 100, 20);
            s.appendTurn(id, turn(1, "{\"cmd\":\"cat\"}", "cat alerts"), 1.25, 300, 50);
            s.finishRun(id, RunStatus.DONE, null, "[\"otel-demo/Service/cart\"]", Instant.parse("2026-01-01T00:01:00Z"));
            s.putScore(id, new ScoreRecord("set", 0.5, 1.0, 0.5, "{}"), true);
            s.putScore(id, new ScoreRecord("ranked", 1.0, 1.0, 0.5, "{}"), false);

            RunSummary r = s.run(id).orElseThrow();
            assertEquals(RunStatus.DONE, r.status());
            assertEquals(2, r.turns());
            assertEquals(1.25, r.costUsd(), 1e-9);
            assertEquals(300, r.inputTokens());
            assertEquals(0.5, r.score(), 1e-9);
            assertEquals("set", r.variant());
            assertEquals("bwrap", r.sandbox());
            assertEquals(2, r.repeat());
            RunDetail d = s.detail(id).orElseThrow();
            assertEquals(2, d.scores().size());
            assertEquals("[\"otel-demo/Service/cart\"]", d.submissionJson());
            assertEquals(b, s.benchmarks().get(0).id());
        }
    }

    @Test
    void largePayloadsAreCompressedAndRoundTrip() throws Exception {
        String big = "{\"out\":\"" + "frontend-proxy 503 upstream connect error\\n".repeat(5000) + "\"}";
        Path file = dir.resolve("s.db");
        try (SqliteStore s = SqliteStore.open(file)) {
            long id = s.createRun(new NewRun(0, "t", "a", null, 1, "{}"));
            s.appendTurn(id, turn(0, big, "x"), 0, 0, 0);
            s.appendTurn(id, turn(1, "{}", "y"), 0, 0, 0);
            assertEquals(big, s.turns(id).get(0).json());
            assertEquals("{}", s.turnsFrom(id, 1).get(0).json());
            assertEquals(1, s.turnsFrom(id, 1).size());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT codec, length(payload) FROM turns ORDER BY idx")) {
            rs.next();
            assertEquals(PayloadCodec.DEFLATE, rs.getInt(1));
            assertTrue(rs.getInt(2) < big.length() / 10, "compressed size " + rs.getInt(2));
            rs.next();
            assertEquals(PayloadCodec.PLAIN, rs.getInt(1));
        }
    }

    @Test
    void fullTextSearchFindsRunsAndToleratesFtsSyntaxInInput() {
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            long a = s.createRun(new NewRun(0, "t1", "a", null, 1, "{}"));
            long b = s.createRun(new NewRun(0, "t2", "a", null, 1, "{}"));
            s.appendTurn(a, turn(0, "{}", "grep -c ERROR otel_logs_raw.tsv -> frontend-proxy upstream reset"), 0, 0, 0);
            s.appendTurn(b, turn(0, "{}", "jq '.[] | .labels.alertname' alerts/*.json"), 0, 0, 0);
            List<SearchHit> hits = s.search("frontend-proxy", 10);
            assertEquals(1, hits.size());
            assertEquals(a, hits.get(0).runId());
            assertTrue(hits.get(0).snippet().contains("["), hits.get(0).snippet());
            assertEquals(List.of(b), s.list(RunQuery.all().withText("alertname")).stream().map(RunSummary::id).toList());
            assertTrue(s.search("\"unbalanced AND (", 10).isEmpty());
            assertTrue(s.search("  ", 10).isEmpty());
        }
    }

    @Test
    void filtersCombine() {
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            for (int i = 0; i < 6; i++) {
                long id = s.createRun(new NewRun(0, "t" + (i % 2), i < 3 ? "a" : "b", null, 1, "{}"));
                s.putScore(id, new ScoreRecord("set", i / 5.0, 1, 1, "{}"), true);
            }
            assertEquals(3, s.list(RunQuery.all().withTask("t0")).size());
            assertEquals(2, s.list(RunQuery.all().withAgent("b").withScoreBetween(0.7, null)).size());
            assertEquals(1, s.list(RunQuery.ofBenchmark(0).withTask("t1").withAgent("a").withStatus(RunStatus.QUEUED)
                    .withScoreBetween(null, 0.3)).size());
            assertEquals(4, s.list(RunQuery.all().limit(4)).size());
        }
    }

    @Test
    void interruptedRunIsKeptAndTheOriginalStartsOver() {
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            long id = s.createRun(new NewRun(7, "t", "a", null, 1, "{}"));
            s.markRunning(id, "bwrap", Instant.now());
            s.appendTurn(id, turn(0, "{\"a\":1}", "first command"), 0.1, 10, 1);
            long copy = s.copyAsInterrupted(id);
            s.resetRun(id);
            RunSummary kept = s.run(copy).orElseThrow();
            assertEquals(RunStatus.INTERRUPTED, kept.status());
            assertEquals(1, kept.turns());
            assertEquals("{\"a\":1}", s.turns(copy).get(0).json());
            assertEquals(0, kept.benchmarkId(), "the partial copy must not count in its benchmark");
            RunSummary again = s.run(id).orElseThrow();
            assertEquals(RunStatus.QUEUED, again.status());
            assertEquals(0, again.turns());
            assertTrue(s.turns(id).isEmpty());
            assertNull(again.score());
            assertEquals(List.of(copy), s.search("first", 10).stream().map(SearchHit::runId).toList());
        }
    }

    @Test
    void concurrentWritersNeverMixTurnsOfRuns() throws Exception {
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ids.add(s.createRun(new NewRun(0, "task-" + i, "a", null, 1, "{}")));
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> fs = new ArrayList<>();
            for (long id : ids) {
                fs.add(pool.submit(() -> {
                    for (int t = 0; t < 40; t++) {
                        s.appendTurn(id, turn(t, "{\"run\":" + id + ",\"t\":" + t + "}", "run" + id), t, t, t);
                        s.list(RunQuery.all());
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            pool.shutdown();
            for (long id : ids) {
                List<TurnRecord> ts = s.turns(id);
                assertEquals(40, ts.size());
                for (int t = 0; t < 40; t++) {
                    assertEquals("{\"run\":" + id + ",\"t\":" + t + "}", ts.get(t).json());
                }
            }
            assertEquals("ok", s.integrityCheck());
        }
    }

    @Test
    void aNewerSchemaIsRefusedWithAClearMessage() throws Exception {
        Path file = dir.resolve("new.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = " + (SqliteStore.latestSchema() + 5));
        }
        StoreException e = assertThrows(StoreException.class, () -> SqliteStore.open(file));
        assertTrue(e.getMessage().contains("newer srebench"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void aFileThatIsNotADatabaseIsRefused() throws Exception {
        Path file = dir.resolve("junk.db");
        Files.writeString(file, "this is not sqlite ".repeat(100));
        StoreException e = assertThrows(StoreException.class, () -> SqliteStore.open(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    @Test
    void everyOlderSchemaVersionMigratesToTheLatest() throws Exception {
        for (int from = 0; from < Migrations.LATEST; from++) {
            Path file = dir.resolve("v" + from + ".db");
            // build the database exactly as version `from` left it, then let open() migrate it
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                for (int v = 0; v < from; v++) {
                    try (Statement st = c.createStatement()) {
                        for (String sql : Migrations.STEPS.get(v)) {
                            st.execute(sql);
                        }
                        st.execute("PRAGMA user_version = " + (v + 1));
                    }
                }
            }
            try (SqliteStore s = SqliteStore.open(file)) {
                assertEquals(Migrations.LATEST, s.schemaVersion());
                long id = s.createRun(new NewRun(0, "t", "a", null, 1, "{}"));
                s.appendTurn(id, turn(0, "{}", "migrated"), 0, 0, 0);
                assertEquals(1, s.search("migrated", 5).size());
                assertEquals("ok", s.integrityCheck());
            }
        }
    }

    @Test
    void reopeningKeepsEverything() {
        Path file = dir.resolve("s.db");
        long id;
        try (SqliteStore s = SqliteStore.open(file)) {
            id = s.createRun(new NewRun(0, "t", "a", "gpt-x", 1, "{\"temperature\":0}"));
            s.appendTurn(id, turn(0, "{\"k\":\"v\"}", "t"), 0.01, 5, 5);
        }
        try (SqliteStore s = SqliteStore.open(file)) {
            assertEquals("gpt-x", s.run(id).orElseThrow().model());
            assertEquals("{\"temperature\":0}", s.detail(id).orElseThrow().configJson());
            assertEquals(1, s.turns(id).size());
        }
    }

    @Test
    void deleteRunRemovesTheRunWithTurnsScoresSearchAndAnnotations() {
        try (SqliteStore s = SqliteStore.open(dir.resolve("del.db"))) {
            long keep = s.createRun(new NewRun(0, "scenario-1", "a", null, 1, "{}"));
            s.appendTurn(keep, turn(0, "{}", "kubectl describe pod"), 0, 0, 0);
            long gone = s.createRun(new NewRun(0, "scenario-1", "b", null, 1, "{}"));
            s.appendTurn(gone, turn(0, "{}", "kubectl describe pod"), 0.1, 1, 1);
            s.putScore(gone, new ScoreRecord("set", 1, 1, 1, "{}"), true);
            s.saveAnnotation(new io.srebench.run.Annotation(0, gone, "otel-demo/Pod/x",
                    io.srebench.run.AnnotationLabel.values()[0], null, "", "me", Instant.now(), Instant.now()));
            s.deleteRun(gone);
            s.deleteRun(9999);
            assertEquals(List.of(keep), s.list(RunQuery.all()).stream().map(RunSummary::id).toList());
            assertTrue(s.turns(gone).isEmpty());
            assertTrue(s.detail(gone).isEmpty());
            assertTrue(s.annotations(gone).isEmpty());
            assertEquals(List.of(keep), s.search("describe", 10).stream().map(SearchHit::runId).toList());
            assertEquals("ok", s.integrityCheck());
        }
    }
}
