package io.srebench.sandbox;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Chooses the sandbox backend. bubblewrap is used when it works on this machine (probed once per JVM
 * by running a real {@link BwrapSandbox} command). There is no silent fallback: without a usable bwrap,
 * {@link #create} refuses ({@link SandboxUnavailableException}) unless the user opted in to unisolated
 * commands ({@code --unsafe-no-sandbox}, or the setting {@code SREBENCH_UNSAFE_NO_SANDBOX=1}); then, and
 * only when not running as root, {@link ProcessSandbox} is used and {@link #warning()} names what that
 * exposes. The opt-in always selects process mode, even where bwrap works.
 *
 * <p>With the environment variable {@code SREBENCH_REQUIRE_BWRAP=1} an unusable bwrap is reported as a broken
 * machine rather than a missing install: CI sets it so sandbox tests never skip.
 */
public final class SandboxFactory {
    /** Environment variable that makes an unusable bwrap a machine error (CI). */
    public static final String REQUIRE_BWRAP_ENV = "SREBENCH_REQUIRE_BWRAP";
    /** Environment variable (the setting) that opts in to process mode, as {@code --unsafe-no-sandbox} does. */
    public static final String UNSAFE_ENV = "SREBENCH_UNSAFE_NO_SANDBOX";
    /** What process mode exposes; part of every warning and refusal about it. */
    public static final String PROCESS_MODE_EXPOSES = "agent commands run as plain processes of your user: they "
            + "can read every file you can (the ground truth included) and the API keys in srebench's own "
            + "environment (/proc/<pid>/environ), reach the network including services on loopback, signal and "
            + "kill your other processes, and fork and allocate without a total bound";

    private static volatile Probe probe;
    private static volatile boolean unsafeOptIn;

    private SandboxFactory() {
    }

    /** What the one-time probe found: the bwrap path when usable, else why not. */
    private record Probe(String bwrapPath, String failure) {
    }

    /**
     * Records the user's explicit opt-in to process mode ({@code --unsafe-no-sandbox}) for this JVM; false
     * withdraws it (the {@link #UNSAFE_ENV} setting still counts).
     */
    public static void allowUnsafeProcessMode(boolean allow) {
        unsafeOptIn = allow;
    }

    /** Whether the user opted in to process mode (flag or setting). */
    public static boolean unsafeOptedIn() {
        return unsafeOptIn || "1".equals(System.getenv(UNSAFE_ENV));
    }

    /**
     * Creates a sandbox on {@code snapshotDir}: bwrap, or process mode when opted in.
     *
     * @throws SandboxUnavailableException when bwrap is unusable and there is no opt-in, or process mode
     *     is refused (running as root, or {@link #REQUIRE_BWRAP_ENV} set)
     */
    public static Sandbox create(Path snapshotDir, SandboxOptions options) {
        return create(snapshotDir, options, unsafeOptedIn(), UserTasks.currentUid());
    }

    static Sandbox create(Path snapshotDir, SandboxOptions options, boolean unsafe, long uid) {
        if (unsafe) {
            checkProcessModeAllowed(uid);
            return new ProcessSandbox(snapshotDir, options);
        }
        Probe p = probe();
        return bwrapOrRefuse(snapshotDir, options, p.bwrapPath(), p.failure());
    }

    /** bwrap when {@code bwrapPath} is usable, else the refusal (no silent fallback). */
    static Sandbox bwrapOrRefuse(Path snapshotDir, SandboxOptions options, String bwrapPath, String failure) {
        if (bwrapPath != null) {
            return new BwrapSandbox(snapshotDir, options, bwrapPath);
        }
        if (bwrapRequired()) {
            throw new SandboxUnavailableException(REQUIRE_BWRAP_ENV + "=1 but bubblewrap is unusable: " + failure);
        }
        throw new SandboxUnavailableException("bubblewrap is not usable (" + failure + "): install it "
                + "(apt-get install bubblewrap); without it " + PROCESS_MODE_EXPOSES + ". To accept that anyway, "
                + "as a user other than root, pass --unsafe-no-sandbox");
    }

    /** Refuses process mode as root (or when the uid is unknown). */
    static void checkProcessModeAllowed(long uid) {
        if (uid <= 0) {
            throw new SandboxUnavailableException("--unsafe-no-sandbox: refused as root (" + PROCESS_MODE_EXPOSES
                    + ", all as root); run srebench as an unprivileged user, or install bubblewrap");
        }
    }

    /** Whether bubblewrap works here (probes on first call). */
    public static boolean bwrapAvailable() {
        return probe().bwrapPath() != null;
    }

    /** Whether the environment forbids falling back to {@link ProcessSandbox}. */
    public static boolean bwrapRequired() {
        return "1".equals(System.getenv(REQUIRE_BWRAP_ENV));
    }

    /** The backend {@link #create} picks: {@code "process"} when opted in, else {@code "bwrap"}. */
    public static String backend() {
        return unsafeOptedIn() ? "process" : "bwrap";
    }

    /** A warning to show the user when commands will run without isolation (opted in), else empty. */
    public static Optional<String> warning() {
        if (!unsafeOptedIn()) {
            return Optional.empty();
        }
        return Optional.of("WARNING: --unsafe-no-sandbox: " + PROCESS_MODE_EXPOSES + ". Use it only to try "
                + "things out with an endpoint you trust.");
    }

    /**
     * A warning when {@code s} runs with degraded bounds (no session memory cap, tree-walking quota), naming
     * what is in force; empty when the kernel enforces them all. Process mode is covered by {@link #warning()}.
     */
    public static Optional<String> degradedWarning(Sandbox s) {
        if (s instanceof BwrapSandbox b && !b.sessionMemoryCapped()) {
            return Optional.of("WARNING: sandbox bounds degraded: " + b.limits()
                    + " (see docs/decisions/0004-sandbox-bounds.md)");
        }
        return Optional.empty();
    }

    /** Why bwrap is unusable, or empty when it works (probes on first call). */
    public static Optional<String> bwrapFailure() {
        return Optional.ofNullable(probe().failure());
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
