package io.srebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.trajectory.ToolCallRecord;
import io.srebench.trajectory.ToolResultRecord;
import io.srebench.trajectory.TrajectoryIO;
import io.srebench.trajectory.Turn;
import io.srebench.run.NewRun;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.TurnRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 finding 7: escape sequences from untrusted text never reach the terminal from any CLI output. */
class TerminalEscapesTest {
    /** OSC 52 (write the clipboard), a screen clear, a C1 CSI, a bidi override, a bell, a carriage return. */
    static final String HOSTILE = "\u001b]52;c;cm0gLXJmIH4=\u0007\u001b[2J\u009b31m\u202eevil\rX";

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void fill() {
        db = CliRunner.storeIn(dir, s -> {
            long id = s.createRun(new NewRun(1, "scenario-1", "agent" + HOSTILE, null, 1, "{}"));
            Turn t = new Turn(1, Instant.now(), Instant.now(), List.of(), "I think " + HOSTILE, "",
                    List.of(new ToolCallRecord("c1", "shell", "{\"command\":\"cat x" + HOSTILE.replace("\\", "") + "\"}",
                            true, null)),
                    List.of(new ToolResultRecord("c1", "shell", 0, "out " + HOSTILE, "err " + HOSTILE, 10, 10, false,
                            false, 5, false, null)), null, 1, 1, 0.0, List.of(), 0, null);
            s.appendTurn(id, new TurnRecord(0, Instant.now(), TrajectoryIO.turnLine(t), "needle " + HOSTILE), 0, 0, 0);
            s.finishRun(id, RunStatus.ERRORED, "provider said " + HOSTILE, null, Instant.now());
        });
    }

    private static void assertSafe(CliRunner r) {
        for (String text : new String[] {r.out(), r.err()}) {
            for (char c : new char[] {'\u001b', '\u0007', '\u009b', '\u202e'}) {
                assertFalse(text.indexOf(c) >= 0, "control " + (int) c + " passed through: " + text);
            }
        }
        assertTrue((r.out() + r.err()).contains("^[]52;c;"), "shown visibly: " + r.out());
    }

    @Test
    void showListSearchAndReportShowEscapesVisibly() {
        for (String[] args : new String[][] {{"show", "1"}, {"show", "1", "--brief"}, {"list"}, {"search", "needle"},
            {"report"}, {"list", "--json"}}) {
            CliRunner r = CliRunner.onDb(db, args);
            assertEquals(0, r.exit(), String.join(" ", args) + ": " + r.err());
            if (!args[0].equals("list") || args.length == 1) {
                assertSafe(r);
            }
            assertFalse(r.out().contains("\u001b"), String.join(" ", args));
        }
        CliRunner show = CliRunner.run("show", "1", "--db", db.toString());
        assertTrue(show.out().contains("evil^MX"), "a carriage return in a transcript is shown: " + show.out());
    }

    @Test
    void safeKeepsNewlinesAndTabsAndShowsTheRest() {
        assertEquals("a\tb\n^[[2J^G\\u009b^M^?", TerminalText.safe("a\tb\n\u001b[2J\u0007\u009b\r\u007f"));
        assertEquals("plain", TerminalText.safe("plain"));
    }
}
