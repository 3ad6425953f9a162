package io.srebench.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The host side of one long-lived bwrap container that runs a session's commands (root mode of
 * {@link BwrapSandbox}). The container starts on the first command, runs {@code supervisor.sh}, and is
 * reused for every later command: a command then costs a fork and two execs inside the container instead
 * of a new container.
 *
 * <p>Per command: the request goes down the container's stdin; stdout and stderr come back on the
 * container's pipes, each ended by a marker with a fresh random nonce ({@link FrameReader}); the supervisor
 * writes the markers only after every process of the command is gone. The timeout and the scratch quota
 * are enforced here by killing every process of the session's host uid ({@code kill(-1)} as that uid,
 * which only this session's commands have). If the supervisor does not answer after that, or the
 * container died, the whole container is killed (its pid namespace with it) and the next command starts
 * a new one. /work and /tmp are tmpfs mounts of the container's own mount namespace, so they go with it:
 * the next command starts on empty ones, and its stderr says so (docs/decisions/0004-sandbox-bounds.md).
 */
final class SandboxSession implements AutoCloseable {
    /** Exit code reported when the container died under a command (128 + SIGKILL). */
    private static final int KILLED_EXIT = 137;
    /** How long the supervisor may take to report after the command was killed before the container is. */
    private static final long GRACE_MILLIS = 5_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * Starts containers from one long-lived thread: bwrap's --die-with-parent is tied to the thread that
     * forked it, and a caller's thread (a pool worker) may end while the session lives on.
     */
    private static final ExecutorService LAUNCHER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sandbox-launcher");
        t.setDaemon(true);
        return t;
    });

    private final List<String> argv;
    private final java.io.File cwd;
    private final Map<String, String> env;
    private final int uid;
    private final LongSupplier scratchUsage;
    private final long scratchQuota;
    private Process container;
    private OutputStream requests;
    private FrameReader stdout;
    private FrameReader stderr;
    /** The container was replaced: the next result tells the command that /work starts empty. */
    private boolean replaced;
    private boolean hadOne;

    SandboxSession(List<String> argv, java.io.File cwd, Map<String, String> env, int uid, LongSupplier scratchUsage,
                   long scratchQuota) {
        this.argv = List.copyOf(argv);
        this.cwd = cwd;
        this.env = Map.copyOf(env);
        this.uid = uid;
        this.scratchUsage = scratchUsage;
        this.scratchQuota = scratchQuota;
    }

    ExecResult run(String command, Duration timeout) {
        ExecResult r = runOnce(command, timeout);
        if (replaced) {
            replaced = false;
            return noteReplaced(r);
        }
        replaced = false;
        return r;
    }

    private ExecResult runOnce(String command, Duration timeout) {
        long start = System.nanoTime();
        byte[] body = command.getBytes(StandardCharsets.UTF_8);
        if (command.indexOf('\0') >= 0) {
            return new ExecResult(126, "", "srebench: the command contains a NUL character\n", 0, 48,
                    Duration.ofNanos(System.nanoTime() - start), false);
        }
        String nonce = "srebench-end-" + HexFormat.of().formatHex(token());
        long cpu = Math.max(1, (timeout.toMillis() + 999) / 1000) + 1;
        byte[] header = (nonce + " " + cpu + " " + body.length + "\n").getBytes(StandardCharsets.US_ASCII);
        if (!send(header, body)) {
            return died(start, "", "");
        }
        BoundedOutput out = new BoundedOutput(stdout.next(FrameReader.ascii(nonce + " ")), ExecResult.MAX_OUTPUT_CHARS);
        FrameReader.Frame errFrame = stderr.next(FrameReader.ascii(nonce + "\n"));
        BoundedOutput err = new BoundedOutput(errFrame, ExecResult.MAX_OUTPUT_CHARS);
        Thread tOut = drain(out, "sandbox-stdout");
        Thread tErr = drain(err, "sandbox-stderr");
        long deadline = start + timeout.toNanos();
        long limit = scratchQuota > 0 ? Math.max(scratchQuota, scratchUsage.getAsLong()) : 0;
        CommandWatch.Outcome outcome = CommandWatch.await(ms -> joinBoth(tOut, tErr, ms), deadline, scratchQuota,
                scratchUsage, limit);
        boolean timedOut = outcome == CommandWatch.Outcome.TIMED_OUT;
        boolean overQuota = outcome == CommandWatch.Outcome.OVER_QUOTA;
        if (timedOut || overQuota) {
            killCommand();
            try {
                joinBoth(tOut, tErr, GRACE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Integer status = null;
        if (!tOut.isAlive() && !tErr.isAlive() && errFrame.complete()) {
            status = status();
        }
        if (status == null) {
            // The supervisor did not report: kill the container (and so its pid namespace) and start afresh next time.
            destroy();
            joinQuietly(tOut);
            joinQuietly(tErr);
            if (!timedOut && !overQuota) {
                return died(start, out.result(), err.result());
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        int exit = status == null ? CommandRunner.TIMEOUT_EXIT : status;
        String errText = err.result();
        if (timedOut) {
            exit = CommandRunner.TIMEOUT_EXIT;
        } else if (overQuota) {
            exit = CommandRunner.QUOTA_EXIT;
            errText = errText + (errText.isEmpty() || errText.endsWith("\n") ? "" : "\n")
                    + "[killed: the scratch directory grew past its quota of " + scratchQuota / (1024 * 1024) + " MiB]\n";
        }
        return new ExecResult(exit, out.result(), errText, out.total(), err.total(), took, timedOut);
    }

    private static final String REPLACED_NOTE =
            "[sandbox: the session container was replaced after it died; /work and /tmp started empty]\n";

    private ExecResult noteReplaced(ExecResult r) {
        return new ExecResult(r.exitCode(), r.stdout(), REPLACED_NOTE + r.stderr(), r.stdoutChars(),
                r.stderrChars() + REPLACED_NOTE.length(), r.duration(), r.timedOut());
    }

    private static byte[] token() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return b;
    }

    /** Writes the request, starting the container first when there is none (or it died); false if it cannot. */
    private boolean send(byte[] header, byte[] body) {
        for (int attempt = 0; attempt < 2; attempt++) {
            if (container == null || !container.isAlive()) {
                replaced |= container != null || hadOne;
                destroy();
                start();
                hadOne = true;
            }
            try {
                requests.write(header);
                requests.write(body);
                requests.flush();
                return true;
            } catch (IOException e) {
                destroy(); // the container went away between commands: try once with a new one
            }
        }
        return false;
    }

    private void start() {
        ProcessBuilder pb = new ProcessBuilder(argv).directory(cwd);
        pb.environment().clear();
        pb.environment().putAll(env);
        try {
            container = LAUNCHER.submit(pb::start).get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new UncheckedIOException("cannot start the sandbox container " + argv.get(0),
                    cause instanceof IOException io ? io : new IOException(cause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the sandbox container", e);
        }
        requests = container.getOutputStream();
        stdout = new FrameReader(container.getInputStream());
        stderr = new FrameReader(container.getErrorStream());
    }

    /** The status line the supervisor writes after the stdout marker, or null if it is missing or malformed. */
    private Integer status() {
        try {
            String line = stdout.readLine();
            return line == null ? null : Integer.valueOf(line.strip());
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    private ExecResult died(long start, String out, String err) {
        String note = "[sandbox: the session container exited unexpectedly; the next command starts a new one]\n";
        String e = err + (err.isEmpty() || err.endsWith("\n") ? "" : "\n") + note;
        return new ExecResult(KILLED_EXIT, out, e, out.length(), e.length(),
                Duration.ofNanos(System.nanoTime() - start), false);
    }

    /**
     * Kills every process of the session's uid on the host: as that uid, {@code kill(-1)} reaches exactly
     * this session's commands (in the container's nested namespaces too), atomically with respect to fork.
     */
    private void killCommand() {
        try {
            Process k = new ProcessBuilder(BwrapSandbox.SETPRIV, "--reuid=" + uid, "--regid=" + uid, "--clear-groups",
                    "--inh-caps=-all", "--", "/bin/bash", "-c", "kill -KILL -1").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!k.waitFor(5, TimeUnit.SECONDS)) {
                k.destroyForcibly();
            }
        } catch (IOException e) {
            destroy(); // cannot kill the command alone: kill the container
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the container; its pid namespace dies with its init, taking every command process along. */
    private void destroy() {
        Process p = container;
        container = null;
        if (p == null) {
            return;
        }
        CommandRunner.killDescendants(p);
        try {
            p.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(p.getOutputStream());
        closeQuietly(p.getInputStream());
        closeQuietly(p.getErrorStream());
    }

    /** Ends the session: the supervisor exits on end of input; a container that lingers is killed. */
    @Override
    public void close() {
        Process p = container;
        if (p == null) {
            return;
        }
        closeQuietly(requests);
        try {
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                destroy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            destroy();
        }
        destroy();
    }

    /** The container's process (tests kill it to check recovery), or null before the first command. */
    Process container() {
        return container;
    }

    private static boolean joinBoth(Thread a, Thread b, long millis) throws InterruptedException {
        long until = System.nanoTime() + millis * 1_000_000;
        a.join(Math.max(1, millis));
        long left = (until - System.nanoTime()) / 1_000_000;
        if (!a.isAlive() && left > 0) {
            b.join(left);
        } else if (!a.isAlive()) {
            b.join(1);
        }
        return !a.isAlive() && !b.isAlive();
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join(GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread drain(BoundedOutput o, String name) {
        Thread t = new Thread(o, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // already gone
        }
    }
}
