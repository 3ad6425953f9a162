package io.srebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.run.NewRun;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.ScoreRecord;
import io.srebench.store.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 finding 8: bad inputs of the families the issue found (numbers, output paths, devices and FIFOs
 * as input files), each must exit 2 with one line on stderr, never "internal error", never exit 0, never hang.
 */
class BadInputMatrixTest {
    @TempDir
    Path dir;
    private Path db;
    private Path truth;
    private Path sub;

    @BeforeEach
    void fill() throws Exception {
        db = dir.resolve("s.db");
        try (SqliteStore s = SqliteStore.open(db)) {
            long id = s.createRun(new NewRun(1, "scenario-1", "a", null, 1, "{}"));
            s.finishRun(id, RunStatus.DONE, null, "[]", Instant.now());
            s.putScore(id, new ScoreRecord("set", 1.0, 1, 1, "{}"), true);
        }
        truth = Files.writeString(dir.resolve("gt.yaml"), "apiVersion: itbench.io/v2\nkind: GroundTruth\nmetadata: {name: t}\n"
                + "spec:\n  entities:\n    - {apiVersion: v1, kind: ConfigMap, metadata: {name: c, namespace: otel-demo}}\n");
        sub = Files.writeString(dir.resolve("sub.json"), "[\"otel-demo/ConfigMap/c\"]");
    }

    private List<String[]> cases() throws Exception {
        Path emptyDir = Files.createDirectory(dir.resolve("emptydir"));
        Path fifo = dir.resolve("fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertTrue(mk.waitFor(10, TimeUnit.SECONDS));
        String d = db.toString();
        String missing = dir.resolve("no/such/dir/out.html").toString();
        List<String[]> c = new ArrayList<>();
        for (String v : new String[] {"NaN", "-1", "Infinity", "0", "1e300", "-0.5"}) {
            c.add(new String[] {"shell", "--snapshot", dir.toString(), "--timeout", v, "-c", "true"});
        }
        for (String opt : new String[] {"--repeats", "--concurrency", "--max-turns", "--command-timeout", "--per-endpoint"}) {
            c.add(new String[] {"run", "--db", d, "--agents", "oracle", "--tasks", "scenario-1", opt, "0"});
            c.add(new String[] {"run", "--db", d, "--agents", "oracle", "--tasks", "scenario-1", opt, "-3"});
        }
        c.add(new String[] {"run-one", "--db", d, "--task", "scenario-1", "--agent", "oracle", "--command-timeout", "0"});
        c.add(new String[] {"run-one", "--db", d, "--task", "scenario-1", "--agent", "oracle", "--max-turns", "-1"});
        c.add(new String[] {"search", "--db", d, "--limit", "-5", "x"});
        c.add(new String[] {"search", "--db", d, "--limit", "0", "x"});
        c.add(new String[] {"list", "--db", d, "--benchmark", "-1"});
        c.add(new String[] {"show", "--db", d, "-7"});
        c.add(new String[] {"report", "--db", d, "--html", emptyDir.toString()});
        c.add(new String[] {"report", "--db", d, "--html", missing});
        // a non-regular target in the temp dir (never /dev/null: a regression would replace it, as root)
        c.add(new String[] {"report", "--db", d, "--html", fifo.toString()});
        c.add(new String[] {"export", "--db", d, "--format", "csv", "--out", emptyDir.toString()});
        c.add(new String[] {"export", "--db", d, "--format", "jsonl", "--out", missing});
        c.add(new String[] {"export", "--db", d, "--format", "jsonl", "--out", fifo.toString()});
        c.add(new String[] {"annotations", "export", "--db", d, "--format", "jsonl", "--out", missing});
        c.add(new String[] {"annotations", "export", "--db", d, "--format", "jsonl", "--out", emptyDir.toString()});
        c.add(new String[] {"score", "--truth", truth.toString(), "--submission", "/dev/zero"});
        c.add(new String[] {"score", "--truth", truth.toString(), "--submission", fifo.toString()});
        c.add(new String[] {"score", "--truth", "/dev/zero", "--submission", sub.toString()});
        c.add(new String[] {"score", "--truth", fifo.toString(), "--submission", sub.toString()});
        c.add(new String[] {"score", "--truth", truth.toString(), "--submission", emptyDir.toString()});
        c.add(new String[] {"list", "--db", dir.resolve("nodir/x.db").toString()});
        c.add(new String[] {"studio", "--db", d, "--snapshot", emptyDir.toString(), "--view", "runs"});
        c.add(new String[] {"import", "--db", d, "/dev/zero"});
        c.add(new String[] {"import", "--db", d, fifo.toString()});
        return c;
    }

    @Test
    void everyBadInputExitsTwoWithOneLine() throws Exception {
        List<String> failures = new ArrayList<>();
        List<String[]> all = cases();
        for (String[] args : all) {
            CliRunner r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRunner.run(args),
                    "hangs: " + String.join(" ", args));
            String err = r.err().strip();
            if (r.exit() != 2 || err.lines().count() != 1 || err.contains("internal error")) {
                failures.add(String.join(" ", args) + " -> exit " + r.exit() + ": " + err);
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + all.size() + " bad inputs not refused cleanly");
        assertTrue(Files.isDirectory(dir.resolve("emptydir")), "an existing directory is never replaced");
        assertFalse(Files.exists(dir.resolve("no")), "missing parents are never created");
        assertFalse(Files.exists(dir.resolve("nodir")), "not for --db either");
        assertFalse(Files.isRegularFile(dir.resolve("fifo")), "a FIFO target is never replaced");
    }
}
