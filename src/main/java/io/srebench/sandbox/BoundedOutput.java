package io.srebench.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Drains one output stream of a command, keeping at most {@code cap} characters: the first half
 * and the last half, with a marker line in between saying how many characters were dropped. Memory
 * stays bounded however much the command writes, and the pipe is always drained so the command
 * never blocks on a full pipe. Not thread-safe: one thread reads, another calls {@link #result()}
 * after joining it. Public so that every sandbox backend (the Kubernetes executor too) applies the one cap.
 */
public final class BoundedOutput implements Runnable {
    private final InputStream in;
    private final int headCap;
    private final int tailCap;
    private final StringBuilder head = new StringBuilder();
    private final char[] tail;
    private int tailStart;
    private int tailLen;
    private long total;

    public BoundedOutput(InputStream in, int cap) {
        this.in = in;
        this.headCap = cap / 2;
        this.tailCap = cap - headCap;
        this.tail = new char[tailCap];
    }

    @Override
    public void run() {
        // Malformed bytes become U+FFFD instead of aborting the read: binary output must not stall the pipe.
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        char[] buf = new char[8192];
        try (r) {
            int n;
            while ((n = r.read(buf)) >= 0) {
                accept(buf, n);
            }
        } catch (IOException ignored) {
            // The stream was closed under us (the command was killed): keep what arrived.
        }
    }

    void accept(char[] buf, int n) {
        int off = 0;
        if (head.length() < headCap) {
            int take = Math.min(n, headCap - head.length());
            head.append(buf, 0, take);
            off = take;
        }
        for (int i = off; i < n; i++) {
            int pos = (tailStart + tailLen) % tailCap;
            tail[pos] = buf[i];
            if (tailLen < tailCap) {
                tailLen++;
            } else {
                tailStart = (tailStart + 1) % tailCap;
            }
        }
        total += n;
    }

    /** Characters the command wrote (before truncation). */
    public long total() {
        return total;
    }

    /** The kept text: all of it when it fits the cap, else head + marker line + tail. */
    public String result() {
        StringBuilder sb = new StringBuilder(head.length() + tailLen + 64).append(head);
        long dropped = total - head.length() - tailLen;
        if (dropped > 0) {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
                sb.append('\n');
            }
            sb.append(marker(dropped)).append('\n');
        }
        for (int i = 0; i < tailLen; i++) {
            sb.append(tail[(tailStart + i) % tailCap]);
        }
        return sb.toString();
    }

    /** The truncation marker line, e.g. {@code [... 12345 characters truncated ...]}. */
    static String marker(long dropped) {
        return "[... " + dropped + " characters truncated ...]";
    }
}
