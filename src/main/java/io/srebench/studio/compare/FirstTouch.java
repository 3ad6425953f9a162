package io.srebench.studio.compare;

import io.srebench.studio.inspector.InspectedTurn;
import io.srebench.studio.inspector.TermMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The turn at which a run first touched each entity: the first turn whose commands or outputs name the entity (its
 * last path segment, as a whole name; see {@link TermMatcher}) — the same notion of "looked at" as the inspector's.
 * Entities whose name is shorter than {@link TermMatcher#MIN_LENGTH} are never found.
 */
public final class FirstTouch {
    private FirstTouch() {
    }

    /**
     * @param entities entity texts such as {@code otel-demo/Deployment/payment} (any case)
     * @return entity (as given) to 0-based first turn; entities never named are absent
     */
    public static Map<String, Integer> of(List<InspectedTurn> turns, Collection<String> entities) {
        Map<String, List<String>> byName = new HashMap<>();
        for (String e : entities) {
            byName.computeIfAbsent(name(e), k -> new ArrayList<>()).add(e);
        }
        TermMatcher m = new TermMatcher(byName.keySet());
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < turns.size(); i++) {
            Set<String> present = m.present(turns.get(i).lookedAtText());
            for (String name : present) {
                for (String e : byName.getOrDefault(name, List.of())) {
                    out.putIfAbsent(e, i);
                }
            }
        }
        return out;
    }

    /** The entity's name: its last path segment, lower case. */
    static String name(String entity) {
        String s = entity == null ? "" : entity.strip();
        int slash = s.lastIndexOf('/');
        return (slash >= 0 ? s.substring(slash + 1) : s).toLowerCase(Locale.ROOT);
    }
}
