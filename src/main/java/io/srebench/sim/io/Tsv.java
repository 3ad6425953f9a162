package io.srebench.sim.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A TSV writer in the dialect of pandas {@code DataFrame.to_csv(sep="\t", index=False)}: header row, {@code \n}
 * line ends, a field holding TAB, {@code "}, CR or LF is wrapped in quotes with inner quotes doubled, null is
 * empty. Also renders Python reprs of dicts and lists, which is how pandas prints ClickHouse Map/Array cells.
 */
public final class Tsv implements AutoCloseable {
    private final BufferedWriter out;
    private final int columns;
    private int inRow;
    private long rows;

    public Tsv(Path file, String... header) {
        try {
            Files.createDirectories(file.getParent());
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.columns = header.length;
        for (String h : header) {
            cell(h);
        }
        end();
        rows = 0;
    }

    /** Appends one cell of the current row. */
    public Tsv cell(Object value) {
        try {
            if (inRow++ > 0) {
                out.write('\t');
            }
            if (value != null) {
                out.write(quote(value.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Ends the current row (it must have exactly as many cells as the header). */
    public void end() {
        if (inRow != columns) {
            throw new IllegalStateException("row has " + inRow + " cells, header has " + columns);
        }
        try {
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        inRow = 0;
        rows++;
    }

    /** Data rows written so far. */
    public long rows() {
        return rows;
    }

    /** Minimal quoting as Python's csv module does it. */
    public static String quote(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '"' || c == '\n' || c == '\r') {
                return '"' + s.replace("\"", "\"\"") + '"';
            }
        }
        return s;
    }

    /** Python repr of a str. */
    public static String pyStr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c == q) {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
            }
        }
        return sb.append(q).toString();
    }

    /** Python repr of a dict of strings, in the map's iteration order: {@code {'k': 'v'}}. */
    public static String pyDict(Map<String, String> m) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, String> e : m.entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(pyStr(e.getKey())).append(": ").append(pyStr(e.getValue()));
        }
        return sb.append('}').toString();
    }

    /** Python repr of a list of strings. */
    public static String pyList(String... items) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < items.length; i++) {
            sb.append(i > 0 ? ", " : "").append(pyStr(items[i]));
        }
        return sb.append(']').toString();
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
