package io.srebench.cli;

import io.srebench.common.BadInputException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writing a file the user named ({@code --out}, {@code --html}): never replaces a directory or a non-regular
 * file (a device, a FIFO), never creates missing parent directories, and never leaves a half-written file
 * (written beside it, then moved over it). Each refusal is one {@link BadInputException} line (exit 2).
 */
final class OutputFile {
    /** Writes the content. */
    interface Body {
        void write(Writer w) throws IOException;
    }

    private OutputFile() {
    }

    /** Checks {@code file} as a target for {@code option}; throws the one-line refusal. */
    static void check(String option, Path file) {
        if (Files.isDirectory(file)) {
            throw new BadInputException(option + ": " + file + " is a directory; name a file");
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new BadInputException(option + ": " + file + " exists and is not a regular file");
        }
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new BadInputException(option + ": cannot write " + file + ": directory " + parent
                    + " does not exist (it is not created)");
        }
    }

    /** Checks, writes beside the target, then moves it in place. */
    static void write(String option, Path file, Body body) {
        check(option, file);
        Path tmp = file.toAbsolutePath().normalize().resolveSibling("." + file.getFileName() + ".srebench-part");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.write(w);
            }
            check(option, file);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new BadInputException(option + ": cannot write " + file + ": " + e.getMessage());
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the write already failed; that error is the one to report
        }
    }
}
