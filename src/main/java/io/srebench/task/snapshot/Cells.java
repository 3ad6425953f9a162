package io.srebench.task.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.common.BadInputException;
import io.srebench.common.JsonMappers;
import io.srebench.task.tsv.Timestamps;
import io.srebench.task.tsv.TsvReader;
import io.srebench.task.tsv.TsvRecord;
import io.srebench.task.tsv.TsvValues;
import java.time.Instant;
import java.util.Map;

/** Cell decoding shared by the snapshot readers, turning every failure into a file:line: column: message error. */
final class Cells {
    static final ObjectMapper JSON = JsonMappers.json();

    private Cells() {
    }

    static BadInputException bad(TsvReader in, TsvRecord r, String column, String what) {
        return new BadInputException(in.source() + ":" + r.line() + ": " + column + ": " + what);
    }

    /** The first present column among {@code columns}, or null. */
    static String column(TsvRecord r, String... columns) {
        for (String c : columns) {
            if (r.has(c)) {
                return c;
            }
        }
        return null;
    }

    static Instant time(TsvReader in, TsvRecord r, String column) {
        String v = column == null ? null : r.get(column);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Timestamps.parse(v);
        } catch (IllegalArgumentException e) {
            throw bad(in, r, column, e.getMessage());
        }
    }

    static Map<String, Object> map(TsvReader in, TsvRecord r, String column) {
        try {
            return TsvValues.parseMap(r.get(column));
        } catch (IllegalArgumentException e) {
            throw bad(in, r, column, e.getMessage());
        }
    }

    /** JSON text, unwrapping one level of double encoding (a JSON string whose content is JSON). */
    static JsonNode json(TsvReader in, TsvRecord r, String column) {
        String v = r.get(column);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            JsonNode n = JSON.readTree(v);
            if (n != null && n.isTextual()) {
                n = JSON.readTree(n.asText());
            }
            return n;
        } catch (JsonProcessingException e) {
            throw bad(in, r, column, "malformed JSON: " + e.getOriginalMessage().replaceAll("\\s+", " "));
        }
    }

    /** Text at a JSON path of object fields, or null when absent/null/blank. */
    static String text(JsonNode n, String... path) {
        JsonNode cur = n;
        for (String p : path) {
            if (cur == null || !cur.isObject()) {
                return null;
            }
            cur = cur.get(p);
        }
        if (cur == null || cur.isNull() || !cur.isValueNode()) {
            return null;
        }
        String s = cur.asText();
        return s.isBlank() ? null : s;
    }

    static Instant jsonTime(TsvReader in, TsvRecord r, String column, JsonNode n, String... path) {
        String v = text(n, path);
        if (v == null) {
            return null;
        }
        try {
            return Timestamps.parse(v);
        } catch (IllegalArgumentException e) {
            throw bad(in, r, column + " " + String.join(".", path), e.getMessage());
        }
    }
}
