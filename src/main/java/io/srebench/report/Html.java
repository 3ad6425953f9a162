package io.srebench.report;

import java.util.Locale;

/**
 * HTML text helpers for the offline report. Every piece of run data (tool outputs, assistant text, agent and
 * task names) is hostile text: it only ever reaches the page through {@link #esc}.
 */
public final class Html {
    private Html() {
    }

    /**
     * Escapes text for element content and double- or single-quoted attribute values. Control characters that
     * HTML forbids (C0 except tab, LF, CR; DEL; C1) and lone surrogates become U+FFFD, so a binary tool output
     * cannot make the document invalid.
     */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\t', '\n', '\r' -> b.append(c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate(c)) {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * Cuts text to at most {@code max} characters (never inside a surrogate pair).
     *
     * @return the cut text and how many characters were left out
     */
    public static Cut cut(String s, int max) {
        if (s == null) {
            return new Cut("", 0);
        }
        if (s.length() <= max) {
            return new Cut(s, 0);
        }
        int end = Math.max(0, max);
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return new Cut(s.substring(0, end), s.length() - end);
    }

    /** A cut text; {@code omitted} characters were left out at the end. */
    public record Cut(String text, int omitted) {
    }

    /** A number with thousands separators ({@code 12,345}). */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A share as a percentage with one decimal ({@code 66.7%}). */
    public static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", v * 100);
    }

    /** A US dollar amount with four decimals ({@code $0.0123}). */
    public static String usd(double v) {
        return String.format(Locale.ROOT, "$%.4f", v);
    }

    /** A plain number with {@code decimals} decimals, Locale.ROOT. */
    public static String num(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
