package io.srebench.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session container of root mode: one bwrap per sandbox reused by every command, and what must
 * hold across commands (nothing carried over but /work) and when the container goes away.
 */
class BwrapSessionTest {
    private static final Duration T = Duration.ofSeconds(20);

    @TempDir
    Path tmp;
    private SandboxFixture fx;
    private BwrapSandbox sb;

    @BeforeEach
    void setUp() throws Exception {
        fx = new SandboxFixture(tmp);
        Sandbox s = SandboxFixture.bwrap(fx.snapshot, SandboxOptions.defaults());
        sb = (BwrapSandbox) s;
        assumeTrue(BwrapSandbox.isRoot(), "the session container is the root-mode path");
    }

    @AfterEach
    void tearDown() {
        if (sb != null) {
            sb.close();
        }
    }

    private long containerPid() {
        Process p = sb.sessionContainer();
        assertNotNull(p, "a container runs");
        return p.pid();
    }

    @Test
    void oneContainerServesManyCommands() {
        sb.exec("true", T);
        long pid = containerPid();
        for (int i = 0; i < 150; i++) {
            String cmd = "echo line-" + i + "; echo err-" + i + " >&2; echo " + i + " >> n.txt; exit $((" + i + " % 7))";
            ExecResult r = sb.exec(cmd, T);
            assertEquals("line-" + i + "\n", r.stdout());
            assertEquals("err-" + i + "\n", r.stderr());
            assertEquals(i % 7, r.exitCode());
        }
        assertEquals("150\n", sb.exec("wc -l < n.txt", T).stdout());
        assertEquals(pid, containerPid(), "no new container was started");
    }

    @Test
    void aForgedEndMarkerIsJustOutput() {
        String fake = "srebench-end-00112233445566778899aabbccddeeff 0\n";
        ExecResult r = sb.exec("printf '" + fake + "'; printf '" + fake + "' >&2; exit 5", T);
        assertEquals(fake, r.stdout());
        assertEquals(fake, r.stderr());
        assertEquals(5, r.exitCode());
        assertEquals("next\n", sb.exec("echo next", T).stdout());
    }

    @Test
    void lateOutputOfABackgroundJobNeverReachesTheNextCommand() {
        ExecResult first = sb.exec("(sleep 0.5; echo LATE; echo LATE >&2) & echo now", T);
        assertEquals("now\n", first.stdout());
        ExecResult second = sb.exec("sleep 1; echo next", T);
        assertEquals("next\n", second.stdout());
        assertEquals("", second.stderr());
    }

    @Test
    void commandsThatGoForTheSupervisorCannotReachIt() {
        sb.exec("true", T);
        long pid = containerPid();
        ExecResult r = sb.exec("kill -9 -1; pkill -9 bash; pkill -9 -f supervisor; for p in $(seq 1 64); do kill -9 $p; done;"
                + " ps -e -o pid=,user=,comm=; exit 0", T);
        assertFalse(r.stdout().contains("root"), "root processes are invisible: " + r.stdout());
        assertEquals("alive\n", sb.exec("echo alive", T).stdout());
        assertEquals(pid, containerPid(), "the same container still serves the session");
    }

    @Test
    void theSupervisorKeepsOnlySetuidAndSetgid() throws Exception {
        sb.exec("true", T);
        List<ProcessHandle> supervisors = sb.sessionContainer().descendants()
                .filter(h -> h.info().arguments().map(a -> a.length > 0 && List.of(a).contains("srebench-supervisor"))
                        .orElse(false)).toList();
        assertEquals(1, supervisors.size(), "one supervisor");
        String status = Files.readString(Path.of("/proc", Long.toString(supervisors.get(0).pid()), "status"));
        // CAP_SETGID (6) and CAP_SETUID (7) only; no_new_privs set.
        assertTrue(status.contains("CapEff:\t00000000000000c0"), status);
        assertTrue(status.contains("CapBnd:\t00000000000000c0"), status);
        assertTrue(status.contains("NoNewPrivs:\t1"), status);
    }

    @Test
    void aContainerKilledFromOutsideIsReplacedWithAFreshWorkAndSaysSo() throws Exception {
        assertEquals(0, sb.exec("echo kept > kept.txt", T).exitCode());
        Process old = sb.sessionContainer();
        old.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        ExecResult r = sb.exec("cat kept.txt", T);
        assertNotEquals(0, r.exitCode(), "/work is a tmpfs of the container: it went with it");
        assertTrue(r.stderr().startsWith("[sandbox: the session container was replaced"), r.stderr());
        assertNotEquals(old.pid(), containerPid(), "a new container");
        ExecResult next = sb.exec("echo again > f && cat f", T);
        assertEquals("again\n", next.stdout(), next.stderr());
        assertEquals("", next.stderr(), "the note comes once");
    }

    @Test
    void theSupervisorKilledDuringACommandGivesAnErrorThenANewContainer() throws Exception {
        sb.exec("true", T);
        Process container = sb.sessionContainer();
        Thread killer = new Thread(() -> {
            try {
                Thread.sleep(500);
                container.descendants().forEach(ProcessHandle::destroyForcibly);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        killer.start();
        ExecResult r = sb.exec("echo started; sleep 30", T);
        killer.join();
        assertFalse(r.timedOut());
        assertEquals(137, r.exitCode());
        assertTrue(r.stderr().contains("session container exited unexpectedly"), r.stderr());
        assertTrue(r.duration().toMillis() < 15_000, "did not wait for the sleep: " + r.duration());
        assertEquals("again\n", sb.exec("echo again", T).stdout());
    }

    @Test
    void aTimeoutThenNormalCommandsInTheSameContainer() {
        sb.exec("true", T);
        long pid = containerPid();
        ExecResult r = sb.exec("echo before; (sleep 600 &); sleep 600", Duration.ofSeconds(1));
        assertTrue(r.timedOut());
        assertEquals(124, r.exitCode());
        assertEquals("before\n", r.stdout());
        ExecResult next = sb.exec("ps -e -o comm= | grep -c sleep; echo ok", T);
        assertEquals("0\nok\n", next.stdout(), "nothing of the timed-out command is left");
        assertEquals(pid, containerPid());
    }

    @Test
    void tmpAndSysvIpcStartEmptyForEveryCommand() {
        ExecResult w = sb.exec("echo x > /tmp/f; touch /tmp/.hidden; mkdir -p /tmp/d/e && touch /tmp/d/e/g && chmod 000 /tmp/d;"
                + " ipcmk -M 4096 >/dev/null && ipcmk -Q >/dev/null && echo made", T);
        assertEquals("made\n", w.stdout(), w.stderr());
        ExecResult r = sb.exec("ls -A /tmp | wc -l; ipcs -m -q | grep -c '^0x'", T);
        assertEquals("0\n0\n", r.stdout());
    }

    @Test
    void concurrentSessionsStayApart() throws Exception {
        sb.close();
        sb = null;
        int n = 4;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<BwrapSandbox> boxes = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                boxes.add((BwrapSandbox) SandboxFixture.bwrap(fx.snapshot, SandboxOptions.defaults()));
            }
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                BwrapSandbox box = boxes.get(i);
                String me = "session-" + i;
                results.add(pool.submit(() -> {
                    for (int k = 0; k < 40; k++) {
                        ExecResult r = box.exec("echo " + me + "-" + k + " | tee -a mine.txt; ls /proc | grep -c '^[0-9]'", T);
                        String[] lines = r.stdout().split("\n");
                        if (!lines[0].equals(me + "-" + k) || Integer.parseInt(lines[1]) > 4) {
                            return "unexpected in " + me + ": " + r;
                        }
                    }
                    return box.exec("sort -u mine.txt | wc -l; id -u", T).stdout();
                }));
            }
            Set<String> uids = new HashSet<>();
            for (Future<String> f : results) {
                String[] out = f.get(5, TimeUnit.MINUTES).split("\n");
                assertEquals("40", out[0], String.join("|", out));
                uids.add(out[1]);
            }
            assertEquals(n, uids.size(), "one uid per session: " + uids);
        } finally {
            pool.shutdownNow();
            boxes.forEach(BwrapSandbox::close);
        }
    }
}
