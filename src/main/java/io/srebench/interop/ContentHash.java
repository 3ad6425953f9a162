package io.srebench.interop;

import io.srebench.common.BadInputException;
import io.srebench.common.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SHA-256 of an import source's content, so that importing the same content twice is recognised whatever the
 * file is called or where it lies: a file's bytes; for a directory, each regular file's path relative to it and its
 * bytes, in path order.
 */
final class ContentHash {
    private ContentHash() {
    }

    static String of(Path path) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(path)) {
                    files = s.filter(Files::isRegularFile)
                            .sorted(Comparator.comparing(p -> path.relativize(p).toString().replace('\\', '/'))).toList();
                }
                for (Path f : files) {
                    md.update((path.relativize(f).toString().replace('\\', '/') + "\n").getBytes(StandardCharsets.UTF_8));
                    digest(md, f);
                }
            } else {
                digest(md, path);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new BadInputException(path + ": cannot read: " + Text.oneLine(e.getMessage()), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static void digest(MessageDigest md, Path f) throws IOException {
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(f)) {
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
        }
    }
}
