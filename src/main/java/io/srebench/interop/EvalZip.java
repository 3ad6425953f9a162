package io.srebench.interop;

import com.github.luben.zstd.Zstd;
import io.srebench.common.BadInputException;
import io.srebench.common.Text;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A minimal ZIP reader for Inspect {@code .eval} logs: it reads the central directory (ZIP64 included) and entries
 * stored (method 0), deflated (8) or Zstandard-compressed (93, possibly several concatenated frames), which
 * {@code java.util.zip} cannot read. Every entry's CRC-32 and size are checked. Limits: one entry at most 2 GB
 * uncompressed; no encryption, no multi-disk archives. Every defect is a {@link BadInputException} naming the file.
 */
final class EvalZip implements Closeable {
    /** A central directory entry. */
    record Entry(String name, int method, int flags, long crc, long compressedSize, long size, long localOffset) {
    }

    private static final int EOCD = 0x06054b50;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_EOCD = 0x06064b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int LOCAL = 0x04034b50;
    private static final long MAX_ENTRY = Integer.MAX_VALUE - 64;

    private final Path file;
    private final FileChannel channel;
    private final long length;
    private final List<Entry> entries;

    private EvalZip(Path file, FileChannel channel, long length, List<Entry> entries) {
        this.file = file;
        this.channel = channel;
        this.length = length;
        this.entries = entries;
    }

    /** Opens a ZIP file and reads its central directory. */
    static EvalZip open(Path file) {
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.READ);
            long len = ch.size();
            List<Entry> list = readDirectory(file, ch, len);
            return new EvalZip(file, ch, len, list);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new BadInputException(file + ": cannot read: " + Text.oneLine(e.getMessage()), e);
        } catch (RuntimeException e) {
            closeQuietly(ch);
            throw e instanceof BadInputException b ? b : corrupt(file, "central directory: " + e, e);
        }
    }

    List<Entry> entries() {
        return entries;
    }

    Optional<Entry> entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The uncompressed bytes of an entry, checked against its size and CRC-32. */
    byte[] read(Entry e) {
        String where = file + "!" + e.name();
        try {
            if (e.size() > MAX_ENTRY || e.compressedSize() > MAX_ENTRY) {
                throw new BadInputException(where + ": entry larger than 2 GB is not supported");
            }
            long ratio = e.method() == 0 ? 1 : e.method() == 8 ? 1100 : 8192;
            if (e.size() > Math.max(e.compressedSize() * ratio, 1 << 16)) {
                throw new BadInputException(where + ": corrupt ZIP: entry size " + e.size() + " is implausible for "
                        + e.compressedSize() + " compressed bytes");
            }
            if ((e.flags() & 1) != 0) {
                throw new BadInputException(where + ": encrypted entries are not supported");
            }
            ByteBuffer lh = readAt(e.localOffset(), 30, where);
            if (lh.getInt(0) != LOCAL) {
                throw new BadInputException(where + ": corrupt ZIP: bad local header signature");
            }
            long dataStart = e.localOffset() + 30 + (lh.getShort(26) & 0xffff) + (lh.getShort(28) & 0xffff);
            if (dataStart + e.compressedSize() > length) {
                throw new BadInputException(where + ": corrupt ZIP: entry data runs past the end of the file");
            }
            byte[] comp = readAt(dataStart, (int) e.compressedSize(), where).array();
            byte[] data = switch (e.method()) {
                case 0 -> comp;
                case 8 -> inflate(comp, (int) e.size(), where);
                case 93 -> unzstd(comp, (int) e.size(), where);
                default -> throw new BadInputException(where + ": unsupported ZIP compression method " + e.method()
                        + " (stored, deflate and zstd are read)");
            };
            if (data.length != e.size()) {
                throw new BadInputException(where + ": corrupt ZIP: entry is " + data.length + " bytes, directory says "
                        + e.size());
            }
            CRC32 crc = new CRC32();
            crc.update(data);
            if (crc.getValue() != e.crc()) {
                throw new BadInputException(where + ": corrupt ZIP: CRC-32 mismatch");
            }
            return data;
        } catch (IOException ex) {
            throw new BadInputException(where + ": cannot read: " + Text.oneLine(ex.getMessage()), ex);
        }
    }

    private static byte[] inflate(byte[] comp, int size, String where) {
        Inflater inf = new Inflater(true);
        try {
            inf.setInput(comp);
            byte[] out = new byte[size];
            int n = 0;
            while (n < size) {
                int k = inf.inflate(out, n, size - n);
                if (k == 0 && (inf.finished() || inf.needsInput() || inf.needsDictionary())) {
                    break;
                }
                n += k;
            }
            // more output than the directory announced is corruption too (the CRC catches the rest)
            if (n != size || !inf.finished() && inf.inflate(new byte[1]) > 0) {
                throw new BadInputException(where + ": corrupt ZIP: deflate data does not match the entry size");
            }
            return out;
        } catch (DataFormatException ex) {
            throw new BadInputException(where + ": corrupt ZIP: bad deflate data: " + ex.getMessage(), ex);
        } finally {
            inf.end();
        }
    }

    private static byte[] unzstd(byte[] comp, int size, String where) {
        try {
            return Zstd.decompress(comp, size);
        } catch (RuntimeException ex) {
            // zstd-jni reports bad frames as ZstdException (a RuntimeException)
            throw new BadInputException(where + ": corrupt ZIP: bad zstd data: " + Text.oneLine(ex.getMessage()), ex);
        }
    }

    private ByteBuffer readAt(long pos, int n, String where) throws IOException {
        return readAt(channel, pos, n, where);
    }

    private static ByteBuffer readAt(FileChannel ch, long pos, int n, String where) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            int k = ch.read(b, pos + b.position());
            if (k < 0) {
                throw new BadInputException(where + ": corrupt ZIP: unexpected end of file");
            }
        }
        return b;
    }

    private static List<Entry> readDirectory(Path file, FileChannel ch, long len) throws IOException {
        String where = file.toString();
        if (len < 22) {
            throw corrupt(file, "too short to be a ZIP archive", null);
        }
        int tail = (int) Math.min(len, 65_557);
        ByteBuffer t = readAt(ch, len - tail, tail, where);
        int eocd = -1;
        for (int i = tail - 22; i >= 0; i--) {
            if (t.getInt(i) == EOCD) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            throw corrupt(file, "no end-of-central-directory record (truncated?)", null);
        }
        long count = t.getShort(eocd + 10) & 0xffff;
        long cdSize = t.getInt(eocd + 12) & 0xffffffffL;
        long cdOffset = t.getInt(eocd + 16) & 0xffffffffL;
        long eocdPos = len - tail + eocd;
        if ((count == 0xffff || cdSize == 0xffffffffL || cdOffset == 0xffffffffL) && eocdPos >= 20) {
            ByteBuffer loc = readAt(ch, eocdPos - 20, 20, where);
            if (loc.getInt(0) == ZIP64_LOCATOR) {
                long z = loc.getLong(8);
                if (z < 0 || z + 56 > len) {
                    throw corrupt(file, "bad ZIP64 locator", null);
                }
                ByteBuffer z64 = readAt(ch, z, 56, where);
                if (z64.getInt(0) != ZIP64_EOCD) {
                    throw corrupt(file, "bad ZIP64 end record", null);
                }
                count = z64.getLong(32);
                cdSize = z64.getLong(40);
                cdOffset = z64.getLong(48);
            }
        }
        if (cdOffset < 0 || cdSize < 0 || cdOffset + cdSize > len || cdSize > Integer.MAX_VALUE || count < 0
                || count > cdSize / 46 + 1) {
            throw corrupt(file, "central directory out of bounds", null);
        }
        ByteBuffer cd = readAt(ch, cdOffset, (int) cdSize, where);
        List<Entry> out = new ArrayList<>();
        int p = 0;
        for (long i = 0; i < count; i++) {
            if (p + 46 > cdSize || cd.getInt(p) != CENTRAL) {
                throw corrupt(file, "bad central directory entry " + i, null);
            }
            int flags = cd.getShort(p + 8) & 0xffff;
            int method = cd.getShort(p + 10) & 0xffff;
            long crc = cd.getInt(p + 16) & 0xffffffffL;
            long csize = cd.getInt(p + 20) & 0xffffffffL;
            long size = cd.getInt(p + 24) & 0xffffffffL;
            int nameLen = cd.getShort(p + 28) & 0xffff;
            int extraLen = cd.getShort(p + 30) & 0xffff;
            int commentLen = cd.getShort(p + 32) & 0xffff;
            long offset = cd.getInt(p + 42) & 0xffffffffL;
            if (p + 46 + nameLen + extraLen + commentLen > cdSize) {
                throw corrupt(file, "central directory entry " + i + " runs past the directory", null);
            }
            String name = new String(cd.array(), p + 46, nameLen, StandardCharsets.UTF_8);
            long[] z = {size, csize, offset};
            zip64(cd, p + 46 + nameLen, extraLen, z);
            if (z[2] < 0 || z[2] + 30 > len || z[0] < 0 || z[1] < 0) {
                throw corrupt(file, "entry " + name + " is out of bounds", null);
            }
            out.add(new Entry(name, method, flags, crc, z[1], z[0], z[2]));
            p += 46 + nameLen + extraLen + commentLen;
        }
        return List.copyOf(out);
    }

    /** Applies a ZIP64 extra field: values stored as 0xFFFFFFFF in the directory come from it, in order. */
    private static void zip64(ByteBuffer cd, int start, int extraLen, long[] sizeCsizeOffset) {
        int q = start;
        int end = start + extraLen;
        while (q + 4 <= end) {
            int id = cd.getShort(q) & 0xffff;
            int len = cd.getShort(q + 2) & 0xffff;
            if (id == 1) {
                int r = q + 4;
                for (int k = 0; k < 3; k++) {
                    if (sizeCsizeOffset[k] == 0xffffffffL && r + 8 <= q + 4 + len) {
                        sizeCsizeOffset[k] = cd.getLong(r);
                        r += 8;
                    }
                }
                return;
            }
            q += 4 + len;
        }
    }

    private static BadInputException corrupt(Path file, String what, Throwable cause) {
        return new BadInputException(file + ": corrupt ZIP: " + Text.oneLine(what), cause);
    }

    @Override
    public void close() {
        closeQuietly(channel);
    }

    private static void closeQuietly(Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // read-only file: nothing to lose
            }
        }
    }
}
