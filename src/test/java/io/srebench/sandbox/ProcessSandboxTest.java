package io.srebench.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fallback backend: no file isolation, but the same environment, caps and process-tree kill. */
class ProcessSandboxTest {
    private static final Duration T = Duration.ofSeconds(20);

    @TempDir
    Path tmp;

    @Test
    void runsWithScrubbedEnvAndTranslatedPaths() throws Exception {
        SandboxFixture fx = new SandboxFixture(tmp);
        try (ProcessSandbox sb = new ProcessSandbox(fx.snapshot, SandboxOptions.defaults())) {
            assertEquals("process", sb.backend());
            ExecResult r = sb.exec("wc -l < /snapshot/k8s_events_raw.tsv; echo x > /work/f; cat /work/f; "
                    + "test \"$PWD\" = \"$HOME\" && echo home-is-cwd; env | cut -d= -f1 | sort | tr '\\n' ' '", T);
            assertEquals(0, r.exitCode(), r.stderr());
            assertEquals("51\nx\nhome-is-cwd\nHOME LANG LOGNAME PATH PWD SCRATCH_DIR SHELL SHLVL SNAPSHOT_DIR TERM USER _ ",
                    r.stdout());
            assertTrue(Files.exists(sb.scratchDir().resolve("f")));
            ExecResult write = sb.exec("echo no > /snapshot/k8s_events_raw.tsv", T);
            if (!BwrapSandbox.isRoot()) {
                // root ignores permission bits: there the copy is writable, and only the original stays safe
                assertTrue(write.exitCode() != 0, "the snapshot copy is read-only");
            }
            assertEquals(51, Files.readAllLines(fx.snapshot.resolve("k8s_events_raw.tsv")).size());
        }
    }

    @Test
    void timeoutKillsTheTreeAndBackgroundJobsDie() throws Exception {
        SandboxFixture fx = new SandboxFixture(tmp);
        String marker = "srebench-proc-" + System.nanoTime();
        try (ProcessSandbox sb = new ProcessSandbox(fx.snapshot, SandboxOptions.defaults())) {
            ExecResult r = sb.exec("bash -c 'exec -a " + marker + " sleep 600' & exec -a " + marker + " sleep 600",
                    Duration.ofSeconds(2));
            assertTrue(r.timedOut());
            assertEquals(124, r.exitCode());
            assertEquals(List.of(), HostileBase.survivors(marker));
            ExecResult bg = sb.exec("(exec -a " + marker + " sleep 1000) & disown; echo started", T);
            assertEquals("started\n", bg.stdout());
            assertFalse(bg.timedOut());
            assertEquals(List.of(), HostileBase.survivors(marker));
            ExecResult out = sb.exec("seq 1 100000", T);
            assertTrue(out.stdoutTruncated() && out.stdout().contains("characters truncated"));
        }
    }
}
