package io.srebench.sandbox;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Runs one prepared process to completion for a sandbox: drains stdout and stderr concurrently into
 * {@link BoundedOutput}s, enforces the timeout and the scratch quota, and kills the whole process tree
 * when the command ends, times out or exceeds the quota. Exit code 124 means timed out.
 */
final class CommandRunner {
    /** Exit code of a command killed by the timeout, as coreutils {@code timeout} reports it. */
    static final int TIMEOUT_EXIT = 124;
    /** Exit code of a command killed for growing the scratch directory past its quota (128 + SIGKILL). */
    static final int QUOTA_EXIT = 137;
    private static final long DRAIN_MILLIS = 2_000;

    private final LongSupplier scratchUsage;
    private final long scratchQuota;
    private final ProcessKiller killer;

    /** Kills a started command and everything it started. */
    interface ProcessKiller {
        void killTree(Process p);
    }

    CommandRunner(LongSupplier scratchUsage, long scratchQuota, ProcessKiller killer) {
        this.scratchUsage = scratchUsage;
        this.scratchQuota = scratchQuota;
        this.killer = killer;
    }

    ExecResult run(List<String> argv, File cwd, java.util.Map<String, String> env, Duration timeout) {
        ProcessBuilder pb = new ProcessBuilder(argv).directory(cwd)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().clear();
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start sandbox process " + argv.get(0), e);
        }
        BoundedOutput out = new BoundedOutput(p.getInputStream(), ExecResult.MAX_OUTPUT_CHARS);
        BoundedOutput err = new BoundedOutput(p.getErrorStream(), ExecResult.MAX_OUTPUT_CHARS);
        Thread tOut = drain(out, "sandbox-stdout");
        Thread tErr = drain(err, "sandbox-stderr");
        long deadline = start + timeout.toNanos();
        long usageAtStart = scratchQuota > 0 ? scratchUsage.getAsLong() : 0;
        // An agent may already be over quota (it must be able to run rm); only growth past it is killed.
        long limit = Math.max(scratchQuota, usageAtStart);
        CommandWatch.Outcome outcome = CommandWatch.await(ms -> p.waitFor(ms, TimeUnit.MILLISECONDS), deadline,
                scratchQuota, scratchUsage, limit);
        boolean timedOut = outcome == CommandWatch.Outcome.TIMED_OUT;
        boolean overQuota = outcome == CommandWatch.Outcome.OVER_QUOTA;
        // Always: nothing the command started may outlive it (background jobs included).
        killer.killTree(p);
        int exit = waitExit(p);
        join(tOut, p.getInputStream());
        join(tErr, p.getErrorStream());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String stderr = err.result();
        if (timedOut) {
            exit = TIMEOUT_EXIT;
        } else if (overQuota) {
            exit = QUOTA_EXIT;
            stderr = stderr + (stderr.isEmpty() || stderr.endsWith("\n") ? "" : "\n")
                    + "[killed: the scratch directory grew past its quota of " + scratchQuota / (1024 * 1024) + " MiB]\n";
        }
        return new ExecResult(exit, out.result(), stderr, out.total(), err.total(), took, timedOut);
    }

    private static Thread drain(BoundedOutput o, String name) {
        Thread t = new Thread(o, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static int waitExit(Process p) {
        try {
            if (p.waitFor(10, TimeUnit.SECONDS)) {
                return p.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return TIMEOUT_EXIT;
    }

    /** Waits for a reader; if something still holds the pipe open, closes it so the reader ends. */
    private static void join(Thread t, InputStream stream) {
        try {
            t.join(DRAIN_MILLIS);
            if (t.isAlive()) {
                stream.close();
                t.join(DRAIN_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException ignored) {
            // closing a pipe we no longer read from: nothing to do
        }
    }

    /**
     * Kills the process and all its descendants (as the JVM sees them), then waits for them to go. Through the
     * process handle, not {@link Process#destroyForcibly()}: that also closes the process's streams, and output the
     * JVM has taken off the pipe at exit but a reader thread has not read yet would be lost with them.
     */
    static void killDescendants(Process p) {
        List<ProcessHandle> all = p.descendants().toList();
        p.toHandle().destroyForcibly();
        for (ProcessHandle h : all) {
            h.destroyForcibly();
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        for (ProcessHandle h : all) {
            while (isRunning(h) && System.nanoTime() < until) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Whether a process still runs. A killed process whose parent is gone stays a zombie until the
     * host's init reaps it, which some inits do only now and then; a zombie runs nothing, so it counts as gone.
     */
    static boolean isRunning(ProcessHandle h) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(h.pid()), "stat"));
            int close = stat.lastIndexOf(')');
            char state = close > 0 && close + 2 < stat.length() ? stat.charAt(close + 2) : '?';
            return state != 'Z' && state != 'X';
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            return h.isAlive();
        }
    }
}
