package io.srebench.interop;

import com.github.luben.zstd.Zstd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Writes ZIP archives with stored, deflate or zstd (method 93, optionally split into several frames) entries. */
final class ZipBuilder {
    static final int STORED = 0;
    static final int DEFLATE = 8;
    static final int ZSTD = 93;

    private record Written(String name, int method, long crc, long csize, long size, long offset) {
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Written> entries = new ArrayList<>();

    ZipBuilder add(String name, String text, int method) {
        return add(name, text.getBytes(StandardCharsets.UTF_8), method);
    }

    ZipBuilder add(String name, byte[] data, int method) {
        CRC32 crc = new CRC32();
        crc.update(data);
        byte[] comp = switch (method) {
            case STORED -> data;
            case DEFLATE -> deflate(data);
            case ZSTD -> zstdFrames(data);
            default -> throw new IllegalArgumentException("method " + method);
        };
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        long offset = out.size();
        ByteBuffer h = le(30);
        h.putInt(0x04034b50).putShort((short) 63).putShort((short) 0x0800).putShort((short) method).putInt(0)
                .putInt((int) crc.getValue()).putInt(comp.length).putInt(data.length).putShort((short) n.length)
                .putShort((short) 0);
        out.writeBytes(h.array());
        out.writeBytes(n);
        out.writeBytes(comp);
        entries.add(new Written(name, method, crc.getValue(), comp.length, data.length, offset));
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(out.toByteArray());
        long cdStart = all.size();
        for (Written w : entries) {
            byte[] n = w.name().getBytes(StandardCharsets.UTF_8);
            ByteBuffer c = le(46);
            c.putInt(0x02014b50).putShort((short) 63).putShort((short) 63).putShort((short) 0x0800)
                    .putShort((short) w.method()).putInt(0).putInt((int) w.crc()).putInt((int) w.csize())
                    .putInt((int) w.size()).putShort((short) n.length).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) w.offset());
            all.writeBytes(c.array());
            all.writeBytes(n);
        }
        long cdSize = all.size() - cdStart;
        ByteBuffer e = le(22);
        e.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                .putShort((short) entries.size()).putInt((int) cdSize).putInt((int) cdStart).putShort((short) 0);
        all.writeBytes(e.array());
        return all.toByteArray();
    }

    Path write(Path file) throws IOException {
        Files.write(file, bytes());
        return file;
    }

    private static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        while (!d.finished()) {
            o.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return o.toByteArray();
    }

    /** Zstd data as concatenated frames (as Inspect's writer does past its frame cap): here one per 64 KiB. */
    private static byte[] zstdFrames(byte[] data) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        int frame = 65536;
        for (int i = 0; i < data.length || i == 0; i += frame) {
            int len = Math.min(frame, data.length - i);
            byte[] part = new byte[Math.max(len, 0)];
            System.arraycopy(data, i, part, 0, part.length);
            o.writeBytes(Zstd.compress(part, 3));
            if (data.length == 0) {
                break;
            }
        }
        return o.toByteArray();
    }
}
