package io.srebench.common;

/**
 * Making text fit one line of a message, a table cell or a label. The variants differ on purpose and each keeps the
 * exact output its callers had before they shared it: {@link #oneLine(String)} joins the lines of a multi-line error
 * (keeping tabs and double spaces inside a line), {@link #collapse} squeezes every whitespace run, the
 * {@code firstLine} methods drop everything after the first line break, and the length caps either keep the total
 * within {@code max} ({@link #shorten(String, int, String)}) or keep {@code max} characters and append a marker
 * ({@link #clip}).
 */
public final class Text {
    /** The ellipsis used when a cut must keep the total width (one character). */
    public static final String ELLIPSIS = "…";

    private Text() {
    }

    /** The lines of {@code s} joined with one space (whitespace around each line break dropped), trimmed; null is "". */
    public static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    /** {@code s} with every whitespace run (line breaks included) replaced by one space, trimmed; null is "". */
    public static String collapse(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    /** {@link #collapse collapsed} and {@link #shorten(String, int) shortened} to at most {@code max} characters. */
    public static String oneLine(String s, int max) {
        return shorten(collapse(s), max);
    }

    /** At most {@code max} characters: a longer {@code s} keeps {@code max - 1} and ends with {@link #ELLIPSIS}. */
    public static String shorten(String s, int max) {
        return shorten(s, max, ELLIPSIS);
    }

    /** At most {@code max} characters: a longer {@code s} is cut so that it ends with {@code ellipsis} at {@code max}. */
    public static String shorten(String s, int max, String ellipsis) {
        return s.length() <= max ? s : s.substring(0, max - ellipsis.length()) + ellipsis;
    }

    /** The first {@code keep} characters of {@code s} followed by {@code marker} when {@code s} is longer. */
    public static String clip(String s, int keep, String marker) {
        return s.length() <= keep ? s : s.substring(0, keep) + marker;
    }

    /** {@code s} up to its first {@code '\n'} (not included); null is "". */
    public static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The exception's message, or its simple class name when it has none (a bare NullPointerException). */
    public static String message(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The first line of {@code s} once blanks around {@code s} are removed, itself without surrounding blanks; null is "". */
    public static String strippedFirstLine(String s) {
        return s == null ? "" : firstLine(s.strip()).strip();
    }

    /** The exception's {@link #message} {@link #collapse collapsed} to one line. */
    public static String oneLine(Throwable t) {
        return collapse(message(t));
    }

    /** The first line of the exception's {@link #message}. */
    public static String firstLine(Throwable t) {
        return firstLine(message(t));
    }
}
