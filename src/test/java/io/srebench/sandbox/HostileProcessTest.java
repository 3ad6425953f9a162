package io.srebench.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Hostile commands against processes, resources and the network. */
class HostileProcessTest extends HostileBase {
    @Test
    void forkBombIsContainedAndTheHostCanStillFork() {
        ExecResult r = run(":(){ :|:& };:; sleep 30 # " + marker, Duration.ofSeconds(4));
        assertTrue(r.timedOut());
        assertEquals(CommandRunner.TIMEOUT_EXIT, r.exitCode());
        assertTrue(r.stderr().contains("Resource temporarily unavailable"), "the process limit stopped it");
    }

    @Test
    void manyProcessesHitTheProcessLimit() {
        ExecResult r = run("n=0; for i in $(seq 1 400); do (exec -a " + marker + " sleep 20) & n=$((n+1)); done 2>/dev/null;"
                + " ls /proc | grep -c '^[0-9]'", Duration.ofSeconds(60));
        assertFalse(r.timedOut());
        int running = Integer.parseInt(r.stdout().strip().lines().reduce((a, b) -> b).orElse("0"));
        assertTrue(running <= options().maxProcesses() + 2, "processes in the sandbox: " + running);
    }

    @Test
    void endlessOutputIsCappedAndStoppedByTheTimeout() {
        ExecResult r = run("yes " + marker, Duration.ofSeconds(2));
        assertTrue(r.timedOut());
        assertEquals(124, r.exitCode());
        assertTrue(r.stdoutChars() > 10L * ExecResult.MAX_OUTPUT_CHARS, "yes wrote " + r.stdoutChars());
        assertTrue(r.stdout().length() < ExecResult.MAX_OUTPUT_CHARS + 100);
        assertTrue(r.stdout().contains("characters truncated"));
        assertTrue(r.duration().toMillis() < 10_000, "took " + r.duration());
    }

    @Test
    void endlessStderrIsCappedToo() {
        ExecResult r = run("yes " + marker + " >&2", Duration.ofSeconds(2));
        assertTrue(r.timedOut());
        assertTrue(r.stderrTruncated());
        assertTrue(r.stderr().length() < ExecResult.MAX_OUTPUT_CHARS + 100);
    }

    @Test
    void twoGigabyteFileFailsOnTheFileSizeLimit() throws IOException {
        ExecResult r = run("head -c 2G /dev/zero > big; echo rc=$?; head -c 2G /dev/zero > /tmp/big; echo tmp=$?");
        assertFalse(r.timedOut());
        assertTrue(r.stderr().contains("File too large") || r.stderr().contains("File size limit"), r.stderr());
        assertTrue(r.stdout().contains("rc=1") || r.stdout().contains("rc=153"), r.stdout());
        assertFalse(r.stdout().contains("tmp=0"), "the /tmp tmpfs is capped too: " + r.stdout());
        long size = Files.size(((BwrapSandbox) sb).scratchDir().resolve("big"));
        assertTrue(size <= options().maxFileBytes(), "file grew to " + size);
    }

    @Test
    void sleepPastTheTimeoutIsKilledWithNoSurvivor() throws IOException {
        ExecResult r = run("exec -a " + marker + " sleep 600", Duration.ofSeconds(2));
        assertTrue(r.timedOut());
        assertEquals(124, r.exitCode());
        assertTrue(r.duration().toMillis() < 8_000, "took " + r.duration());
        assertEquals(List.of(), survivors(marker));
        assertTrue(ToolResultFormat.render(r, Duration.ofSeconds(2))
                .contains("<details>the command was killed after 2 s</details>"));
    }

    @Test
    void backgroundJobsDieWhenTheCommandReturns() throws IOException {
        ExecResult r = run("(exec -a " + marker + " sleep 1000) & disown; nohup bash -c 'exec -a " + marker
                + " sleep 1000' >/dev/null 2>&1 & setsid -f bash -c 'exec -a " + marker + " sleep 1000'; echo started");
        assertFalse(r.timedOut());
        assertEquals("started\n", r.stdout());
        assertTrue(r.duration().toMillis() < 8_000, "the command returned without waiting: " + r.duration());
        assertEquals(List.of(), survivors(marker));
    }

    @Test
    void killingHostProcessesFails() throws Exception {
        String hostMarker = "srebench-victim-" + System.nanoTime();
        Process victim = new ProcessBuilder("/bin/bash", "-c", "sleep 60; : " + hostMarker).start();
        try {
            long jvm = ProcessHandle.current().pid();
            ExecResult r = run("kill -9 " + jvm + "; kill -9 " + victim.pid() + "; pkill -9 java; pkill -9 -f " + hostMarker
                    + "; kill -9 -1; echo survived");
            assertTrue(r.stderr().contains("No such process"), r.stderr());
            assertTrue(victim.isAlive(), "a host process survives");
            assertTrue(ProcessHandle.current().isAlive());
            ExecResult init = sb.exec("kill -9 1; echo $?", T);
            if (BwrapSandbox.isRoot()) {
                // root mode: pid 1 is the session supervisor (another uid); unprivileged mode has one
                // container per command, whose init is the command's own parent and may go with it
                assertNotEquals("0\n", init.stdout(), "the sandbox's init cannot be killed from inside either");
            }
            assertEquals("ok\n", sb.exec("echo ok", T).stdout(), "the sandbox still runs commands");
        } finally {
            victim.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void memoryHogFailsCleanly() {
        ExecResult r = run("awk 'BEGIN { s = \"xxxxxxxxxxxxxxxx\"; while (1) s = s s }'; echo awk=$?; "
                + "dd if=/dev/zero of=/dev/null bs=4G count=1; echo dd=$?");
        assertFalse(r.timedOut(), "failed by the memory limit, not the clock");
        assertEquals("awk=2\ndd=1\n", r.stdout());
        assertTrue(r.stderr().contains("awk: run time error: out of memory"), r.stderr());
        assertTrue(r.stderr().contains("dd: memory exhausted"), r.stderr());
    }

    @Test
    void noConnectionToALocalListener() throws Exception {
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress("0.0.0.0", 0));
            server.setSoTimeout(1_500);
            int port = server.getLocalPort();
            StringBuilder targets = new StringBuilder("127.0.0.1");
            for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
                for (InetAddress a : nic.inetAddresses().toList()) {
                    if (!a.isLoopbackAddress() && a.getAddress().length == 4) {
                        targets.append(' ').append(a.getHostAddress());
                    }
                }
            }
            ExecResult r = run("for h in " + targets + "; do timeout 5 bash -c \"echo hi > /dev/tcp/$h/" + port
                    + "\" && echo CONNECTED $h; done; command -v curl >/dev/null && curl -sS -m 5 http://127.0.0.1:" + port
                    + "/; exit 0");
            assertFalse(r.stdout().contains("CONNECTED"), r.stdout());
            assertTrue(r.stderr().contains("Connection refused") || r.stderr().contains("unreachable"), r.stderr());
            try {
                server.accept().close();
                throw new AssertionError("the host listener saw a connection from the sandbox");
            } catch (SocketTimeoutException expected) {
                // nothing connected
            }
        }
    }

    @Test
    void onlyLoopbackAndNoNameResolution() {
        ExecResult r = run("getent hosts example.com; echo dns=$?; getent hosts one.one.one.one; cat /proc/net/dev");
        assertTrue(r.stdout().contains("dns=2"), r.stdout());
        List<String> ifaces = r.stdout().lines().filter(l -> l.contains(":") && !l.contains("|") && !l.startsWith("dns"))
                .map(l -> l.strip().split(":")[0]).toList();
        assertEquals(List.of("lo"), ifaces, "interfaces in the sandbox");
    }

    @Test
    void plantedApiKeyInTheParentEnvironmentNeverReachesTheCommand() throws Exception {
        String key = "sk-planted-" + marker;
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "io.srebench.Main",
                "shell", "--snapshot", fx.snapshot.toString(), "-c",
                "env; cat /proc/self/environ /proc/1/environ 2>/dev/null | tr '\\0' '\\n'; echo END")
                .redirectErrorStream(true);
        pb.environment().put("OPENAI_API_KEY", key);
        pb.environment().put("ANTHROPIC_API_KEY", key);
        pb.environment().put(SandboxFactory.REQUIRE_BWRAP_ENV, "1");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("HOME=/work") && out.contains("END"), out);
        assertFalse(out.contains(key), "planted key leaked: " + out);
        assertFalse(out.contains("OPENAI_API_KEY") || out.contains("ANTHROPIC_API_KEY"), out);
    }
}
