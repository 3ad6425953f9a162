package io.srebench.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits one long-lived output pipe of a sandbox session into per-command frames. The supervisor ends
 * each command's output with a marker that holds a random nonce the command never sees, so a command
 * cannot end its frame early or forge the one after it. Bytes are passed through unchanged, however the
 * command's output and the marker are split across reads.
 *
 * <p>The matcher relies on the first marker byte occurring nowhere else in the marker (checked), so after
 * a partial match fails the scan can resume at the failing byte. Not thread-safe: one frame is read at a
 * time, by one thread, and the next frame is opened only after that thread was joined.
 */
final class FrameReader {
    private final InputStream in;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int lim;

    FrameReader(InputStream in) {
        this.in = in;
    }

    /** A stream of the next frame's bytes, ending before {@code marker} (or at the pipe's end). */
    Frame next(byte[] marker) {
        for (int i = 1; i < marker.length; i++) {
            if (marker[i] == marker[0]) {
                throw new IllegalArgumentException("the first marker byte must not occur again in the marker");
            }
        }
        return new Frame(marker);
    }

    /** The bytes after a completed frame up to the next newline (the supervisor's status line), or null at the end. */
    String readLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos == lim && !fill()) {
                return null;
            }
            byte c = buf[pos++];
            if (c == '\n') {
                return sb.toString();
            }
            if (sb.length() > 64) {
                throw new IOException("malformed status line from the sandbox supervisor");
            }
            sb.append((char) (c & 0xff));
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        lim = n;
        return true;
    }

    /** One command's output; {@link #complete()} tells whether it ended at its marker or at the pipe's end. */
    final class Frame extends InputStream {
        private final byte[] marker;
        private int matched;
        private int pending;
        private int emitted;
        private boolean done;
        private boolean eof;

        private Frame(byte[] marker) {
            this.marker = marker;
        }

        /** Whether the marker was seen (the command's output is complete and the pipe is in step). */
        boolean complete() {
            return done;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int n = 0;
            while (n < len) {
                if (emitted < pending) {
                    // a partial marker that turned out to be output
                    b[off + n++] = marker[emitted++];
                    continue;
                }
                pending = 0;
                emitted = 0;
                if (done || eof) {
                    break;
                }
                if (pos == lim) {
                    if (n > 0) {
                        break; // hand over what we have rather than block
                    }
                    if (!fill()) {
                        eof = true;
                        pending = matched;
                        matched = 0;
                        continue;
                    }
                }
                byte c = buf[pos++];
                if (c == marker[matched]) {
                    matched++;
                    if (matched == marker.length) {
                        done = true;
                    }
                } else if (matched > 0) {
                    pending = matched;
                    matched = 0;
                    pos--; // look at c again from the start of the marker
                } else {
                    b[off + n++] = c;
                }
            }
            return n == 0 ? -1 : n;
        }
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
