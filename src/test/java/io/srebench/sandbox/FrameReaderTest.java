package io.srebench.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrameReaderTest {
    private static final byte[] MARK = FrameReader.ascii("srebench-end-0123abcd ");

    /** Delivers its bytes {@code chunk} at a time, as a pipe may. */
    private static InputStream chunked(String s, int chunk) {
        byte[] all = s.getBytes(StandardCharsets.UTF_8);
        return new ByteArrayInputStream(all) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    private static String drain(InputStream in, int bufSize) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[bufSize];
        int n;
        while ((n = in.read(buf, 0, buf.length)) >= 0) {
            out.write(buf, 0, n);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void splitsFramesWhateverTheChunkingAndKeepsPartialMarkersAsData() throws IOException {
        String first = "out s sre srebench-end-0123abc srebench-end-0123abcd\u00e9 x";
        String second = "";
        String third = "no newline at the end";
        String wire = first + "srebench-end-0123abcd 0\n" + second + "srebench-end-0123abcd 3\n" + third
                + "srebench-end-0123abcd 127\n";
        for (int chunk : new int[] {1, 2, 3, 7, 64, 4096}) {
            for (int bufSize : new int[] {1, 5, 8192}) {
                FrameReader r = new FrameReader(chunked(wire, chunk));
                FrameReader.Frame f = r.next(MARK);
                assertEquals(first, drain(f, bufSize), "chunk " + chunk + " buf " + bufSize);
                assertTrue(f.complete());
                assertEquals("0", r.readLine());
                assertEquals(second, drain(r.next(MARK), bufSize));
                assertEquals("3", r.readLine());
                assertEquals(third, drain(r.next(MARK), bufSize));
                assertEquals("127", r.readLine());
                assertNull(r.readLine());
            }
        }
    }

    @Test
    void aPipeThatEndsBeforeTheMarkerGivesAnIncompleteFrameWithEverything() throws IOException {
        FrameReader r = new FrameReader(chunked("partial output srebench-end-01", 3));
        FrameReader.Frame f = r.next(MARK);
        assertEquals("partial output srebench-end-01", drain(f, 4));
        assertFalse(f.complete());
    }

    @Test
    void refusesAMarkerWhoseFirstByteRepeats() {
        FrameReader r = new FrameReader(InputStream.nullInputStream());
        assertThrows(IllegalArgumentException.class, () -> r.next(FrameReader.ascii("abca")));
    }
}
