package io.srebench.studio.inspector;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds names (entity names, alert names, label values) in free text, case-insensitively and as whole names:
 * an occurrence counts only when the characters around it are not name characters ({@code a-z 0-9 _ -}).
 * So {@code frontend} is found in {@code svc/frontend} and {@code "frontend"} and {@code frontend.otel-demo}, but
 * not in {@code frontend-proxy} or {@code myfrontend}. Terms shorter than {@link #MIN_LENGTH} characters are
 * ignored (they would match almost everywhere).
 *
 * <p>Cost: one {@code indexOf} pass per term over the lower-cased text; fine for tens of terms over megabytes.
 */
public final class TermMatcher {
    /** Shortest term looked for. */
    public static final int MIN_LENGTH = 3;

    private final List<String> terms;

    /** @param terms names to look for, any case; blanks, short ones and duplicates are dropped */
    public TermMatcher(Collection<String> terms) {
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

    /** Lower-cased terms that occur in {@code text} as whole names. */
    public Set<String> present(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null || text.isEmpty() || terms.isEmpty()) {
            return out;
        }
        String lower = lower(text);
        for (String term : terms) {
            if (find(lower, term, 0) >= 0) {
                out.add(term);
            }
        }
        return out;
    }

    /**
     * Non-overlapping occurrences in {@code text}, sorted by start. Where two terms overlap the longer wins.
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
            for (int i = find(lower, term, 0); i >= 0; i = find(lower, term, i + term.length())) {
                if (!taken[i] && !taken[i + term.length() - 1]) {
                    for (int k = i; k < i + term.length(); k++) {
                        taken[k] = true;
                    }
                    out.add(new int[] {i, i + term.length()});
                }
            }
        }
        out.sort(Comparator.comparingInt(a -> a[0]));
        return out;
    }

    /** First whole-name occurrence of {@code term} in {@code lower} at or after {@code from}, or -1. */
    static int find(String lower, String term, int from) {
        int i = lower.indexOf(term, from);
        while (i >= 0) {
            int end = i + term.length();
            if ((i == 0 || !nameChar(lower.charAt(i - 1))) && (end >= lower.length() || !nameChar(lower.charAt(end)))) {
                return i;
            }
            i = lower.indexOf(term, i + 1);
        }
        return -1;
    }

    /** Lower case, char by char, so offsets in the result are offsets in {@code s}. */
    public static String lower(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            cs[i] = Character.toLowerCase(cs[i]);
        }
        return new String(cs);
    }

    private static boolean nameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }
}
