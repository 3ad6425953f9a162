package io.srebench.task.mention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one entity-mention model: which names (entity names, alert names, label values) a text mentions. Used for
 * transcript links, touched sets, first touches (studio compare and inspector, topology overlay, scoring pane) and by
 * the CLI.
 *
 * <p>Rules, case-insensitive:
 * <ul>
 *   <li>A name is found only as a whole token: the characters around it must not be name characters
 *       ({@code a-z 0-9 _ -}). So {@code ad} is found in {@code svc/ad}, {@code deployment/ad},
 *       {@code otel-demo/Service/ad}, {@code ad.otel-demo.svc}, {@code "ad"}, {@code app=ad} and {@code ad:8080},
 *       but not in {@code load}, {@code adservice}, {@code ad_port} or {@code my-ad}; {@code cart} is not found in
 *       {@code valkey-cart}. {@code adservice} is a different name (the demo's old one), not a mention of {@code ad}.</li>
 *   <li>A pod or replica-set name is a mention of its workload: the name followed by one or two generated
 *       suffixes over Kubernetes' name alphabet (no vowels, no {@code 0 1 3}; 5 to 10 characters), e.g.
 *       {@code ad-5d8f7c9b4-x2x7k} and {@code ad-5d8f7c9b4} mention {@code ad}; a stateful-set pod {@code db-0}
 *       mentions {@code db}. English words are not suffixes: {@code ad-service}, {@code frontend-proxy} are not
 *       mentions of {@code ad}, {@code frontend}.</li>
 *   <li>Names of one character are ignored. A dotted attribute such as {@code db.system} does count as {@code db}
 *       (a dot ends a name, as in {@code db.otel-demo}).</li>
 * </ul>
 *
 * <p>Cost: one {@code indexOf} pass per name over the lower-cased text; fine for hundreds of names over megabytes.
 */
public final class MentionMatcher {
    /** Shortest name looked for. */
    public static final int MIN_LENGTH = 2;

    private static final String HASH_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
    private static final int HASH_MIN = 5;
    private static final int HASH_MAX = 10;

    private final List<String> terms;

    /** @param terms names to look for, any case; blanks, one-letter ones and duplicates are dropped */
    public MentionMatcher(Collection<String> terms) {
        Set<String> t = new LinkedHashSet<>();
        for (String s : terms) {
            if (s != null && s.strip().length() >= MIN_LENGTH) {
                t.add(s.strip().toLowerCase(Locale.ROOT));
            }
        }
        List<String> sorted = new ArrayList<>(t);
        // longest first, so that spans prefer the longer of two overlapping names
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.terms = List.copyOf(sorted);
    }

    /** The terms (lower case, longest first). */
    public List<String> terms() {
        return terms;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Whether {@code text} mentions {@code name} (a one-off check; build a matcher to test many texts). */
    public static boolean mentions(String text, String name) {
        return !new MentionMatcher(List.of(name == null ? "" : name)).present(text).isEmpty();
    }

    /** Lower-cased terms that {@code text} mentions. */
    public Set<String> present(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null || text.isEmpty() || terms.isEmpty()) {
            return out;
        }
        String lower = lower(text);
        for (String term : terms) {
            if (find(lower, term, 0) != null) {
                out.add(term);
            }
        }
        return out;
    }

    /**
     * Non-overlapping mentions in {@code text}, sorted by start; a pod name's span covers its suffixes. Where two
     * overlap the longer term wins.
     *
     * @return pairs {@code [start, end)} as {@code int[2]}
     */
    public List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        if (text == null || text.isEmpty() || terms.isEmpty()) {
            return out;
        }
        String lower = lower(text);
        boolean[] taken = new boolean[lower.length()];
        for (String term : terms) {
            for (int[] s = find(lower, term, 0); s != null; s = find(lower, term, s[1])) {
                if (!taken[s[0]] && !taken[s[1] - 1]) {
                    for (int k = s[0]; k < s[1]; k++) {
                        taken[k] = true;
                    }
                    out.add(s);
                }
            }
        }
        out.sort(Comparator.comparingInt(a -> a[0]));
        return out;
    }

    /**
     * For each entity (as given, e.g. {@code otel-demo/Service/ad}), the 0-based index of the first text that
     * mentions its name ({@link #nameOf}); entities never mentioned are absent.
     */
    public static Map<String, Integer> firstMentions(List<String> texts, Collection<String> entities) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (String e : entities) {
            byName.computeIfAbsent(nameOf(e), k -> new ArrayList<>()).add(e);
        }
        MentionMatcher m = new MentionMatcher(byName.keySet());
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            for (String name : m.present(texts.get(i))) {
                for (String e : byName.getOrDefault(name, List.of())) {
                    out.putIfAbsent(e, i);
                }
            }
        }
        return out;
    }

    /** An entity's name: the last path segment of {@code ns/Kind/name} (or {@code kind/name}), lower case. */
    public static String nameOf(String entity) {
        String s = entity == null ? "" : entity.strip();
        int slash = s.lastIndexOf('/');
        return (slash >= 0 ? s.substring(slash + 1) : s).toLowerCase(Locale.ROOT);
    }

    /** Lower case, char by char, so offsets in the result are offsets in {@code s}. */
    public static String lower(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            cs[i] = Character.toLowerCase(cs[i]);
        }
        return new String(cs);
    }

    /** First mention of {@code term} in {@code lower} at or after {@code from}, as {@code [start, end)}, or null. */
    private static int[] find(String lower, String term, int from) {
        int i = lower.indexOf(term, from);
        while (i >= 0) {
            if (i == 0 || !nameChar(lower.charAt(i - 1))) {
                int end = workloadEnd(lower, i + term.length());
                if (end >= 0) {
                    return new int[] {i, end};
                }
            }
            i = lower.indexOf(term, i + 1);
        }
        return null;
    }

    /**
     * Where a mention ending at {@code end} really ends: {@code end} at a token boundary, past one or two generated
     * suffixes (or one numeric ordinal) that end at a boundary; -1 when the name runs on into a longer token.
     */
    private static int workloadEnd(String s, int end) {
        if (end >= s.length() || !nameChar(s.charAt(end))) {
            return end;
        }
        if (s.charAt(end) != '-') {
            return -1;
        }
        int ordinal = run(s, end + 1, "0123456789");
        if (ordinal > end + 1 && boundary(s, ordinal)) {
            return ordinal;
        }
        int first = suffix(s, end);
        if (first < 0) {
            return -1;
        }
        if (boundary(s, first)) {
            return first;
        }
        int second = s.charAt(first) == '-' ? suffix(s, first) : -1;
        return second >= 0 && boundary(s, second) ? second : -1;
    }

    /** End of a generated suffix {@code -xxxxx} starting with the dash at {@code dash}, or -1. */
    private static int suffix(String s, int dash) {
        int e = run(s, dash + 1, HASH_ALPHABET);
        int len = e - dash - 1;
        return len >= HASH_MIN && len <= HASH_MAX ? e : -1;
    }

    private static int run(String s, int from, String chars) {
        int i = from;
        while (i < s.length() && chars.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean boundary(String s, int at) {
        return at >= s.length() || !nameChar(s.charAt(at));
    }

    private static boolean nameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }
}
