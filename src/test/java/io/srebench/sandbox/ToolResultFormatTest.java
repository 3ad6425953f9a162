package io.srebench.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ToolResultFormatTest {
    @Test
    void rendersExitCodeAndBothStreams() {
        ExecResult r = new ExecResult(1, "a\nb\n", "oops", 4, 4, Duration.ofMillis(30), false);
        assertEquals("<shell_results>\n<exit_code>1</exit_code>\n<stdout>a\nb\n</stdout>\n<stderr>oops</stderr>\n"
                + "</shell_results>\n", ToolResultFormat.render(r));
    }

    @Test
    void marksTimeouts() {
        ExecResult r = new ExecResult(124, "", "", 0, 0, Duration.ofMillis(2_040), true);
        String timeout = "<shell_results>\n<error_kind>timeout</error_kind>\n<details>the command was killed after %s s"
                + "</details>\n<exit_code>124</exit_code>\n<stdout></stdout>\n<stderr></stderr>\n</shell_results>\n";
        assertEquals(String.format(timeout, "2"), ToolResultFormat.render(r, Duration.ofSeconds(2)));
        assertEquals(String.format(timeout, "2.5"), ToolResultFormat.render(r, Duration.ofMillis(2_500)));
    }
}
