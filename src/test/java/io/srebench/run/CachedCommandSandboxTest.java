package io.srebench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.sandbox.ExecResult;
import io.srebench.sandbox.Sandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The audit's per-task command cache: each distinct command runs once; the real sandbox opens on the first miss;
 * failed commands are reported. */
class CachedCommandSandboxTest {
    private static final Duration T = Duration.ofSeconds(5);

    /** Counts what reaches the real sandbox; commands named "slow" time out. */
    private static final class CountingSandbox implements Sandbox {
        private final List<String> ran = new ArrayList<>();
        private boolean closed;

        @Override
        public ExecResult exec(String command, Duration timeout) {
            ran.add(command);
            boolean slow = command.equals("slow");
            return new ExecResult(slow ? 124 : 0, command + "\n", "", command.length() + 1, 0, Duration.ZERO, slow);
        }

        @Override
        public String backend() {
            return "counting";
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void sessionsOfOneTaskShareResultsAndOpenTheSandboxOnlyOnAMiss() {
        Map<String, ExecResult> cache = new ConcurrentHashMap<>();
        List<String> failures = new ArrayList<>();
        List<CountingSandbox> opened = new ArrayList<>();
        Supplier<Sandbox> opener = () -> {
            CountingSandbox s = new CountingSandbox();
            opened.add(s);
            return s;
        };
        ExecResult first;
        try (CachedCommandSandbox a = new CachedCommandSandbox(opener, "bwrap", cache, failures::add)) {
            first = a.exec("jq . /snapshot/x", T);
            a.exec("slow", T);
            assertEquals("bwrap", a.backend());
        }
        try (CachedCommandSandbox b = new CachedCommandSandbox(opener, "bwrap", cache, failures::add)) {
            assertSame(first, b.exec("jq . /snapshot/x", T));
        }
        assertEquals(1, opened.size(), "the second session needed no sandbox");
        try (CachedCommandSandbox c = new CachedCommandSandbox(opener, "bwrap", cache, failures::add)) {
            c.exec("slow", T);
        }
        assertEquals(2, opened.size(), "a timed-out command is not kept");
        assertEquals(List.of("jq . /snapshot/x", "slow"), opened.get(0).ran);
        assertEquals(List.of("slow"), opened.get(1).ran);
        assertEquals(List.of("command failed (timed out): slow", "command failed (timed out): slow"), failures);
        assertTrue(opened.get(0).closed && opened.get(1).closed);
    }
}
