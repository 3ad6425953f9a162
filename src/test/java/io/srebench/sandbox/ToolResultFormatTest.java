package io.srebench.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ToolResultFormatTest {
    @Test
    void rendersExitCodeAndBothStreams() {
        ExecResult r = new ExecResult(1, "a\nb\n", "oops", 4, 4, Duration.ofMillis(30), false);
        assertEquals("exit_code: 1\nstdout:\na\nb\nstderr:\noops\n", ToolResultFormat.render(r));
    }

    @Test
    void marksEmptyStreamsAndTimeouts() {
        ExecResult r = new ExecResult(124, "", "", 0, 0, Duration.ofMillis(2_040), true);
        assertEquals("exit_code: 124\n[timed out after 2s]\nstdout: (empty)\nstderr: (empty)\n",
                ToolResultFormat.render(r, Duration.ofSeconds(2)));
        assertEquals("exit_code: 124\n[timed out after 2.5s]\nstdout: (empty)\nstderr: (empty)\n",
                ToolResultFormat.render(r, Duration.ofMillis(2_500)));
    }
}
