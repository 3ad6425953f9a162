package io.srebench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.srebench.score.Score;
import io.srebench.score.ScoreReport;
import io.srebench.score.ScoreVariant;
import io.srebench.store.SqliteStore;
import io.srebench.trajectory.RunStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RunRecorder} against the real SQLite store: what each recording step leaves in the store. */
class RunRecorderTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    private static TurnRecord turn(int i) {
        return new TurnRecord(i, T0.plusSeconds(i + 1), "{\"index\":" + (i + 1) + "}", "kubectl get pods " + i);
    }

    /** Scores as an executor computes them; distinct figures per variant so the primary one can be told apart. */
    private static List<Score> scores() {
        return List.of(new Score(0.25, 1.0, 0.25, ScoreVariant.SET, List.of(), List.of()),
                new Score(0.75, 1.0, 0.25, ScoreVariant.RANKED, List.of(), List.of()));
    }

    @Test
    void aLiveSessionIsRecordedWithTheExecutorsScoresAndTheRequestedPrimary() {
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            RunRecorder.Recording r = new RunRecorder(s).create(new NewRun(0, "scenario-1", "oracle", null, 1, "{}"));
            assertEquals(RunStatus.QUEUED, s.run(r.id()).orElseThrow().status());
            r.started("process", T0);
            r.turn(turn(0), 0.5, 100, 10);
            r.turn(turn(1), 1.5, 300, 30);
            r.finish(new SessionExecutor.SessionResult(RunStatus.DONE, null, "{\"entities\":[\"a/Pod/b\"]}", scores()),
                    ScoreVariant.RANKED);

            RunSummary sum = s.run(r.id()).orElseThrow();
            assertEquals(RunStatus.DONE, sum.status());
            assertEquals("process", sum.sandbox());
            assertEquals(T0, sum.startedAt());
            assertEquals(2, sum.turns());
            assertEquals(1.5, sum.costUsd(), 1e-9);
            assertEquals(300, sum.inputTokens());
            assertEquals("ranked", sum.variant());
            assertEquals(0.75, sum.score(), 1e-9);
            RunDetail d = s.detail(r.id()).orElseThrow();
            assertEquals("{\"entities\":[\"a/Pod/b\"]}", d.submissionJson());
            assertEquals(2, d.scores().size());
            for (Score computed : scores()) {
                ScoreRecord stored = d.scores().stream().filter(x -> x.is(computed.variant())).findFirst().orElseThrow();
                assertEquals(ScoreRecord.of(computed), stored);
                assertEquals(ScoreReport.toJsonString(computed), stored.detailJson());
            }
            assertEquals(List.of("{\"index\":1}", "{\"index\":2}"), s.turns(r.id()).stream().map(TurnRecord::json).toList());
        }
    }

    @Test
    void anErroredSessionIsFinishedWithoutScores() {
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            RunRecorder.Recording r = new RunRecorder(s).create(new NewRun(0, "scenario-1", "m", "gpt", 1, "{}"));
            r.started("bwrap");
            r.finish(new SessionExecutor.SessionResult(RunStatus.ERRORED, "provider down", null, List.of()),
                    ScoreVariant.SET);
            RunSummary sum = s.run(r.id()).orElseThrow();
            assertEquals(RunStatus.ERRORED, sum.status());
            assertEquals("provider down", sum.error());
            assertNull(sum.score());
            assertEquals(List.of(), s.detail(r.id()).orElseThrow().scores());
        }
    }

    @Test
    void rescoringAnExistingRunMovesThePrimaryScore() {
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            RunRecorder recorder = new RunRecorder(s);
            RunRecorder.Recording r = recorder.create(new NewRun(0, "t", "a", null, 1, "{}"));
            r.scores(scores(), ScoreVariant.SET);
            r.finish(RunStatus.DONE, null, "[]", T0);
            assertEquals(0.25, s.run(r.id()).orElseThrow().score(), 1e-9);
            recorder.of(r.id()).scores(scores(), ScoreVariant.RANKED);
            assertEquals(0.75, s.run(r.id()).orElseThrow().score(), 1e-9);
            assertEquals(2, s.detail(r.id()).orElseThrow().scores().size());
        }
    }

    @Test
    void restoredScoresWithoutAKnownPrimaryLeaveTheSummaryUnscored() {
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            RunRecorder.Recording r = new RunRecorder(s).create(new NewRun(0, "t", "a", null, 1, "{}"));
            r.stored(List.of(new ScoreRecord("set", 0.5, 1, 0.5, "{}")), ScoreVariant.find("bogus").orElse(null));
            r.finish(RunStatus.DONE, null, "[]", T0);
            assertNull(s.run(r.id()).orElseThrow().score());
            assertEquals(1, s.detail(r.id()).orElseThrow().scores().size());
        }
    }

    @Test
    void anInterruptedBenchmarkRunIsKeptAsACopyAndQueuedAgain() {
        try (SqliteStore s = SqliteStore.open(dir.resolve("s.db"))) {
            long b = s.createBenchmark("b", "{}");
            RunRecorder.Recording r = new RunRecorder(s).create(new NewRun(b, "t", "a", null, 1, "{}"));
            r.started("process", T0);
            r.turn(turn(0), 0.1, 10, 1);
            r.requeueKeepingPartial();
            RunSummary original = s.run(r.id()).orElseThrow();
            assertEquals(RunStatus.QUEUED, original.status());
            assertEquals(0, original.turns());
            List<RunSummary> copies = s.list(RunQuery.all().withStatus(RunStatus.INTERRUPTED));
            assertEquals(1, copies.size());
            assertEquals(1, copies.get(0).turns());
            assertEquals(List.of("{\"index\":1}"), s.turns(copies.get(0).id()).stream().map(TurnRecord::json).toList());
        }
    }
}
