package io.srebench.run;

import io.srebench.trajectory.RunStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.store.SqliteStore;
import io.srebench.task.TaskCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public task is solvable and the scorer reaches 1.0 on it: the oracle agent (which submits
 * the ground truth, through the same shell-tool loop and sandbox as any agent) runs on all bundled
 * tasks, their snapshots generated from scratch, in a real {@code srebench run} process.
 */
class OracleOnEveryTaskTest {
    @TempDir
    Path dir;

    @Test
    void theOracleScoresOneOnEveryPublicTask() throws Exception {
        Path tasks = Path.of(System.getProperty("user.dir"), "tasks");
        int n = TaskCatalog.load(tasks).size();
        assertTrue(n >= 40, "only " + n + " public tasks");
        Path db = dir.resolve("oracle.db");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1500m", "-cp", System.getProperty("java.class.path"), "io.srebench.Main", "run", "--agents", "oracle",
                "--tasks", "all", "--repeats", "1", "--concurrency", "2", "--db", db.toString(), "--tasks-dir",
                tasks.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile());
        pb.environment().put("SREBENCH_CACHE_DIR", dir.resolve("cache").toString());
        pb.environment().put("SREBENCH_CONFIG_DIR", dir.resolve("config").toString());
        Process p = pb.start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "oracle benchmark did not finish");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("log")));
        try (SqliteStore s = SqliteStore.open(db)) {
            List<RunSummary> runs = s.list(RunQuery.all());
            assertEquals(n, runs.size());
            for (RunSummary r : runs) {
                assertEquals(RunStatus.DONE, r.status(), r.taskId() + ": " + r.error());
                assertEquals(1.0, r.score(), 1e-9, r.taskId() + " scored " + r.score());
                if ("1".equals(System.getenv("SREBENCH_REQUIRE_BWRAP"))) {
                    assertEquals("bwrap", r.sandbox(), "sandbox backend of " + r.taskId());
                }
            }
        }
    }
}
