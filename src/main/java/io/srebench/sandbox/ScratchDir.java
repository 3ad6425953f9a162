package io.srebench.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The host-side files of one sandbox session: a private temp directory holding the writable scratch
 * directory and any generated config files. Symbolic links are never followed when measuring or
 * deleting, so a link the agent plants (say to {@code /}) cannot make close() delete host files.
 *
 * <p>Each directory records its owner (this JVM's pid and start time) in {@value #OWNER}; the first
 * {@link #create} of a JVM deletes the directories of srebench JVMs that are gone (killed mid-session), so
 * nothing a killed session wrote outlives the next start or resume. Deleting never depends on path length
 * (a tree deeper than PATH_MAX is removed by {@code rm -rf}, which works through directory descriptors), and
 * {@link #close} never throws: a failed cleanup is left to that sweep and never changes a run's outcome.
 */
final class ScratchDir implements AutoCloseable {
    static final String PREFIX = "srebench-sandbox-";
    static final String OWNER = "owner";
    private static final java.util.concurrent.atomic.AtomicBoolean SWEPT = new java.util.concurrent.atomic.AtomicBoolean();
    private final Path root;
    private final Path work;

    private ScratchDir(Path root) {
        this.root = root;
        this.work = root.resolve("work");
    }

    static ScratchDir create() {
        if (SWEPT.compareAndSet(false, true)) {
            sweep(Path.of(System.getProperty("java.io.tmpdir")));
            SessionCgroup.sweep();
        }
        try {
            Path root = Files.createTempDirectory(PREFIX);
            ScratchDir d = new ScratchDir(root);
            Files.createDirectory(d.work);
            Files.writeString(root.resolve(OWNER), ownerLine(ProcessHandle.current()));
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the sandbox scratch directory", e);
        }
    }

    /** The session's private host directory (mode 0700 unless {@link #openForUid} widened it). */
    Path root() {
        return root;
    }

    /** The writable scratch directory (the command's working directory). */
    Path work() {
        return work;
    }

    /** Writes a small generated file under {@link #root()} and returns its path. */
    Path writeFile(String relative, String content) {
        try {
            Path f = root.resolve(relative);
            Files.createDirectories(f.getParent());
            Files.writeString(f, content);
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write sandbox file " + relative, e);
        }
    }

    /** Writes a small root-only binary file under {@link #root()} and returns its path. */
    Path writeBytes(String relative, byte[] content) {
        try {
            Path f = root.resolve(relative);
            Files.write(f, content);
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write sandbox file " + relative, e);
        }
    }

    /**
     * Lets an unprivileged uid use the session: the root becomes traversable (0711, not listable),
     * generated files stay world-readable, and the scratch directory is handed to {@code uid}.
     */
    void openForUid(int uid) {
        try {
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx--x--x"));
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(root)) {
                        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            Files.setAttribute(work, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
            Files.setAttribute(work, "unix:gid", uid, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            throw new IllegalStateException("cannot hand the scratch directory to uid " + uid + ": " + e.getMessage(), e);
        }
    }

    /** Bytes used by regular files under the scratch directory (links are not followed). */
    long usage() {
        long[] sum = {0};
        try {
            Files.walkFileTree(work, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    sum[0] += attrs.isRegularFile() ? attrs.size() : 0;
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE; // vanished or unreadable mid-walk: count what we can
                }
            });
        } catch (IOException ignored) {
            // the walk itself failed: report what was counted so far
        }
        return sum[0];
    }

    /**
     * Deletes everything; permissions the agent removed (chmod 000) are restored first. Never throws: what
     * cannot be deleted now is deleted by the next JVM's sweep. Returns whether the directory is gone.
     */
    @Override
    public void close() {
        closeQuietly();
    }

    /** As {@link #close}; true when the directory is gone. */
    boolean closeQuietly() {
        try {
            deleteTree(root);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String ownerLine(ProcessHandle p) {
        return p.pid() + " " + p.info().startInstant().map(Object::toString).orElse("?") + "\n";
    }

    /**
     * Deletes the session directories under {@code tmp} whose owner JVM no longer runs (same pid and start
     * time); directories of live JVMs and ones without an owner line (older builds) are left alone. Never throws.
     */
    static void sweep(Path tmp) {
        try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            for (Path d : ds) {
                try {
                    String line = Files.readString(d.resolve(OWNER));
                    long pid = Long.parseLong(line.split(" ")[0]);
                    boolean alive = ProcessHandle.of(pid).map(ScratchDir::ownerLine).map(line::equals).orElse(false);
                    if (!alive) {
                        deleteTree(d);
                    }
                } catch (IOException | RuntimeException ignored) {
                    // no owner line, or already gone: leave it
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // tmp unreadable: nothing to sweep
        }
    }

    /**
     * Deletes a tree without following links. Uses {@code chmod -R u+rwx} and {@code rm -rf} (both work through
     * directory descriptors, so no depth or PATH_MAX limit) and falls back to a Java walk where they are missing.
     */
    static void deleteTree(Path top) throws IOException {
        if (!Files.exists(top, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS) && Files.isExecutable(Path.of("/bin/rm"))) {
            try {
                Process p = new ProcessBuilder("/bin/sh", "-c", "chmod -R u+rwx -- \"$1\" 2>/dev/null; rm -rf -- \"$1\"",
                        "srebench-rm", top.toString()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) && !Files.exists(top, LinkOption.NOFOLLOW_LINKS)) {
                    return;
                }
                p.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException ignored) {
                // no shell: walk below
            }
        }
        walkDelete(top);
    }

    private static void walkDelete(Path top) throws IOException {
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                if (exc instanceof AccessDeniedException && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    // the agent made a directory unreadable: give it back to us and go in again
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
                    walkDelete(file);
                    return FileVisitResult.CONTINUE;
                }
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
