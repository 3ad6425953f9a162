package io.srebench.run;

import io.srebench.trajectory.RunStatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.store.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of {@code srebench run}/{@code resume}: a benchmark process is killed with SIGKILL at
 * random points and resumed each time; in the end every run is done exactly once, the database is
 * sound, and the scores equal those of an uninterrupted benchmark (the baselines are deterministic).
 * {@code KILLS} (system property {@code srebench.kills}, default 5) sets how many kills.
 */
class KillResumeTest {
    private static final List<String> TASKS = List.of("scenario-1", "scenario-16", "scenario-26");

    @TempDir
    Path dir;

    private Process cli(String log, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "io.srebench.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(
                ProcessBuilder.Redirect.appendTo(dir.resolve(log).toFile()));
        pb.environment().put("SREBENCH_CACHE_DIR", dir.resolve("cache").toString());
        pb.environment().put("SREBENCH_CONFIG_DIR", dir.resolve("config").toString());
        return pb.start();
    }

    private static Path tasksDir() {
        Path t = Path.of(System.getProperty("user.dir"), "tasks");
        assertTrue(Files.isDirectory(t), "bundled tasks not found at " + t);
        return t;
    }

    /**
     * More kills need a longer benchmark, or it ends before the last kill: a baseline run takes ~0.2 s here, and each
     * life of the process between kills gets 0.7-2.5 s, JVM start included.
     */
    private static int repeats() {
        return Math.max(6, Integer.getInteger("srebench.kills", 5));
    }

    private String[] runArgs(Path db) {
        return new String[] {"run", "--db", db.toString(), "--tasks-dir", tasksDir().toString(), "--agents",
            "topology-walk,alert-echo", "--tasks", String.join(",", TASKS), "--repeats", String.valueOf(repeats()),
            "--concurrency", "2"};
    }

    private static Map<String, Double> scoresByKey(Path db) {
        Map<String, Double> out = new HashMap<>();
        try (SqliteStore s = SqliteStore.open(db)) {
            for (RunSummary r : s.list(RunQuery.ofBenchmark(1L))) {
                out.put(r.taskId() + "/" + r.agent() + "/" + r.repeat(), r.score());
            }
        }
        return out;
    }

    @Test
    void killedBenchmarksResumeToTheSameResult() throws Exception {
        int kills = Integer.getInteger("srebench.kills", 5);
        Path reference = dir.resolve("reference.db");
        Process ref = cli("reference.log", runArgs(reference));
        assertTrue(ref.waitFor(10, TimeUnit.MINUTES), "reference benchmark did not finish");
        assertEquals(0, ref.exitValue(), Files.readString(dir.resolve("reference.log")));
        Map<String, Double> expected = scoresByKey(reference);
        assertEquals(TASKS.size() * 2 * repeats(), expected.size());

        Path db = dir.resolve("killed.db");
        Random rnd = new Random(Long.getLong("srebench.kills.seed", System.nanoTime()));
        Process p = cli("killed.log", runArgs(db));
        // kills only count once the benchmark is recorded: a 'run' killed before that has nothing to resume
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!Files.readString(dir.resolve("killed.log")).contains("benchmark 1:") && System.nanoTime() < deadline) {
            assertTrue(p.isAlive(), Files.readString(dir.resolve("killed.log")));
            Thread.sleep(50);
        }
        int killed = 0;
        while (killed < kills) {
            if (p.waitFor(700 + rnd.nextInt(1800), TimeUnit.MILLISECONDS)) {
                break; // finished before the next kill: nothing left to interrupt
            }
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            killed++;
            p = cli("killed.log", "resume", "--db", db.toString(), "--tasks-dir", tasksDir().toString());
        }
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the last resume did not finish");
        String log = Files.readString(dir.resolve("killed.log"));
        assertEquals(0, p.exitValue(), log);
        assertEquals(kills, killed, "the benchmark finished before it was killed " + kills + " times; log:\n" + log);

        try (SqliteStore s = SqliteStore.open(db)) {
            assertEquals("ok", s.integrityCheck());
            List<RunSummary> runs = s.list(RunQuery.ofBenchmark(1L));
            assertEquals(expected.size(), runs.size(), "the benchmark's run set changed");
            Set<String> keys = new HashSet<>();
            for (RunSummary r : runs) {
                assertEquals(RunStatus.DONE, r.status(), "run " + r.id() + " " + r.error());
                assertTrue(keys.add(r.taskId() + "/" + r.agent() + "/" + r.repeat()), "run done twice: " + r);
                List<TurnRecord> turns = s.turns(r.id());
                assertEquals(r.turns(), turns.size(), "turn count of run " + r.id());
                for (int i = 0; i < turns.size(); i++) {
                    assertEquals(i, turns.get(i).index(), "turns of run " + r.id() + " are not one contiguous session");
                }
            }
            for (RunSummary r : s.list(RunQuery.ofBenchmark(0L).withStatus(RunStatus.INTERRUPTED))) {
                assertTrue(r.error().contains("interrupted"), r.error());
            }
        }
        assertEquals(expected, scoresByKey(db), "scores differ from the uninterrupted benchmark");
    }
}
