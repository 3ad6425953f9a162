package io.srebench.task.tsv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.common.JsonMappers;
import io.srebench.common.Text;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decoders for the cell encodings of snapshot TSVs (see formats.md 1.3): map columns and literals.
 * Timestamps: {@link Timestamps}.
 */
public final class TsvValues {
    private static final ObjectMapper JSON = JsonMappers.json();

    private TsvValues() {
    }

    /**
     * A map cell as a map: Python dict repr ({@code {'k': 'v'}}, pandas), Go {@code map[k:v]} (Go recorder), or
     * JSON object (fallback). {@code null}/blank is the empty map. Values are String, Long, Double, Boolean,
     * null, List or nested Map (Go maps give strings only).
     *
     * @throws IllegalArgumentException if the text is none of these (callers add file and line)
     */
    public static Map<String, Object> parseMap(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        if (GoMap.looksLike(text)) {
            return Collections.unmodifiableMap(GoMap.parse(text));
        }
        Object v = parseLiteral(text);
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, val) -> out.put(String.valueOf(k), val));
            return Collections.unmodifiableMap(out);
        }
        throw new IllegalArgumentException("expected a map, got: "
                + Text.shorten(text.replace('\n', ' ').replace('\t', ' '), 60, "..."));
    }

    /**
     * A Python literal ({@link PyLiteral}: dict, list, tuple, str, int, float, True/False/None), or JSON when it is
     * not valid Python.
     *
     * @throws IllegalArgumentException if it is neither
     */
    public static Object parseLiteral(String text) {
        try {
            return PyLiteral.parse(text);
        } catch (IllegalArgumentException pyError) {
            try {
                return JSON.readValue(text, Object.class);
            } catch (JsonProcessingException jsonError) {
                throw new IllegalArgumentException("neither a Python literal nor JSON (" + pyError.getMessage() + "): "
                        + Text.shorten(text.replace('\n', ' ').replace('\t', ' '), 60, "..."));
            }
        }
    }

    /** The map's value for {@code key} as text, or {@code null}. */
    public static String string(Map<String, Object> map, String key) {
        Object v = map.get(key);
        return v == null ? null : String.valueOf(v);
    }
}
