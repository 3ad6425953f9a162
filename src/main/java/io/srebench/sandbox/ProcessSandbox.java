package io.srebench.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fallback for machines without a working bubblewrap: a plain child process. It CANNOT hide host
 * files: a command can read anything the srebench user can read, the ground truth included, and it
 * can use the network. Use it only to try things out; {@link SandboxFactory#warning()} says so.
 *
 * <p>What it does provide: the same fixed environment (nothing inherited from the host, so no API
 * keys), a private copy of the snapshot (read-only by permission bits, which root ignores), a
 * scratch directory as cwd and HOME, the same output caps,
 * the per-process rlimits of {@link SandboxOptions} (the process limit only where {@link UserTasks} can
 * count what it would apply to), and on timeout or return a kill of the command's
 * process group and every descendant the JVM can see. A process that starts its own session and
 * detaches ({@code setsid}) can escape that kill.
 *
 * <p>Paths: commands written for the bwrap layout name {@code /snapshot} and {@code /work}; here those
 * words, where they stand as a path at the start of a word, are rewritten to the host copies before
 * the command runs. The environment also carries {@code SNAPSHOT_DIR} and {@code SCRATCH_DIR}.
 */
public final class ProcessSandbox implements Sandbox {
    private static final Pattern SNAPSHOT_WORD = Pattern.compile("(?<![\\w./-])/snapshot(?=[/\\s'\";|&)<>]|$)");
    private static final Pattern WORK_WORD = Pattern.compile("(?<![\\w./-])/work(?=[/\\s'\";|&)<>]|$)");

    private final SandboxOptions options;
    private final ScratchDir scratch;
    private final Path snapshotCopy;
    private final CommandRunner runner;
    private boolean closed;

    public ProcessSandbox(Path snapshotDir, SandboxOptions options) {
        if (!Files.isDirectory(snapshotDir)) {
            throw new IllegalArgumentException("snapshot directory does not exist: " + snapshotDir);
        }
        this.options = options;
        this.scratch = ScratchDir.create();
        this.snapshotCopy = scratch.root().resolve("snapshot");
        copyReadOnly(snapshotDir, snapshotCopy);
        this.runner = new CommandRunner(scratch::usage, options.scratchQuotaBytes(), ProcessSandbox::killGroupAndTree);
    }

    @Override
    public ExecResult exec(String command, Duration timeout) {
        if (closed) {
            throw new IllegalStateException("sandbox is closed");
        }
        String work = scratch.work().toString();
        String rewritten = WORK_WORD.matcher(SNAPSHOT_WORD.matcher(command)
                .replaceAll(Matcher.quoteReplacement(snapshotCopy.toString()))).replaceAll(Matcher.quoteReplacement(work));
        Map<String, String> env = new java.util.HashMap<>(SandboxEnvironment.of(work));
        env.put("SNAPSHOT_DIR", snapshotCopy.toString());
        env.put("SCRATCH_DIR", work);
        long cpu = Math.max(1, (timeout.toMillis() + 999) / 1000) + 1;
        // setsid makes the command a process group leader (pid == pgid) so the group can be killed at once.
        OptionalInt userTasks = UserTasks.countIfAllVisible();
        String prologue = userTasks.isPresent()
                ? options.withMaxProcesses(options.maxProcesses() + userTasks.getAsInt()).limitsPrologue(cpu, true)
                : options.limitsPrologue(cpu, false);
        List<String> argv = List.of("/usr/bin/setsid", "/bin/bash", "-c", prologue, "srebench-limits", rewritten);
        return runner.run(argv, scratch.work().toFile(), env, timeout);
    }

    @Override
    public String backend() {
        return "process";
    }

    /** The host directory used as the working directory. */
    public Path scratchDir() {
        return scratch.work();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            scratch.close();
        }
    }

    private static void killGroupAndTree(Process p) {
        long pgid = p.pid();
        CommandRunner.killDescendants(p);
        try {
            Process k = new ProcessBuilder("/bin/kill", "-KILL", "--", "-" + pgid).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            k.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no kill(1): the descendant kill above is all we can do
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        awaitGroupGone(pgid);
    }

    /**
     * A SIGKILL is delivered, not yet acted on, when kill(2) returns: a background job the shell left behind (and no
     * longer a descendant the JVM can wait for) may still run for a moment. Waits, up to 5 s, until no process of the
     * group runs, so that nothing of the command is alive when exec returns.
     */
    private static void awaitGroupGone(long pgid) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (groupAlive(pgid) && System.nanoTime() < until) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Whether a running (not zombie) process is in group {@code pgid}, read from /proc/PID/stat. */
    private static boolean groupAlive(long pgid) {
        String group = Long.toString(pgid);
        try (java.nio.file.DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                String stat;
                try {
                    stat = Files.readString(proc.resolve("stat"));
                } catch (IOException e) {
                    continue; // gone while we looked
                }
                int close = stat.lastIndexOf(')');
                String[] f = close > 0 ? stat.substring(close + 2).split(" ") : new String[0];
                // after the command name: state, ppid, pgrp
                if (f.length > 2 && f[2].equals(group) && !f[0].equals("Z") && !f[0].equals("X")) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false; // no /proc: nothing more to wait for
        }
        return false;
    }

    private static void copyReadOnly(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isRegularFile()) {
                        Path target = to.resolve(from.relativize(file).toString());
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                        target.toFile().setWritable(false, false);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    if (exc != null) {
                        throw exc;
                    }
                    to.resolve(from.relativize(dir).toString()).toFile().setWritable(false, false);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the snapshot into the sandbox: " + e.getMessage(), e);
        }
    }
}
