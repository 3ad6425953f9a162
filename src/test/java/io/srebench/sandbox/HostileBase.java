package io.srebench.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shared set-up of the hostile-command suites: a real task layout, a bwrap sandbox on its snapshot, and
 * after every test a check that the host is fine (ground truth intact, the host can still fork, nothing
 * carrying the test's marker survives, the sandbox still answers).
 */
abstract class HostileBase {
    static final Duration T = Duration.ofSeconds(20);

    @TempDir
    Path tmp;
    SandboxFixture fx;
    Sandbox sb;
    /** Unique per test; hostile commands put it in their command line so survivors can be found on the host. */
    final String marker = "srebench-hostile-" + UUID.randomUUID().toString().substring(0, 8);

    SandboxOptions options() {
        return SandboxOptions.defaults();
    }

    @BeforeEach
    void openSandbox() throws IOException {
        fx = new SandboxFixture(tmp);
        sb = SandboxFixture.bwrap(fx.snapshot, options());
    }

    @AfterEach
    void hostIsHealthy() throws Exception {
        if (sb == null) {
            return;
        }
        try {
            assertTrue(Files.readString(fx.groundTruth).contains(SandboxFixture.TRUTH_MARKER), "ground truth intact");
            assertTrue(Files.readString(fx.fakeHome.resolve("id_ed25519")).contains(SandboxFixture.SSH_MARKER));
            Process p = new ProcessBuilder("/bin/true").start();
            assertTrue(p.waitFor(10, TimeUnit.SECONDS), "host can still fork and run a process");
            assertEquals(0, p.exitValue());
            assertEquals(List.of(), survivors(marker), "no process of the command survives on the host");
            ExecResult after = sb.exec("echo still-ok", T);
            assertEquals("still-ok\n", after.stdout(), "sandbox still works: " + after);
        } finally {
            sb.close();
        }
    }

    /** Host processes whose command line contains {@code text} (read from /proc, all users). */
    static List<String> survivors(String text) throws IOException {
        List<String> found = new ArrayList<>();
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                if (proc.getFileName().toString().equals(Long.toString(self))) {
                    continue;
                }
                try {
                    String cmd = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8)
                            .replace('\0', ' ');
                    if (cmd.contains(text)) {
                        found.add(proc.getFileName() + ": " + cmd);
                    }
                } catch (IOException ignored) {
                    // the process ended while we looked
                }
            }
        }
        return found;
    }

    /** Runs a hostile command and asserts that none of the secrets appear in anything it got back. */
    ExecResult run(String command) {
        return run(command, T);
    }

    ExecResult run(String command, Duration timeout) {
        ExecResult r = sb.exec(command, timeout);
        String all = r.stdout() + r.stderr();
        assertFalse(all.contains(SandboxFixture.TRUTH_MARKER), "ground truth leaked: " + all);
        assertFalse(all.contains(SandboxFixture.SSH_MARKER), "ssh key leaked: " + all);
        return r;
    }

    String gtPath() {
        return fx.groundTruth.toAbsolutePath().toString();
    }
}
