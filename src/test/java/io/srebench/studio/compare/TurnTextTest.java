package io.srebench.studio.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.trajectory.ToolCallRecord;
import io.srebench.trajectory.ToolResultRecord;
import io.srebench.studio.kit.InspectedTurn;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TurnTextTest {
    private static InspectedTurn.Step shell(String cmd, String out) {
        ToolCallRecord call = new ToolCallRecord("c", "shell", "{}", true, null);
        return new InspectedTurn.Step("shell", cmd, call,
                new ToolResultRecord("c", "shell", 0, out, "", out.length(), 0, false, false, 1, false, null));
    }

    @Test
    void everyCommandShowsWithItsFirstLinesAndWhatWasLeftOut() {
        InspectedTurn t = new InspectedTurn(0, null, null, List.of(shell("ls /snapshot/alerts", "a\nb\nc\nd\ne\n"),
                shell("jq . /snapshot/topology.json", "checkout\n")));
        assertEquals("turn 1\n$ ls /snapshot/alerts\n  a\n  b\n  c\n  … 2 more lines\n$ jq . /snapshot/topology.json\n  checkout",
                TurnText.of(t, List.of()));
    }

    @Test
    void manyCallsAreCountedNotDropped() {
        List<InspectedTurn.Step> steps = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            steps.add(shell("echo " + i, ""));
        }
        String text = TurnText.of(new InspectedTurn(4, null, null, steps), List.of("payment"));
        assertTrue(text.startsWith("turn 5   ◆ first touch of payment\n$ echo 0"), text);
        assertTrue(text.contains("$ echo 7") && !text.contains("$ echo 8"), text);
        assertTrue(text.endsWith("… 3 more calls (open the run for all of them)"), text);
    }
}
