package io.srebench.task.tsv;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parser for Python literal reprs as pandas writes them for ClickHouse Map/Array columns:
 * {@code {'k8s.pod.name': 'cart-1', "it's": 'x'}}, nested dicts, lists and tuples (both become
 * {@link List}), strings in either quote style with Python escapes, ints ({@link Long}, or {@link BigInteger}
 * when larger), floats ({@link Double}, including {@code nan}/{@code inf}), {@code True}/{@code False}/{@code None}.
 * JSON's {@code true}/{@code false}/{@code null} are accepted too, so most JSON parses here as well.
 * Dict keys become strings ({@code String.valueOf}). Limits: no sets, bytes are read as text, no
 * implicit string concatenation. Errors are {@link IllegalArgumentException}s giving the character offset.
 */
final class PyLiteral {
    private final String s;
    private int i;

    private PyLiteral(String s) {
        this.s = s;
    }

    static Object parse(String text) {
        PyLiteral p = new PyLiteral(text);
        Object v = p.value();
        p.ws();
        if (p.i != text.length()) {
            throw p.error("unexpected text after the value");
        }
        return v;
    }

    private Object value() {
        ws();
        if (i >= s.length()) {
            throw error("unexpected end of text");
        }
        char c = s.charAt(i);
        switch (c) {
            case '{':
                return dict();
            case '[':
                return sequence(']');
            case '(':
                return sequence(')');
            case '\'':
            case '"':
                return string();
            default:
                break;
        }
        if ((c == 'u' || c == 'b' || c == 'U' || c == 'B') && i + 1 < s.length()
                && (s.charAt(i + 1) == '\'' || s.charAt(i + 1) == '"')) {
            i++;
            return string();
        }
        if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
            return number();
        }
        return word();
    }

    private Map<String, Object> dict() {
        i++;
        Map<String, Object> m = new LinkedHashMap<>();
        ws();
        if (peek() == '}') {
            i++;
            return m;
        }
        while (true) {
            Object k = value();
            ws();
            expect(':');
            Object v = value();
            m.put(String.valueOf(k), v);
            ws();
            char c = peek();
            i++;
            if (c == '}') {
                return m;
            }
            if (c != ',') {
                throw error("expected ',' or '}' in dict");
            }
            ws();
            if (peek() == '}') {
                i++;
                return m;
            }
        }
    }

    private List<Object> sequence(char close) {
        i++;
        List<Object> list = new ArrayList<>();
        ws();
        if (peek() == close) {
            i++;
            return list;
        }
        while (true) {
            list.add(value());
            ws();
            char c = peek();
            i++;
            if (c == close) {
                return list;
            }
            if (c != ',') {
                throw error("expected ',' or '" + close + "'");
            }
            ws();
            if (peek() == close) {
                i++;
                return list;
            }
        }
    }

    private String string() {
        char q = s.charAt(i++);
        StringBuilder b = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == q) {
                return b.toString();
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (i >= s.length()) {
                break;
            }
            escape(b, s.charAt(i++));
        }
        throw error("string never closes");
    }

    private void escape(StringBuilder b, char e) {
        switch (e) {
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'r' -> b.append('\r');
            case '0' -> b.append('\0');
            case 'a' -> b.append('\u0007');
            case 'b' -> b.append('\b');
            case 'f' -> b.append('\f');
            case 'v' -> b.append('\u000B');
            case 'x' -> b.appendCodePoint(hex(2));
            case 'u' -> b.appendCodePoint(hex(4));
            case 'U' -> b.appendCodePoint(hex(8));
            case '\n' -> {
                // line continuation: nothing
            }
            case '\\', '\'', '"', '/' -> b.append(e);
            default -> b.append('\\').append(e);
        }
    }

    private int hex(int n) {
        if (i + n > s.length()) {
            throw error("truncated escape");
        }
        try {
            int cp = Integer.parseInt(s.substring(i, i + n), 16);
            i += n;
            return cp;
        } catch (NumberFormatException e) {
            throw error("bad hex escape");
        }
    }

    private Object number() {
        int start = i;
        while (i < s.length() && "+-.0123456789eEnaifNIF_xX".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        String t = s.substring(start, i).replace("_", "");
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith("nan")) {
            return Double.NaN;
        }
        if (lower.endsWith("inf")) {
            return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        try {
            if (t.indexOf('.') < 0 && lower.indexOf('e') < 0) {
                BigInteger big = new BigInteger(t.startsWith("+") ? t.substring(1) : t);
                return big.bitLength() < 64 ? (Object) big.longValue() : big;
            }
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            i = start;
            throw error("bad number \"" + t + "\"");
        }
    }

    private Object word() {
        int start = i;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        String w = s.substring(start, i);
        switch (w) {
            case "True", "true":
                return Boolean.TRUE;
            case "False", "false":
                return Boolean.FALSE;
            case "None", "null":
                return null;
            case "nan", "NaN":
                return Double.NaN;
            case "inf", "Infinity":
                return Double.POSITIVE_INFINITY;
            default:
                i = start;
                throw error("unexpected token");
        }
    }

    private void ws() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private char peek() {
        if (i >= s.length()) {
            throw error("unexpected end of text");
        }
        return s.charAt(i);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        i++;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at offset " + i);
    }
}
