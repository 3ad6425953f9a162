package io.srebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.trajectory.TrajectoryIO;
import io.srebench.run.AgentSpec;
import io.srebench.run.RunQuery;
import io.srebench.run.RunSummary;
import io.srebench.run.SessionExecutor;
import io.srebench.run.TaskScoring;
import io.srebench.score.Score;
import io.srebench.score.ScoreOptions;
import io.srebench.score.ScoreVariant;
import io.srebench.store.SqliteStore;
import io.srebench.task.Task;
import io.srebench.task.TaskCatalog;
import io.srebench.task.truth.RootCause;
import io.srebench.trajectory.RunStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code run-one} shows and stores the scores its session executor computed (both variants, once) and never scores
 * the submission a second time. The executor here answers with the true root causes (a real scorer gives 1.000) but
 * reports made-up figures, so any second scoring would show up as 1.000 in the output or the store.
 */
class RunOneScoresOnceTest {
    private static final Path TASKS = Path.of(System.getProperty("user.dir"), "tasks");
    private static final String TASK = "scenario-1";

    @TempDir
    Path dir;

    /** A session that submits the ground truth and reports the executor's (made-up) scores. */
    private static final class FixedScores implements SessionExecutor {
        final AtomicInteger calls = new AtomicInteger();
        final String submission;
        ScoreVariant asked;

        FixedScores(String submission) {
            this.submission = submission;
        }

        @Override
        public SessionResult execute(long runId, String taskId, AgentSpec agent, int maxTurns, ScoreVariant variant,
                                     SessionSink sink, BooleanSupplier cancelled) {
            calls.incrementAndGet();
            asked = variant;
            sink.started("process");
            return new SessionResult(RunStatus.DONE, null, submission,
                    List.of(new Score(0.25, 1.0, 0.25, ScoreVariant.SET, List.of(), List.of()),
                            new Score(0.75, 1.0, 0.25, ScoreVariant.RANKED, List.of(), List.of())),
                    "{\"run\":{\"taskId\":\"" + taskId + "\"}}");
        }
    }

    private static String truthSubmission() {
        Task task = TaskCatalog.load(TASKS).get(TASK);
        TaskScoring scoring = new TaskScoring(ScoreOptions.DEFAULT);
        List<String> entities = new ArrayList<>();
        for (RootCause rc : scoring.truthOf(task).rootCauses()) {
            entities.add("\"" + rc.entity() + "\"");
        }
        String json = "{\"entities\":[" + String.join(",", entities) + "]}";
        // sanity: scored for real, this submission is perfect in both variants
        for (Score s : scoring.scoreAll(task, TaskScoring.parseSubmission(task, json))) {
            assertEquals(1.0, s.score(), 1e-9, s.variant().id());
        }
        return json;
    }

    private static CliRunner run(SessionExecutor sessions, String... args) {
        CommandLine cl = SrebenchCommand.newCommandLine(new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == RunOneCommand.class ? cls.cast(new RunOneCommand(sessions))
                        : CommandLine.defaultFactory().create(cls);
            }
        });
        return CliRunner.run(cl, args);
    }

    @Test
    void theExecutorsScoresAreShownAndStoredInTheChosenVariant() {
        FixedScores sessions = new FixedScores(truthSubmission());
        Path db = dir.resolve("s.db");
        CliRunner r = run(sessions, "run-one", "--task", TASK, "--agent", "oracle", "--variant", "ranked", "--db",
                db.toString(), "--tasks-dir", TASKS.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(1, sessions.calls.get());
        assertEquals(ScoreVariant.RANKED, sessions.asked);
        assertTrue(r.out().contains("score      0.750"), r.out());
        assertTrue(r.out().contains("variant    ranked"), r.out());
        try (SqliteStore s = SqliteStore.open(db)) {
            RunSummary run = s.list(RunQuery.all()).get(0);
            assertEquals(RunStatus.DONE, run.status());
            assertEquals("ranked", run.variant());
            assertEquals(0.75, run.score(), 1e-9);
            assertEquals(2, s.detail(run.id()).orElseThrow().scores().size());
        }
    }

    @Test
    void theJsonReportCarriesTheExecutorsScoreToo() throws Exception {
        CliRunner r = run(new FixedScores(truthSubmission()), "run-one", "--task", TASK, "--agent", "oracle", "--json",
                "--no-store", "--tasks-dir", TASKS.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode o = TrajectoryIO.MAPPER.readTree(r.out());
        assertEquals(0.25, o.path("score").path("score").asDouble(), 1e-9);
        assertEquals("set", o.path("score").path("variant").asText());
        assertEquals(TASK, o.path("trajectory").path("run").path("taskId").asText());
    }

    @Test
    void aBadVariantIsOneLineAndExitTwo() {
        CliRunner r = run(new FixedScores("[]"), "run-one", "--task", TASK, "--agent", "oracle", "--variant", "best",
                "--no-store", "--tasks-dir", TASKS.toString());
        assertEquals(2, r.exit());
        assertEquals("srebench: unknown score variant \"best\" (expected set or ranked)", r.err().strip());
    }
}
