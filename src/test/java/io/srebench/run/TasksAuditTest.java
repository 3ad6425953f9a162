package io.srebench.run;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.agent.Agents;
import io.srebench.agent.LoopConfig;
import io.srebench.agent.baseline.OracleAgent;
import io.srebench.agent.shortcut.ShortcutVoteAgent;
import io.srebench.sandbox.SandboxFactory;
import io.srebench.sandbox.SandboxOptions;
import io.srebench.score.ScoreOptions;
import io.srebench.common.UserDirs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled tasks measure reasoning, not a lookup (issue 11): every shortcut agent, run through the real sandbox
 * on every public task (snapshots generated from scratch), stays at or below {@link #MAX_SHORTCUT_MEAN}, their vote
 * at or below {@link #MAX_COMBINED_MEAN}, and the oracle still scores 1.0 everywhere.
 */
class TasksAuditTest {
    /** Highest mean score one shortcut may reach on the public tasks. */
    static final double MAX_SHORTCUT_MEAN = 0.20;
    /** Highest mean score the combination of all shortcuts ({@code shortcut-vote}) may reach. */
    static final double MAX_COMBINED_MEAN = 0.35;

    @TempDir
    Path tmp;

    @Test
    void noShortcutSolvesThePublicTasks() throws Exception {
        UserDirs dirs = new UserDirs(Map.of("SREBENCH_CACHE_DIR", tmp.resolve("cache").toString(), "SREBENCH_CONFIG_DIR",
                tmp.resolve("config").toString()), "linux", tmp);
        Workbench wb = new Workbench(Path.of(System.getProperty("user.dir"), "tasks"), dirs);
        assertTrue(wb.catalog().size() >= 40, "only " + wb.catalog().size() + " public tasks");
        TaskAudit audit = new TaskAudit(wb.catalog(), wb.snapshots(), dir -> SandboxFactory.create(dir,
                SandboxOptions.defaults()), SandboxFactory.backend(), LoopConfig.DEFAULT, new TaskScoring(ScoreOptions.DEFAULT));
        TaskAudit.Report report = audit.run(wb.catalog().ids(), 2, line -> { });
        assertEquals(wb.catalog().size(), report.tasks().size());
        List<Executable> checks = new ArrayList<>();
        for (TaskAudit.TaskScores t : report.tasks()) {
            checks.add(() -> assertTrue(t.errors().isEmpty(), t.taskId() + ": " + t.errors()));
            checks.add(() -> assertEquals(1.0, t.scores().get(OracleAgent.NAME), 1e-9, t.taskId() + ": oracle"));
        }
        for (String shortcut : Agents.SHORTCUTS) {
            double max = shortcut.equals(ShortcutVoteAgent.NAME) ? MAX_COMBINED_MEAN : MAX_SHORTCUT_MEAN;
            checks.add(() -> assertTrue(report.mean(shortcut) <= max, String.format(Locale.ROOT,
                    "%s scores %.3f on average (%d tasks above 0), more than %.2f", shortcut, report.mean(shortcut),
                    report.scored(shortcut), max)));
        }
        assertAll(checks);
    }
}
