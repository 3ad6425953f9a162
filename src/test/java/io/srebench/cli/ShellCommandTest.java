package io.srebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.srebench.sandbox.SandboxFactory;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ShellCommandTest {
    @TempDir
    Path tmp;
    private Path snap;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws Exception {
        snap = Files.createDirectories(tmp.resolve("snap"));
        Files.writeString(snap.resolve("topology.json"), "{\"nodes\":[],\"edges\":[]}\n");
        assumeTrue(SandboxFactory.bwrapAvailable() || !SandboxFactory.bwrapRequired() || fail());
    }

    private static boolean fail() {
        throw new AssertionError("bubblewrap required but unusable: " + SandboxFactory.warning().orElse(""));
    }

    private int run(ShellCommand cmd, String... args) {
        CommandLine cl = cmd == null ? SrebenchCommand.newCommandLine() : new CommandLine(cmd);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void dashCPrintsTheToolResultAndExitsWithTheCommandsCode() {
        int code = run(null, "shell", "--snapshot", snap.toString(), "-c", "jq -c .edges topology.json 2>&1; "
                + "jq -c .edges /snapshot/topology.json; echo oops >&2; exit 7");
        assertEquals(7, code);
        assertTrue(out.toString().startsWith("exit_code: 7\nstdout:\n"), out.toString());
        assertTrue(out.toString().contains("[]\nstderr:\noops\n"), out.toString());
    }

    @Test
    void timeoutIsReportedAsTheAgentSeesIt() {
        int code = run(null, "shell", "--snapshot", snap.toString(), "--timeout", "1", "-c", "sleep 30");
        assertEquals(124, code);
        assertEquals("exit_code: 124\n[timed out after 1s]\nstdout: (empty)\nstderr: (empty)\n", out.toString());
    }

    @Test
    void interactiveLoopRunsOneExecPerLine() {
        ShellCommand cmd = new ShellCommand().withStdin(new ByteArrayInputStream(
                "echo hi > f\n\ncat f\nexit 3\n".getBytes(StandardCharsets.UTF_8)));
        int code = run(cmd, "--snapshot", snap.toString());
        assertEquals(3, code);
        assertEquals("sandbox$ exit_code: 0\nstdout: (empty)\nstderr: (empty)\nsandbox$ sandbox$ exit_code: 0\nstdout:\nhi\n"
                + "stderr: (empty)\nsandbox$ exit_code: 3\nstdout: (empty)\nstderr: (empty)\nsandbox$ \n", out.toString());
    }

    @Test
    void missingSnapshotIsBadInput() {
        assertEquals(2, run(null, "shell", "--snapshot", tmp.resolve("nope").toString(), "-c", "true"));
        assertTrue(err.toString().contains("nope: snapshot directory does not exist"), err.toString());
    }
}
