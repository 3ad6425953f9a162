package io.srebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.srebench.sandbox.SandboxFactory;
import io.srebench.task.LiteFixture;
import io.srebench.common.UserDirs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Hostile: an agent in {@code shell --snapshot} on an ITBench-Lite folder tries every way to read the ground truth
 * and the scenario spec that lie in the folder; none may work.
 */
class ShellSnapshotTruthTest {
    private static final String SECRET = "SECRET-ROOT-CAUSE-7f3a";

    @TempDir
    Path tmp;
    private Path scenario;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(SandboxFactory.bwrapAvailable() || !SandboxFactory.bwrapRequired()
                || failed(SandboxFactory.warning().orElse("")));
        scenario = LiteFixture.write(tmp.resolve("lite/Scenario-7"));
        Files.writeString(scenario.resolve("ground_truth.yaml"), "groups:\n  - id: " + SECRET + "\n    root_cause: true\n");
        Files.writeString(scenario.resolve("scenario.yaml"), "kind: Scenario\nname: " + SECRET + "\n");
        Files.writeString(scenario.resolve("metrics/ground_truth.bak"), SECRET);
        Files.createDirectories(scenario.resolve("answers_truth"));
        Files.writeString(scenario.resolve("answers_truth/a.txt"), SECRET);
        Files.writeString(scenario.resolve("spec_copy.txt"), "---\nkind: GroundTruth\nspec: " + SECRET + "\n");
        Files.createLink(scenario.resolve("notes.tsv"), scenario.resolve("ground_truth.yaml"));
        Files.createSymbolicLink(scenario.resolve("readme.tsv"), scenario.resolve("ground_truth.yaml"));
    }

    private static boolean failed(String why) {
        throw new AssertionError("bubblewrap required but unusable: " + why);
    }

    private int shell(String command) {
        UserDirs dirs = new UserDirs(Map.of("SREBENCH_CACHE_DIR", tmp.resolve("cache").toString()), "linux", tmp);
        CommandLine cl = new CommandLine(new ShellCommand().withUserDirs(dirs));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute("--snapshot", scenario.toString(), "-c", command);
    }

    @Test
    void catOfTheGroundTruthFails() {
        assertEquals(1, shell("cat /snapshot/ground_truth.yaml"));
        assertTrue(out.toString().contains("No such file or directory"), out.toString());
        assertFalse(out.toString().contains(SECRET), out.toString());
    }

    @Test
    void listingAndGrepFindNoTruthAndNoSpec() {
        assertEquals(0, shell("ls -laR /snapshot; find /snapshot; cat /snapshot/*.tsv /snapshot/*.txt 2>&1;"
                + " grep -rl kind /snapshot; true"));
        String seen = out.toString();
        assertFalse(seen.contains(SECRET), seen);
        assertFalse(seen.contains("truth"), seen);
        assertFalse(seen.contains("scenario.yaml"), seen);
        assertFalse(seen.contains("spec_copy"), seen);
        assertTrue(seen.contains("k8s_events_raw.tsv"), "the telemetry is there: " + seen);
    }

    @Test
    void noPathOutsideTheSnapshotLeadsToTheFolder() {
        assumeTrue(SandboxFactory.bwrapAvailable(), "only bwrap hides the host filesystem");
        shell("cat " + scenario.resolve("ground_truth.yaml") + " 2>&1; find / \\( -path /proc -o -path /sys \\) -prune"
                + " -o -name '*truth*' -print 2>/dev/null; grep -rs " + SECRET + " /snapshot /tmp /scratch 2>/dev/null; true");
        assertFalse(out.toString().contains(SECRET), out.toString());
        assertFalse(out.toString().contains("ground_truth.yaml\n"), out.toString());
    }
}
