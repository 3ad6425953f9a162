package io.srebench.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoundedOutputTest {
    private static BoundedOutput drain(String s, int cap) {
        BoundedOutput o = new BoundedOutput(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), cap);
        o.run();
        return o;
    }

    @Test
    void keepsEverythingUpToTheCap() {
        BoundedOutput o = drain("0123456789", 10);
        assertEquals("0123456789", o.result());
        assertEquals(10, o.total());
    }

    @Test
    void keepsHeadAndTailAndSaysHowMuchWasDropped() {
        BoundedOutput o = drain("abcdefghijklmnopqrstuvwxyz", 10);
        assertEquals("abcde\n[... 16 characters truncated ...]\nvwxyz", o.result());
        assertEquals(26, o.total());
    }

    @Test
    void countsCharactersNotBytes() {
        BoundedOutput o = drain("äöü€", 100);
        assertEquals(4, o.total());
        assertEquals("äöü€", o.result());
    }

    @Test
    void largeInputStaysBounded() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            sb.append("line ").append(i).append('\n');
        }
        BoundedOutput o = drain(sb.toString(), ExecResult.MAX_OUTPUT_CHARS);
        assertEquals(sb.length(), o.total());
        String r = o.result();
        assertTrue(r.startsWith("line 0\nline 1\n"));
        assertTrue(r.endsWith("line 99999\n"));
        long dropped = sb.length() - ExecResult.MAX_OUTPUT_CHARS;
        assertTrue(r.contains("[... " + dropped + " characters truncated ...]"), r.substring(9_990, 10_060));
        assertTrue(r.length() <= ExecResult.MAX_OUTPUT_CHARS + 60);
    }

    @Test
    void invalidUtf8DoesNotStopTheDrain() {
        byte[] bytes = {'a', (byte) 0xff, (byte) 0xfe, 'b'};
        BoundedOutput o = new BoundedOutput(new ByteArrayInputStream(bytes), 100);
        o.run();
        assertEquals("a\uFFFD\uFFFDb", o.result());
    }
}
