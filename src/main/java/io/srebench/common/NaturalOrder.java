package io.srebench.common;

import java.util.Comparator;

/**
 * Order of task ids and other names with numbers in them, as people read them: {@code scenario-2} before
 * {@code scenario-10}. Digit runs compare by value (leading zeros aside), everything else by character.
 */
public final class NaturalOrder {
    /** {@link #compare} as a comparator. */
    public static final Comparator<String> COMPARATOR = NaturalOrder::compare;

    private NaturalOrder() {
    }

    /** Orders names with embedded numbers by their value: scenario-2 before scenario-10. */
    public static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j) != 0 ? Integer.compare(a.length() - i, b.length() - j)
                : a.compareTo(b);
    }

}
