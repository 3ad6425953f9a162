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
 */
final class ScratchDir implements AutoCloseable {
    private final Path root;
    private final Path work;

    private ScratchDir(Path root) {
        this.root = root;
        this.work = root.resolve("work");
    }

    static ScratchDir create() {
        try {
            Path root = Files.createTempDirectory("srebench-sandbox-");
            ScratchDir d = new ScratchDir(root);
            Files.createDirectory(d.work);
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

    /** Deletes everything; permissions the agent removed (chmod 000) are restored first. */
    @Override
    public void close() {
        try {
            deleteTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete sandbox scratch " + root, e);
        }
    }

    static void deleteTree(Path top) throws IOException {
        if (!Files.exists(top, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
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
                    deleteTree(file);
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
