package io.srebench.cli;

import java.io.PrintWriter;

/**
 * Makes untrusted text (command output, model text, names from imported files) safe to print on a
 * terminal: every control character except line feed and tab is shown visibly in caret notation
 * ({@code ESC} becomes {@code ^[}, {@code CR} {@code ^M}, {@code DEL} {@code ^?}), C1 controls and the
 * Unicode bidirectional overrides as {@code \u009b}-style escapes. So no escape sequence from a
 * transcript can write the clipboard (OSC 52), clear the screen, retitle the window or hide text.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** {@code s} with every terminal control made visible; null stays null. */
    public static String safe(String s) {
        return safe(s, false);
    }

    /**
     * A writer that makes every control made visible as {@link #safe} does, except carriage return (the
     * progress line redraws itself with it). Every command's stdout and stderr go through one, so no output
     * path can pass an escape sequence to the terminal; transcript text is also passed through {@link #safe},
     * which shows a carriage return too.
     */
    public static PrintWriter writer(PrintWriter inner) {
        if (inner instanceof SafeWriter) {
            return inner;
        }
        return new SafeWriter(inner, true);
    }

    /** As {@link #writer}, but a carriage return is shown too ({@code ^M}): for transcript text. */
    public static PrintWriter strictWriter(PrintWriter inner) {
        return new SafeWriter(inner, false);
    }

    private static final class SafeWriter extends PrintWriter {
        private final boolean keepCr;

        SafeWriter(PrintWriter inner, boolean keepCr) {
            super(inner, true);
            this.keepCr = keepCr;
        }

        @Override
        public void write(int c) {
            write(String.valueOf((char) c), 0, 1);
        }

        @Override
        public void write(char[] buf, int off, int len) {
            write(new String(buf, off, len), 0, len);
        }

        @Override
        public void write(String str, int off, int len) {
            String t = safe(str.substring(off, off + len), keepCr);
            super.write(t, 0, t.length());
        }
    }

    private static String safe(String s, boolean keepCr) {
        if (s == null || clean(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t' || keepCr && c == '\r') {
                b.append(c);
            } else if (c < 0x20) {
                b.append('^').append((char) (c + 64));
            } else if (c == 0x7f) {
                b.append("^?");
            } else if (c >= 0x80 && c <= 0x9f || bidi(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean clean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f || bidi(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean bidi(char c) {
        return c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
    }
}
