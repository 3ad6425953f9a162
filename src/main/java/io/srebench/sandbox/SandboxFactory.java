package io.srebench.sandbox;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Chooses the sandbox backend. bubblewrap is used when it works on this machine (probed once per JVM
 * by running a real {@link BwrapSandbox} command); otherwise {@link ProcessSandbox}, which cannot hide
 * host files, and {@link #warning()} carries the text the CLI prints and the studio shows.
 *
 * <p>With the environment variable {@code SREBENCH_REQUIRE_BWRAP=1} a missing or broken bwrap is an
 * error ({@link SandboxUnavailableException}) instead of a fallback: CI sets it so sandbox tests never
 * silently run without isolation.
 */
public final class SandboxFactory {
    /** Environment variable that forbids the fallback. */
    public static final String REQUIRE_BWRAP_ENV = "SREBENCH_REQUIRE_BWRAP";

    private static volatile Probe probe;

    private SandboxFactory() {
    }

    /** What the one-time probe found: the bwrap path when usable, else why not. */
    private record Probe(String bwrapPath, String failure) {
    }

    /** Creates a sandbox on {@code snapshotDir} with the best available backend. */
    public static Sandbox create(Path snapshotDir, SandboxOptions options) {
        Probe p = probe();
        if (p.bwrapPath() != null) {
            return new BwrapSandbox(snapshotDir, options, p.bwrapPath());
        }
        if (bwrapRequired()) {
            throw new SandboxUnavailableException(REQUIRE_BWRAP_ENV + "=1 but bubblewrap is unusable: " + p.failure());
        }
        return new ProcessSandbox(snapshotDir, options);
    }

    /** Whether bubblewrap works here (probes on first call). */
    public static boolean bwrapAvailable() {
        return probe().bwrapPath() != null;
    }

    /** Whether the environment forbids falling back to {@link ProcessSandbox}. */
    public static boolean bwrapRequired() {
        return "1".equals(System.getenv(REQUIRE_BWRAP_ENV));
    }

    /** The backend {@link #create} picks: {@code "bwrap"} or {@code "process"}. */
    public static String backend() {
        return bwrapAvailable() ? "bwrap" : "process";
    }

    /**
     * A warning to show the user when commands will run without isolation, or empty when bwrap is used.
     */
    public static Optional<String> warning() {
        Probe p = probe();
        if (p.bwrapPath() != null) {
            return Optional.empty();
        }
        return Optional.of("WARNING: bubblewrap is not usable (" + p.failure() + "); agent commands run as plain "
                + "processes that can read every file you can (the ground truth included) and reach the network. "
                + "Install bubblewrap (apt-get install bubblewrap) for isolation.");
    }

    private static Probe probe() {
        Probe p = probe;
        if (p == null) {
            synchronized (SandboxFactory.class) {
                p = probe;
                if (p == null) {
                    p = runProbe();
                    probe = p;
                }
            }
        }
        return p;
    }

    private static Probe runProbe() {
        String bwrap = findOnPath("bwrap");
        if (bwrap == null) {
            return new Probe(null, "no bwrap on PATH");
        }
        Path snap = null;
        try {
            snap = Files.createTempDirectory("srebench-probe-");
            Files.writeString(snap.resolve("probe.txt"), "ok\n");
            Files.setPosixFilePermissions(snap, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            try (BwrapSandbox s = new BwrapSandbox(snap, SandboxOptions.defaults(), bwrap)) {
                ExecResult r = s.exec("cat /snapshot/probe.txt && touch /work/w", Duration.ofSeconds(20));
                if (r.exitCode() == 0 && r.stdout().equals("ok\n")) {
                    return new Probe(bwrap, null);
                }
                String why = (r.stderr().isBlank() ? "exit code " + r.exitCode() : r.stderr().strip()).lines().findFirst()
                        .orElse("");
                return new Probe(null, "bwrap test command failed: " + why);
            }
        } catch (IOException | RuntimeException e) {
            return new Probe(null, "bwrap test failed: " + e.getMessage());
        } finally {
            if (snap != null) {
                try {
                    ScratchDir.deleteTree(snap);
                } catch (IOException ignored) {
                    // a leftover empty temp dir is harmless
                }
            }
        }
    }

    private static String findOnPath(String name) {
        String path = System.getenv("PATH");
        for (String dir : (path == null ? "/usr/bin:/bin" : path).split(File.pathSeparator)) {
            Path f = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isRegularFile(f) && Files.isExecutable(f)) {
                return f.toAbsolutePath().toString();
            }
        }
        return null;
    }
}
