package io.srebench.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxFactoryTest {
    @TempDir
    Path tmp;

    @AfterEach
    void withdraw() {
        SandboxFactory.allowUnsafeProcessMode(false);
    }

    @Test
    void picksBwrapWithoutAnyWarning() throws Exception {
        SandboxFixture fx = new SandboxFixture(tmp);
        try (Sandbox sb = SandboxFixture.bwrap(fx.snapshot, SandboxOptions.defaults())) {
            assertEquals("bwrap", sb.backend());
            assertEquals("bwrap", SandboxFactory.backend());
            assertTrue(SandboxFactory.warning().isEmpty());
        }
    }

    /** Issue 14 finding 5: without bwrap, commands used to run unisolated by default. */
    @Test
    void withoutBwrapThereIsNoSilentFallback() throws Exception {
        SandboxFixture fx = new SandboxFixture(tmp);
        SandboxUnavailableException e = assertThrows(SandboxUnavailableException.class,
                () -> SandboxFactory.bwrapOrRefuse(fx.snapshot, SandboxOptions.defaults(), null, "no bwrap on PATH"));
        assertTrue(e.getMessage().contains("no bwrap on PATH"), e.getMessage());
        if (!SandboxFactory.bwrapRequired()) {
            assertTrue(e.getMessage().contains("--unsafe-no-sandbox"), e.getMessage());
            assertExposures(e.getMessage());
        }
    }

    @Test
    void processModeIsRefusedAsRoot() throws Exception {
        SandboxFixture fx = new SandboxFixture(tmp);
        SandboxUnavailableException e = assertThrows(SandboxUnavailableException.class,
                () -> SandboxFactory.create(fx.snapshot, SandboxOptions.defaults(), true, 0));
        assertTrue(e.getMessage().contains("refused as root"), e.getMessage());
        assertExposures(e.getMessage());
    }

    @Test
    void processModeOnlyByExplicitOptInAndItsWarningNamesWhatItExposes() throws Exception {
        SandboxFixture fx = new SandboxFixture(tmp);
        assertTrue(SandboxFactory.warning().isEmpty(), "no opt-in, no process mode");
        try (Sandbox sb = SandboxFactory.create(fx.snapshot, SandboxOptions.defaults(), true, 1000)) {
            assertEquals("process", sb.backend());
            assertEquals(0, sb.exec("true", Duration.ofSeconds(10)).exitCode());
        }
        SandboxFactory.allowUnsafeProcessMode(true);
        assertEquals("process", SandboxFactory.backend());
        assertExposures(SandboxFactory.warning().orElseThrow());
    }

    private static void assertExposures(String text) {
        for (String s : new String[] {"/proc/<pid>/environ", "API keys", "loopback", "kill", "fork", "ground truth"}) {
            assertTrue(text.contains(s), "names " + s + ": " + text);
        }
    }
}
