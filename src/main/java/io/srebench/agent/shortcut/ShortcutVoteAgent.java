package io.srebench.agent.shortcut;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * All the shortcuts at once: runs every other shortcut's queries (each command once) and submits the entities that at
 * least two of them name, most votes first (ties in the order of {@link #members}, then each shortcut's own order);
 * when no entity has two votes, the first of the top-voted. The constant answer votes too when one is given.
 */
public final class ShortcutVoteAgent extends ShortcutAgent {
    public static final String NAME = "shortcut-vote";
    private final List<ShortcutAgent> members;

    /** @param constantAnswer the constant shortcut's answer, which votes like the others; empty for none */
    public ShortcutVoteAgent(List<String> constantAnswer) {
        List<ShortcutAgent> m = new ArrayList<>(List.of(new FieldManagerOutlierAgent(), new ChangedObjectsAgent(),
                new ErrorOriginAgent(), new FirstAlertAgent(), new NewestObjectsAgent(), new SevereChaosAgent(),
                new WarningEventsAgent()));
        if (!constantAnswer.isEmpty()) {
            m.add(new ConstantAnswerAgent(constantAnswer));
        }
        this.members = List.copyOf(m);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The shortcuts that vote, in tie-break order. */
    public List<ShortcutAgent> members() {
        return members;
    }

    @Override
    public List<String> commands() {
        List<String> all = new ArrayList<>();
        for (ShortcutAgent a : members) {
            for (String c : a.commands()) {
                if (!all.contains(c)) {
                    all.add(c);
                }
            }
        }
        return all;
    }

    @Override
    public List<String> answer(List<String> outputs, String defaultNamespace) {
        List<String> commands = commands();
        Map<String, Candidate> votes = new LinkedHashMap<>();
        for (ShortcutAgent a : members) {
            List<String> own = new ArrayList<>();
            for (String c : a.commands()) {
                int i = commands.indexOf(c);
                own.add(i >= 0 && i < outputs.size() ? outputs.get(i) : "");
            }
            for (String e : a.answer(own, defaultNamespace).stream().distinct().toList()) {
                votes.computeIfAbsent(e.toLowerCase(Locale.ROOT), k -> new Candidate(e, votes.size())).votes++;
            }
        }
        List<Candidate> ranked = votes.values().stream()
                .sorted(Comparator.comparingInt((Candidate c) -> -c.votes).thenComparingInt(c -> c.order)).toList();
        List<String> agreed = ranked.stream().filter(c -> c.votes >= 2).map(c -> c.entity).toList();
        if (!agreed.isEmpty() || ranked.isEmpty()) {
            return agreed;
        }
        return List.of(ranked.get(0).entity);
    }

    /** An entity, how many shortcuts named it, and when it was first named. */
    private static final class Candidate {
        private final String entity;
        private final int order;
        private int votes;

        Candidate(String entity, int order) {
            this.entity = entity;
            this.order = order;
        }
    }
}
