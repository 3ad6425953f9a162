package io.srebench.task.tsv;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parser for Go's {@code %v} rendering of a map, as the Go ClickHouse recorder writes Map columns:
 * {@code map[k8s.namespace.name:otel-demo k8s.pod.name:cart-1]}, nested {@code map[...]} values allowed.
 *
 * <p>The format is ambiguous (values are unquoted and may contain spaces and colons), so entry boundaries
 * are found with the fact that Go prints keys in ascending order: a space followed by {@code token:}
 * starts the next entry only if {@code token} sorts after the current key. Limits: keys containing
 * {@code :} or a space, and values with unbalanced brackets, cannot be recovered exactly. Values are strings
 * (or nested maps).
 */
final class GoMap {
    private GoMap() {
    }

    static boolean looksLike(String text) {
        String t = text.strip();
        return t.startsWith("map[") && t.endsWith("]");
    }

    static Map<String, Object> parse(String text) {
        String t = text.strip();
        if (!looksLike(t)) {
            throw new IllegalArgumentException("not a Go map[...] value");
        }
        return entries(t.substring(4, t.length() - 1));
    }

    private static Map<String, Object> entries(String body) {
        Map<String, Object> m = new LinkedHashMap<>();
        int i = 0;
        int n = body.length();
        while (i < n) {
            int colon = body.indexOf(':', i);
            if (colon < 0) {
                throw new IllegalArgumentException("map entry without ':' at offset " + i);
            }
            String key = body.substring(i, colon);
            int end = valueEnd(body, colon + 1, key);
            String raw = body.substring(colon + 1, end);
            m.put(key, looksLike(raw) ? entries(raw.substring(4, raw.length() - 1)) : raw);
            i = end + 1;
        }
        return m;
    }

    private static int valueEnd(String body, int from, String key) {
        int depth = 0;
        for (int j = from; j < body.length(); j++) {
            char c = body.charAt(j);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == ' ' && depth == 0 && startsLaterKey(body, j + 1, key)) {
                return j;
            }
        }
        return body.length();
    }

    private static boolean startsLaterKey(String body, int at, String previous) {
        int j = at;
        while (j < body.length() && " :[]".indexOf(body.charAt(j)) < 0) {
            j++;
        }
        return j > at && j < body.length() && body.charAt(j) == ':' && body.substring(at, j).compareTo(previous) > 0;
    }
}
