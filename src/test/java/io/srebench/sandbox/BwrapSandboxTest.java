package io.srebench.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a well-behaved agent sees in the bwrap sandbox. */
class BwrapSandboxTest {
    private static final Duration T = Duration.ofSeconds(20);

    @TempDir
    Path tmp;
    private SandboxFixture fx;
    private Sandbox sb;

    @BeforeEach
    void setUp() throws Exception {
        fx = new SandboxFixture(tmp);
        sb = SandboxFixture.bwrap(fx.snapshot, SandboxOptions.defaults());
    }

    @AfterEach
    void tearDown() {
        if (sb != null) {
            sb.close();
        }
    }

    @Test
    void seesTheSnapshotReadOnlyAndWorksInScratch() {
        ExecResult r = sb.exec("pwd; echo $HOME; ls /snapshot; wc -l < /snapshot/k8s_events_raw.tsv", T);
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("/work\n/work\nalerts\nk8s_events_raw.tsv\n51\n", r.stdout());
        assertEquals("bwrap", sb.backend());
    }

    @Test
    void scratchFilesPersistBetweenCommandsAndVanishOnClose() {
        assertEquals(0, sb.exec("grep -c BackOff /snapshot/k8s_events_raw.tsv > count.txt", T).exitCode());
        ExecResult r = sb.exec("cat /work/count.txt", T);
        assertEquals("50\n", r.stdout());
        Path scratch = ((BwrapSandbox) sb).scratchDir();
        assertTrue(Files.exists(scratch.resolve("count.txt")));
        sb.close();
        assertFalse(Files.exists(scratch));
        assertFalse(Files.exists(scratch.getParent()), "the whole session directory is deleted");
    }

    @Test
    void environmentIsExactlyTheFixedOne() {
        ExecResult r = sb.exec("env -0 | tr '\\0' '\\n' | cut -d= -f1 | sort", T);
        Set<String> names = new TreeSet<>(Arrays.asList(r.stdout().strip().split("\n")));
        Set<String> allowed = new TreeSet<>(SandboxEnvironment.of("/work").keySet());
        allowed.addAll(Set.of("PWD", "SHLVL", "_"));
        assertTrue(allowed.containsAll(names), "unexpected variables: " + names);
        assertTrue(names.contains("PATH") && names.contains("HOME"));
        assertEquals("C.UTF-8 dumb\n", sb.exec("echo $LANG $TERM", T).stdout());
    }

    @Test
    void commandSeesOnlyTheThreeStandardDescriptors() {
        // Bash's own descriptors; a leaked host fd (a jar, the snapshot dir handle) would show up here.
        ExecResult r = sb.exec("ls /proc/$$/fd; exit 0", T);
        assertEquals("0\n1\n2\n", r.stdout(), r.stderr());
        ExecResult targets = sb.exec("readlink /proc/self/fd/0", T);
        assertEquals("/dev/null\n", targets.stdout());
    }

    @Test
    void exitCodesAndStderrArePassedThrough() {
        ExecResult r = sb.exec("echo out; echo err >&2; exit 3", T);
        assertEquals(3, r.exitCode());
        assertEquals("out\n", r.stdout());
        assertEquals("err\n", r.stderr());
        assertFalse(r.timedOut());
        assertEquals(2, sb.exec("ls /snapshot/nope", T).exitCode());
    }

    @Test
    void outputIsCappedWithHeadTailAndMarker() {
        ExecResult r = sb.exec("seq 1 100000", T);
        assertEquals(0, r.exitCode());
        long total = 0;
        for (int i = 1; i <= 100_000; i++) {
            total += String.valueOf(i).length() + 1;
        }
        assertEquals(total, r.stdoutChars());
        assertTrue(r.stdoutTruncated());
        assertTrue(r.stdout().startsWith("1\n2\n3\n"));
        assertTrue(r.stdout().endsWith("99999\n100000\n"));
        assertTrue(r.stdout().contains("[... " + (total - ExecResult.MAX_OUTPUT_CHARS) + " characters truncated ...]"));
    }

    @Test
    void toolsFromTheListWorkOnSnapshotData() {
        ExecResult r = sb.exec("jq -r '.[0].alertname' /snapshot/alerts/*.json; awk -F'\\t' 'NR>1{n++} END{print n}' "
                + "/snapshot/k8s_events_raw.tsv; find /snapshot -name '*.tsv' | xargs wc -l | tail -1", T);
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("HighLatency\n50\n51 /snapshot/k8s_events_raw.tsv\n", r.stdout());
    }

    @Test
    void growingScratchPastTheQuotaFailsOrKillsTheCommand() throws Exception {
        sb.close();
        try (Sandbox small = SandboxFixture.bwrap(fx.snapshot, SandboxOptions.defaults()
                .withScratchQuotaBytes(8L << 20).withMaxFileBytes(4L << 20))) {
            ExecResult r = small.exec("for i in $(seq 1 1000); do head -c 1048576 /dev/zero > f$i || break; sleep 0.01; "
                    + "done", T);
            if (((BwrapSandbox) small).sessionUid() >= 0) {
                // root mode: /work is a tmpfs of 8 MiB, the kernel refuses the write past it
                assertTrue(r.stderr().contains("No space left on device"), r.stderr());
            } else {
                assertEquals(CommandRunner.QUOTA_EXIT, r.exitCode(), r.stderr());
                assertTrue(r.stderr().contains("quota"), r.stderr());
            }
            long files = Files.list(((BwrapSandbox) small).scratchDir()).count();
            assertTrue(files < 100, "the loop was stopped early, wrote " + files);
            // Still usable: the agent can clean up.
            assertEquals(0, small.exec("rm -f f*; ls | wc -l", T).exitCode());
        }
        sb = SandboxFixture.bwrap(fx.snapshot, SandboxOptions.defaults());
    }
}
