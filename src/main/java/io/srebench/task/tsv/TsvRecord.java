package io.srebench.task.tsv;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record of a TSV file: the fields of one row, addressable by column index or header name.
 *
 * <p>An empty field is {@code null} (pandas writes NaN/None as an empty field); a quoted empty field
 * ({@code ""}) is the empty string. A row with fewer fields than the header reads {@code null} for the
 * missing trailing columns.
 */
public final class TsvRecord {
    private final TsvHeader header;
    private final String[] fields;
    private final int line;

    TsvRecord(TsvHeader header, String[] fields, int line) {
        this.header = header;
        this.fields = fields;
        this.line = line;
    }

    /** The 1-based physical line on which this record starts (the header is line 1). */
    public int line() {
        return line;
    }

    /** Number of fields actually present in this row (may be less than the header's width). */
    public int size() {
        return fields.length;
    }

    /** Field {@code index} (0-based), or {@code null} when empty or absent. */
    public String get(int index) {
        return index >= 0 && index < fields.length ? fields[index] : null;
    }

    /** The field under header {@code column} (first column of that name), or {@code null} if empty or no such column. */
    public String get(String column) {
        return get(header.indexOf(column));
    }

    /** The first non-null field among {@code columns}, in the given order. */
    public String first(String... columns) {
        for (String c : columns) {
            String v = get(c);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Whether the header has a column named {@code column}. */
    public boolean has(String column) {
        return header.indexOf(column) >= 0;
    }

    /** The header this record belongs to. */
    public List<String> header() {
        return header.names();
    }

    /** The record as an insertion-ordered map header name to field (null values kept). */
    public Map<String, String> asMap() {
        List<String> names = header.names();
        Map<String, String> m = new LinkedHashMap<>(names.size() * 2);
        for (int i = 0; i < names.size(); i++) {
            m.putIfAbsent(names.get(i), get(i));
        }
        return Collections.unmodifiableMap(m);
    }

    @Override
    public String toString() {
        return "line " + line + " " + asMap();
    }
}
