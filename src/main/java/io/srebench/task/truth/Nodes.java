package io.srebench.task.truth;

import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.common.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Field access on parsed YAML with one-line errors of the form {@code file: path.to.field: problem}. */
final class Nodes {
    private Nodes() {
    }

    static BadInputException bad(String file, String path, String message) {
        return new BadInputException(file + ": " + (path == null || path.isEmpty() ? "" : path + ": ") + message);
    }

    static String join(String path, String key) {
        return path == null || path.isEmpty() ? key : path + "." + key;
    }

    static String type(JsonNode n) {
        return n == null ? "nothing" : n.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    static String requiredText(JsonNode obj, String key, String file, String path) {
        JsonNode v = obj.get(key);
        if (v == null || v.isNull()) {
            throw bad(file, join(path, key), "missing required field");
        }
        if (!v.isValueNode() || v.asText().isBlank()) {
            throw bad(file, join(path, key), "expected a non-empty string, got " + type(v));
        }
        return v.asText().strip();
    }

    static String optionalText(JsonNode obj, String key, String file, String path) {
        JsonNode v = obj.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw bad(file, join(path, key), "expected a string, got " + type(v));
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** The array at {@code key}; empty when absent or null; an error for any other type. */
    static List<JsonNode> optionalArray(JsonNode obj, String key, String file, String path) {
        JsonNode v = obj.get(key);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw bad(file, join(path, key), "expected a list, got " + type(v));
        }
        List<JsonNode> out = new ArrayList<>();
        v.forEach(out::add);
        return out;
    }

    static List<JsonNode> requiredArray(JsonNode obj, String key, String file, String path) {
        JsonNode v = obj.get(key);
        if (v == null || v.isNull()) {
            throw bad(file, join(path, key), "missing required field");
        }
        return optionalArray(obj, key, file, path);
    }

    static void requireObject(JsonNode n, String file, String path) {
        if (n == null || !n.isObject()) {
            throw bad(file, path, "expected a mapping, got " + type(n));
        }
    }
}
