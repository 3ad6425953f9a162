package io.srebench.studio.inspector;

import io.srebench.studio.kit.InspectedTurn;
import io.srebench.task.mention.MentionMatcher;
import io.srebench.studio.kit.alerts.AlertTimeline;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What each turn looked at: the names (of a {@link MentionMatcher}) that occur in the turn's commands or outputs,
 * and the newest alert poll its commands read. Immutable; built off the UI thread and extended for live turns.
 */
public final class MentionIndex {
    private final MentionMatcher matcher;
    private final List<Set<String>> terms;
    private final int[] pollRead;

    private MentionIndex(MentionMatcher matcher, List<Set<String>> terms, int[] pollRead) {
        this.matcher = matcher;
        this.terms = terms;
        this.pollRead = pollRead;
    }

    /** An index over no turns. */
    public static MentionIndex empty(MentionMatcher matcher) {
        return new MentionIndex(matcher, List.of(), new int[0]);
    }

    /** Indexes {@code turns} (in order). */
    public static MentionIndex build(List<InspectedTurn> turns, MentionMatcher matcher, AlertTimeline alerts) {
        return empty(matcher).extend(turns, alerts);
    }

    /** This index plus the turns of {@code all} beyond the ones already indexed. */
    public MentionIndex extend(List<InspectedTurn> all, AlertTimeline alerts) {
        if (all.size() <= terms.size()) {
            return this;
        }
        List<Set<String>> t = new ArrayList<>(terms);
        int[] p = java.util.Arrays.copyOf(pollRead, all.size());
        for (int i = terms.size(); i < all.size(); i++) {
            InspectedTurn turn = all.get(i);
            t.add(Set.copyOf(matcher.present(turn.lookedAtText())));
            p[i] = alerts.newestPollRead(turn.commandText());
        }
        return new MentionIndex(matcher, List.copyOf(t), p);
    }

    public MentionMatcher matcher() {
        return matcher;
    }

    /** Number of turns indexed. */
    public int size() {
        return terms.size();
    }

    /** Lower-case names turn {@code turn} looked at (empty when out of range). */
    public Set<String> at(int turn) {
        return turn < 0 || turn >= terms.size() ? Set.of() : terms.get(turn);
    }

    /** Lower-case names turns 0..{@code turn} looked at. */
    public Set<String> upTo(int turn) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i <= turn && i < terms.size(); i++) {
            out.addAll(terms.get(i));
        }
        return out;
    }

    /** The newest alert poll read by the commands of turns 0..{@code turn}, or -1. */
    public int newestPollReadUpTo(int turn) {
        int best = -1;
        for (int i = 0; i <= turn && i < pollRead.length; i++) {
            best = Math.max(best, pollRead[i]);
        }
        return best;
    }

    /** Turns (0-based, ascending) whose commands or outputs name {@code term}. */
    public List<Integer> turnsMentioning(String term) {
        List<Integer> out = new ArrayList<>();
        if (term == null) {
            return out;
        }
        String t = term.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).contains(t)) {
                out.add(i);
            }
        }
        return out;
    }
}
