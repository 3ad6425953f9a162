package io.srebench.studio.inspector.alerts;

import io.srebench.studio.kit.alerts.AlertRow;
import io.srebench.studio.kit.alerts.AlertTimeline;
import io.srebench.studio.inspector.MentionIndex;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The alerts pane at the current turn.
 *
 * @param poll the poll the turn is at (see {@link AlertTimeline}), or -1 without polls
 * @param at that poll's time, or null
 * @param firing keys of the alerts in that poll
 * @param lookedAt keys of the alerts whose name or entity the turns so far named
 * @param rule how the poll was chosen, for people
 */
public record AlertsState(int poll, Instant at, Set<String> firing, Set<String> lookedAt, String rule) {
    public AlertsState {
        firing = Set.copyOf(firing);
        lookedAt = Set.copyOf(lookedAt);
    }

    /** No alerts. */
    public static AlertsState empty() {
        return new AlertsState(-1, null, Set.of(), Set.of(), "");
    }

    /** The state at turn {@code turn} of {@code turnCount}. */
    public static AlertsState at(AlertTimeline t, MentionIndex mentions, int turn, int turnCount) {
        if (t.isEmpty()) {
            return empty();
        }
        int read = mentions.newestPollReadUpTo(turn);
        int poll = t.pollAt(turn, turnCount, read);
        Set<String> soFar = mentions.upTo(turn);
        Set<String> looked = new LinkedHashSet<>();
        for (AlertRow r : t.rows()) {
            if (soFar.contains(r.name().toLowerCase(Locale.ROOT))
                    || (r.entityValue() != null && soFar.contains(r.entityValue().toLowerCase(Locale.ROOT)))) {
                looked.add(r.key());
            }
        }
        String rule = read >= 0 ? "newest alert file read so far" : "turn mapped proportionally onto the polls";
        return new AlertsState(poll, t.timeOf(poll), t.firingAt(poll), looked,
                "poll " + (poll + 1) + " / " + t.polls().size() + " (" + rule + ")");
    }
}
