package io.srebench.task;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The tree hash that pins a snapshot's bytes: sha256 over, for every regular file in byte-wise
 * sorted relative-path order ({@code /} separators), {@code path + "\n" + sha256hex(content) + "\n"}.
 * File metadata (times, modes) is deliberately not part of it.
 */
public final class SnapshotHash {
    private SnapshotHash() {
    }

    /** The tree hash of {@code dir} as 64 lower-case hex characters. */
    public static String of(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<String> files = walk.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted(SnapshotHash::compareBytes)
                    .toList();
            MessageDigest tree = sha256();
            for (String rel : files) {
                tree.update((rel + "\n" + fileSha256(dir.resolve(rel)) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(tree.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hash snapshot " + dir, e);
        }
    }

    /** sha256 of one file's bytes, hex. */
    public static String fileSha256(Path file) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0;) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static int compareBytes(String a, String b) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        return Arrays.compareUnsigned(x, y);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
