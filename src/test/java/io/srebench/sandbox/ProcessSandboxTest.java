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
                    r.stdout(), r.stderr());
            assertTrue(Files.exists(sb.scratchDir().resolve("f")));
            ExecResult write = sb.exec("echo no > /snapshot/k8s_events_raw.tsv", T);
            if (!BwrapSandbox.isRoot()) {
                // root ignores permission bits: there the copy is writable, and only the original stays safe
                assertTrue(write.exitCode() != 0, "the snapshot copy is read-only");
            }
            assertEquals(51, Files.readAllLines(fx.snapshot.resolve("k8s_events_raw.tsv")).size());
        }
    }

    /**
     * Outside a user namespace {@code ulimit -u} counts every task (thread) of the user; a busy JVM with
     * hundreds of threads must still leave the command its full allowance of processes.
     */
    @Test
    void aJvmWithManyThreadsStillLeavesTheCommandItsProcesses() throws Exception {
        SandboxFixture fx = new SandboxFixture(tmp);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        List<Thread> parked = new java.util.ArrayList<>();
        try (ProcessSandbox sb = new ProcessSandbox(fx.snapshot, SandboxOptions.defaults().withMaxProcesses(64))) {
            for (int i = 0; i < 400; i++) {
                Thread t = new Thread(() -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                t.setDaemon(true);
                t.start();
                parked.add(t);
            }
            ExecResult r = sb.exec("for i in 1 2 3 4 5 6 7 8; do (sleep 0.2; echo $i) & done; wait; "
                    + "seq 3 | sort -r | tr '\\n' ' '", T);
            assertEquals(0, r.exitCode(), r.stderr());
            assertEquals("", r.stderr());
            assertTrue(r.stdout().endsWith("3 2 1 "), r.stdout());
            assertEquals(8, r.stdout().lines().filter(l -> l.matches("[1-8]")).count(), r.stdout());
        } finally {
            release.countDown();
            for (Thread t : parked) {
                t.join(5_000);
            }
        }
    }

    /**
     * Output that reaches the pipe just before the command exits is kept. It once got lost one run in ten under
     * load: the end-of-command kill went through {@code Process.destroyForcibly()}, which closes the streams the
     * reader threads were still draining.
     */
    @Test
    void outputWrittenJustBeforeExitIsNeverLost() throws Exception {
        SandboxFixture fx = new SandboxFixture(tmp);
        String expected = java.util.stream.IntStream.rangeClosed(1, 300).mapToObj(Integer::toString)
                .collect(java.util.stream.Collectors.joining(" ", "", " "));
        try (ProcessSandbox sb = new ProcessSandbox(fx.snapshot, SandboxOptions.defaults())) {
            for (int i = 0; i < 150; i++) {
                ExecResult r = sb.exec("echo start; seq 1 300 | sort -n | tr '\\n' ' '", T);
                assertEquals("start\n" + expected, r.stdout(), "run " + i + ", exit " + r.exitCode() + ": " + r.stderr());
            }
        }
    }

    /**
     * A background job the shell disowned is gone when exec returns. SIGKILL takes effect after kill(2) returns; the
     * job is no descendant the JVM can wait for, so the sandbox waits for its process group to empty (it once lost
     * that race a few times in 200 under load).
     */
    @Test
    void aDisownedJobIsDeadWhenExecReturns() throws Exception {
        SandboxFixture fx = new SandboxFixture(tmp);
        try (ProcessSandbox sb = new ProcessSandbox(fx.snapshot, SandboxOptions.defaults())) {
            for (int i = 0; i < 100; i++) {
                String marker = "srebench-disowned-" + System.nanoTime();
                ExecResult r = sb.exec("(exec -a " + marker + " sleep 1000) & disown; echo started", T);
                assertEquals("started\n", r.stdout());
                assertEquals(List.of(), HostileBase.survivors(marker), "run " + i);
            }
        }
    }

    @Test
    void userTasksAreCountedWhereAllCanBeSeen() throws Exception {
        java.util.OptionalInt n = UserTasks.countIfAllVisible();
        boolean initialPidNamespace = Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString()
                .equals("pid:[4026531836]");
        assertEquals(initialPidNamespace, n.isPresent());
        if (n.isPresent()) {
            assertTrue(n.getAsInt() >= Thread.activeCount(), "this JVM alone has " + Thread.activeCount() + " threads");
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
