package io.srebench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks, before the JavaFX toolkit starts, that a studio window can open on this machine, so a fresh install says
 * what to install instead of failing with {@code UnsupportedOperationException: Unable to load glass GTK library}
 * (issue 13, item 1). On Linux the window needs GTK 3 ({@code libgtk-3.so.0}, Debian/Ubuntu package
 * {@code libgtk-3-0}) and a display. {@code SREBENCH_SKIP_GTK_CHECK=1} skips the check (unusual library layouts).
 */
final class StudioPreflight {
    /** The Debian/Ubuntu package that provides the library JavaFX's glass loads. */
    static final String GTK_PACKAGE = "libgtk-3-0";
    static final String GTK_HINT = "the studio window needs GTK 3 (libgtk-3.so.0), which is not installed; install it "
            + "with: sudo apt-get install -y " + GTK_PACKAGE + " (Fedora: sudo dnf install gtk3). Views render without "
            + "it: srebench studio --snapshot out.png --view runs";
    private static final List<String> LIB_DIRS = List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
            "/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu", "/usr/lib64", "/lib64", "/usr/lib", "/lib",
            "/usr/local/lib");

    private StudioPreflight() {
    }

    /** What stops a window from opening here, or empty. */
    static Optional<String> problem() {
        return problem(System.getProperty("os.name", ""), System.getProperty("glass.platform"), System::getenv,
                Files::exists);
    }

    /**
     * @param env environment lookup
     * @param exists whether a file exists
     */
    static Optional<String> problem(String os, String glassPlatform, Function<String, String> env, Predicate<Path> exists) {
        if (!os.toLowerCase(Locale.ROOT).contains("linux") || "Monocle".equalsIgnoreCase(glassPlatform)
                || "1".equals(env.apply("SREBENCH_SKIP_GTK_CHECK"))) {
            return Optional.empty();
        }
        List<String> dirs = new ArrayList<>();
        String ld = env.apply("LD_LIBRARY_PATH");
        if (ld != null) {
            for (String d : ld.split(":")) {
                if (!d.isBlank()) {
                    dirs.add(d);
                }
            }
        }
        dirs.addAll(LIB_DIRS);
        boolean gtk = dirs.stream().anyMatch(d -> exists.test(Path.of(d, "libgtk-3.so.0")));
        if (!gtk) {
            return Optional.of(GTK_HINT);
        }
        if (blank(env.apply("DISPLAY")) && blank(env.apply("WAYLAND_DISPLAY"))) {
            return Optional.of("no display to open the studio window on (DISPLAY is not set): run it in a desktop session, "
                    + "or under a virtual one: xvfb-run -a java -jar target/srebench.jar studio");
        }
        return Optional.empty();
    }

    /** The hint for a toolkit failure that the check did not foresee, or empty. */
    static Optional<String> hintFor(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null && c.getMessage().contains("glass GTK")) {
                return Optional.of(GTK_HINT);
            }
        }
        return Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
