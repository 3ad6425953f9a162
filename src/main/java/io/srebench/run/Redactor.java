package io.srebench.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before it is stored: the value of the endpoint's key variable and of every
 * environment variable whose name says it holds a secret ({@code *_API_KEY}, {@code *TOKEN*},
 * {@code *SECRET*}, {@code *PASSWORD*}), each replaced by {@code [redacted $NAME]}. An endpoint that echoes
 * its key into the model's text (or a command that prints it) must not put it in the store, exports, the
 * HTML report or {@code show}. Values shorter than 8 characters are not treated as secrets.
 */
public final class Redactor {
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(API_?KEY|TOKEN|SECRET|PASSWORD|PASSWD).*");
    private static final int MIN_LENGTH = 8;
    private final List<Map.Entry<String, String>> secrets;

    private Redactor(List<Map.Entry<String, String>> secrets) {
        this.secrets = secrets;
    }

    /** From {@code env}: the endpoint's key variable {@code keyVar} (may be null) and every secret-named one. */
    public static Redactor of(Map<String, String> env, String keyVar) {
        List<Map.Entry<String, String>> found = new ArrayList<>();
        env.forEach((name, value) -> {
            String v = value == null ? "" : value.trim();
            if (v.length() >= MIN_LENGTH && (name.equals(keyVar) || SECRET_NAME.matcher(name).matches())) {
                found.add(Map.entry(v, name));
            }
        });
        found.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        return new Redactor(List.copyOf(found));
    }

    /** {@code text} with every secret replaced; null stays null. */
    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String t = text;
        for (Map.Entry<String, String> s : secrets) {
            if (t.contains(s.getKey())) {
                t = t.replace(s.getKey(), "[redacted $" + s.getValue() + "]");
            }
        }
        return t;
    }
}
