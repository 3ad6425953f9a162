package io.srebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 13, item 1: a machine without GTK 3 is told the exact package to install before JavaFX fails. */
class StudioPreflightTest {
    private static final Path GTK = Path.of("/usr/lib/x86_64-linux-gnu/libgtk-3.so.0");

    @Test
    void missingGtkNamesThePackage() {
        Optional<String> p = StudioPreflight.problem("Linux", null, Map.of("DISPLAY", ":0")::get, f -> false);
        assertTrue(p.orElseThrow().contains("sudo apt-get install -y libgtk-3-0"), p.toString());
    }

    @Test
    void gtkAndADisplayPass() {
        assertEquals(Optional.empty(), StudioPreflight.problem("Linux", null, Map.of("DISPLAY", ":99")::get, GTK::equals));
        assertEquals(Optional.empty(), StudioPreflight.problem("Linux", null,
                Map.of("WAYLAND_DISPLAY", "wayland-0", "LD_LIBRARY_PATH", "/opt/gtk")::get,
                f -> f.equals(Path.of("/opt/gtk/libgtk-3.so.0"))));
    }

    @Test
    void noDisplayIsSaid() {
        assertTrue(StudioPreflight.problem("Linux", null, Map.<String, String>of()::get, GTK::equals).orElseThrow()
                .contains("xvfb-run"));
    }

    @Test
    void monocleOtherSystemsAndTheOverrideSkip() {
        assertEquals(Optional.empty(), StudioPreflight.problem("Linux", "Monocle", Map.<String, String>of()::get, f -> false));
        assertEquals(Optional.empty(), StudioPreflight.problem("Mac OS X", null, Map.<String, String>of()::get, f -> false));
        assertEquals(Optional.empty(), StudioPreflight.problem("Linux", null, Map.of("SREBENCH_SKIP_GTK_CHECK", "1")::get,
                f -> false));
    }

    @Test
    void aToolkitFailureIsTranslated() {
        RuntimeException e = new RuntimeException("boom", new UnsupportedOperationException(
                "Unable to load glass GTK library."));
        assertEquals(Optional.of(StudioPreflight.GTK_HINT), StudioPreflight.hintFor(e));
        assertEquals(Optional.empty(), StudioPreflight.hintFor(new IllegalStateException("other")));
    }
}
