package io.srebench.sandbox.kubernetes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a directory as a POSIX (pax) tar stream: directories and regular files only, modes 0555/0444 so the
 * unpacked snapshot is read-only, no owners, a fixed mtime (the stream depends only on paths and bytes).
 * Paths longer than the ustar name field get a pax {@code path} record. The directory must be an agent view
 * ({@code task.AgentView}): this class uploads whatever it is given.
 */
public final class SnapshotTar {
    private static final int BLOCK = 512;

    private SnapshotTar() {
    }

    /** The size in bytes of the tar stream of {@code dir} (what {@link #write} will produce), without reading files. */
    public static long size(Path dir) throws IOException {
        long total = 2 * BLOCK;
        for (Path p : entries(dir)) {
            String name = dir.relativize(p).toString().replace('\\', '/');
            boolean isDir = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
            if (!isDir && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            String entry = isDir ? name + "/" : name;
            if (entry.getBytes(StandardCharsets.UTF_8).length > 100) {
                total += BLOCK + padded(paxRecord("path", entry).length);
            }
            total += BLOCK + (isDir ? 0 : padded(Files.size(p)));
        }
        return total;
    }

    private static long padded(long n) {
        return (n + BLOCK - 1) / BLOCK * BLOCK;
    }

    /** Writes the tar stream of {@code dir} to {@code out} (not closed). */
    public static void write(Path dir, OutputStream out) throws IOException {
        for (Path p : entries(dir)) {
            String name = dir.relativize(p).toString().replace('\\', '/');
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                header(out, name + "/", 0, '5', 0555);
            } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                long size = Files.size(p);
                header(out, name, size, '0', 0444);
                try (InputStream in = Files.newInputStream(p)) {
                    long copied = in.transferTo(out);
                    if (copied != size) {
                        throw new IOException(p + " changed while it was uploaded");
                    }
                }
                pad(out, size);
            }
        }
        out.write(new byte[2 * BLOCK]);
    }

    private static List<Path> entries(Path dir) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(p -> !p.equals(dir)).sorted().forEach(all::add);
        }
        return all;
    }

    private static void header(OutputStream out, String name, long size, char type, int mode) throws IOException {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        if (nameBytes.length > 100) {
            byte[] record = paxRecord("path", name);
            block(out, "././@PaxHeader", record.length, 'x', 0644);
            out.write(record);
            pad(out, record.length);
        }
        block(out, name, size, type, mode);
    }

    private static void block(OutputStream out, String name, long size, char type, int mode) throws IOException {
        byte[] h = new byte[BLOCK];
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(n, 0, h, 0, Math.min(100, n.length));
        octal(h, 100, 8, mode);
        octal(h, 108, 8, 0);
        octal(h, 116, 8, 0);
        octal(h, 124, 12, size);
        octal(h, 136, 12, 0);
        h[156] = (byte) type;
        System.arraycopy("ustar\u000000".getBytes(StandardCharsets.US_ASCII), 0, h, 257, 8);
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        octal(h, 148, 7, sum);
        out.write(h);
    }

    /** A pax record {@code "<len> key=value\n"}, where len counts the whole record including itself. */
    static byte[] paxRecord(String key, String value) {
        int body = (" " + key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8).length;
        int len = body + Integer.toString(body).length();
        if (Integer.toString(len).length() != Integer.toString(body).length()) {
            len++;
        }
        return (len + " " + key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void octal(byte[] h, int off, int width, long v) {
        String s = Long.toOctalString(v);
        if (s.length() > width - 1) {
            throw new IllegalArgumentException("value too large for a tar header: " + v);
        }
        s = "0".repeat(width - 1 - s.length()) + s;
        System.arraycopy(s.getBytes(StandardCharsets.US_ASCII), 0, h, off, width - 1);
        h[off + width - 1] = 0;
    }

    private static void pad(OutputStream out, long size) throws IOException {
        int rest = (int) (size % BLOCK);
        if (rest != 0) {
            out.write(new byte[BLOCK - rest]);
        }
    }
}
