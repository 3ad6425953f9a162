package io.srebench.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** Stores turn JSON as UTF-8, deflated when large (tool outputs compress 5-20x). */
final class PayloadCodec {
    static final int PLAIN = 0;
    static final int DEFLATE = 1;
    /** Below this many bytes compression does not pay for itself. */
    static final int THRESHOLD = 2048;

    private PayloadCodec() {
    }

    static int codecFor(byte[] utf8) {
        return utf8.length >= THRESHOLD ? DEFLATE : PLAIN;
    }

    static byte[] encode(byte[] utf8, int codec) {
        if (codec == PLAIN) {
            return utf8;
        }
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        try {
            d.setInput(utf8);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length / 4 + 64);
            byte[] buf = new byte[16384];
            while (!d.finished()) {
                out.write(buf, 0, d.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    static String decode(byte[] stored, int codec) {
        if (codec == PLAIN) {
            return new String(stored, StandardCharsets.UTF_8);
        }
        if (codec != DEFLATE) {
            throw new StoreException("turn payload has unknown codec " + codec);
        }
        Inflater inf = new Inflater();
        try {
            inf.setInput(stored);
            ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length * 4);
            byte[] buf = new byte[16384];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    throw new StoreException("turn payload is truncated");
                }
                out.write(buf, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new StoreException("turn payload is corrupt: " + e.getMessage(), e);
        } finally {
            inf.end();
        }
    }
}
