package io.srebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        assumeTrue(SandboxFactory.bwrapAvailable() || SandboxFactory.bwrapRequired() && fail(),
                "bubblewrap is not usable here and there is no fallback");
    }

    private static boolean fail() {
        throw new AssertionError("bubblewrap required but unusable: " + SandboxFactory.bwrapFailure().orElse(""));
    }

    private int run(ShellCommand cmd, String... args) {
        CommandLine cl = cmd == null ? SrebenchCommand.newCommandLine() : new CommandLine(cmd);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** Issue 14 finding 5: process mode only by opt-in, and never as root. */
    @Test
    void unsafeNoSandboxIsRefusedAsRootWithOneLine() {
        assumeTrue("root".equals(System.getProperty("user.name")), "runs as root in CI");
        int code = run(null, "shell", "--snapshot", snap.toString(), "--unsafe-no-sandbox", "-c", "echo ran");
        assertEquals(2, code, err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("refused as root") && err.toString().contains("/proc/<pid>/environ"),
                err.toString());
        assertFalse(out.toString().contains("ran"));
    }

    /** Issue 14 finding 7: a command's output cannot write the clipboard or clear the screen. */
    @Test
    void escapesInCommandOutputAreShownVisibly() {
        int code = run(null, "shell", "--snapshot", snap.toString(), "-c",
                "printf '\\033]52;c;aGk=\\007\\033[2Jok\\r'; printf '\\033[31m' >&2");
        assertEquals(0, code, err.toString());
        assertFalse(out.toString().contains("\u001b") || out.toString().contains("\u0007"), out.toString());
        assertTrue(out.toString().contains("^[]52;c;aGk=^G^[[2Jok^M"), out.toString());
        assertTrue(out.toString().contains("<stderr>^[[31m</stderr>"), out.toString());
    }

    @Test
    void dashCPrintsTheToolResultAndExitsWithTheCommandsCode() {
        int code = run(null, "shell", "--snapshot", snap.toString(), "-c", "jq -c .edges topology.json 2>&1; "
                + "jq -c .edges /snapshot/topology.json; echo oops >&2; exit 7");
        assertEquals(7, code);
        assertTrue(out.toString().startsWith("<shell_results>\n<exit_code>7</exit_code>\n<stdout>"), out.toString());
        assertTrue(out.toString().contains("[]\n</stdout>\n<stderr>oops\n</stderr>"), out.toString());
    }

    @Test
    void timeoutIsReportedAsTheAgentSeesIt() {
        int code = run(null, "shell", "--snapshot", snap.toString(), "--timeout", "1", "-c", "sleep 30");
        assertEquals(124, code);
        assertEquals("<shell_results>\n<error_kind>timeout</error_kind>\n<details>the command was killed after 1 s</details>\n"
                + "<exit_code>124</exit_code>\n<stdout></stdout>\n<stderr></stderr>\n</shell_results>\n", out.toString());
    }

    @Test
    void interactiveLoopRunsOneExecPerLine() {
        ShellCommand cmd = new ShellCommand().withStdin(new ByteArrayInputStream(
                "echo hi > f\n\ncat f\nexit 3\n".getBytes(StandardCharsets.UTF_8)));
        int code = run(cmd, "--snapshot", snap.toString());
        assertEquals(3, code);
        String ok = "<shell_results>\n<exit_code>%d</exit_code>\n<stdout>%s</stdout>\n<stderr></stderr>\n</shell_results>\n";
        assertEquals("sandbox$ " + String.format(ok, 0, "") + "sandbox$ sandbox$ " + String.format(ok, 0, "hi\n")
                + "sandbox$ " + String.format(ok, 3, "") + "sandbox$ \n", out.toString());
    }

    @Test
    void missingSnapshotIsBadInput() {
        assertEquals(2, run(null, "shell", "--snapshot", tmp.resolve("nope").toString(), "-c", "true"));
        assertTrue(err.toString().contains("nope: snapshot directory does not exist"), err.toString());
    }
}
