package io.srebench.studio.kit.alerts;

import io.srebench.task.snapshot.Alert;
import io.srebench.task.snapshot.AlertSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The alerts of a snapshot over time: its alert polls (oldest first) and one {@link AlertRow} per distinct alert.
 *
 * <p><b>Which poll a turn is at.</b> A snapshot is frozen, so "what was firing when the agent was at turn n" needs
 * a rule. Ours: if the agent's commands up to turn n named alert files ({@code alerts_at_<time>.json}, or a glob
 * over the alerts directory such as {@code alerts/*}, which reads them all), the turn is at the newest poll it had
 * read; before any such read, turns map proportionally onto the polls (turn 0 at the first poll, the last turn at
 * the last poll).
 */
public final class AlertTimeline {
    private static final Pattern FILE = Pattern.compile("alerts_at_[0-9T:._-]+\\.json");
    private static final Pattern GLOB = Pattern.compile("alerts/\\*|alerts_at_\\*");

    private final List<AlertSnapshot> polls;
    private final List<AlertRow> rows;
    private final Instant start;
    private final Instant end;

    private AlertTimeline(List<AlertSnapshot> polls, List<AlertRow> rows, Instant start, Instant end) {
        this.polls = polls;
        this.rows = rows;
        this.start = start;
        this.end = end;
    }

    /** An empty timeline (no snapshot, or no alert files). */
    public static AlertTimeline empty() {
        return new AlertTimeline(List.of(), List.of(), null, null);
    }

    /** Builds the timeline of {@code polls} (oldest first, as {@code Alerts.readAll} returns them). */
    public static AlertTimeline of(List<AlertSnapshot> polls) {
        Map<String, Builder> byKey = new LinkedHashMap<>();
        Instant start = null;
        Instant end = null;
        for (int i = 0; i < polls.size(); i++) {
            AlertSnapshot p = polls.get(i);
            start = min(start, p.at());
            end = max(end, p.at());
            for (Alert a : p.alerts()) {
                String value = a.entity().map(Alert.Entity::value).orElse(null);
                String key = AlertRow.keyOf(a.name(), value, a.namespace());
                Builder b = byKey.computeIfAbsent(key, k -> new Builder(k, a));
                b.add(i, p.at(), a);
                start = min(start, a.activeAt());
            }
        }
        List<AlertRow> rows = new ArrayList<>();
        byKey.values().forEach(b -> rows.add(b.build()));
        return new AlertTimeline(List.copyOf(polls), List.copyOf(rows), start, end);
    }

    public List<AlertSnapshot> polls() {
        return polls;
    }

    public List<AlertRow> rows() {
        return rows;
    }

    /** Earliest time on the timeline (first poll or earliest activeAt), or null. */
    public Instant start() {
        return start;
    }

    /** Time of the last poll, or null. */
    public Instant end() {
        return end;
    }

    public boolean isEmpty() {
        return polls.isEmpty();
    }

    /**
     * The newest poll named by {@code commands} (an alert file name, or a glob over all of them), or -1.
     */
    public int newestPollRead(String commands) {
        if (polls.isEmpty() || commands == null || commands.isEmpty()) {
            return -1;
        }
        if (GLOB.matcher(commands).find()) {
            return polls.size() - 1;
        }
        int best = -1;
        Matcher m = FILE.matcher(commands);
        while (m.find()) {
            String name = m.group();
            for (int i = polls.size() - 1; i > best; i--) {
                if (polls.get(i).file() != null && polls.get(i).file().getFileName().toString().equals(name)) {
                    best = i;
                    break;
                }
            }
        }
        return best;
    }

    /**
     * The poll turn {@code turn} of {@code turnCount} is at (see the class comment).
     *
     * @param newestRead the newest poll read by the commands of turns 0..turn, or -1
     * @return a poll index, or -1 when there are no polls
     */
    public int pollAt(int turn, int turnCount, int newestRead) {
        if (polls.isEmpty()) {
            return -1;
        }
        if (newestRead >= 0) {
            return Math.min(newestRead, polls.size() - 1);
        }
        if (turnCount <= 1 || turn <= 0) {
            return 0;
        }
        double f = Math.min(1.0, (double) turn / (turnCount - 1));
        return (int) Math.round(f * (polls.size() - 1));
    }

    /** Keys of the alerts in poll {@code poll} (empty for -1). */
    public Set<String> firingAt(int poll) {
        Set<String> out = new LinkedHashSet<>();
        if (poll < 0) {
            return out;
        }
        for (AlertRow r : rows) {
            if (r.polls().contains(poll)) {
                out.add(r.key());
            }
        }
        return out;
    }

    /** Time of poll {@code poll}, or null. */
    public Instant timeOf(int poll) {
        return poll < 0 || poll >= polls.size() ? null : polls.get(poll).at();
    }

    private static Instant min(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static final class Builder {
        private final String key;
        private final Alert first;
        private final List<Integer> polls = new ArrayList<>();
        private String severity;
        private Instant activeAt;
        private Instant firstSeen;
        private Instant lastSeen;

        Builder(String key, Alert first) {
            this.key = key;
            this.first = first;
        }

        void add(int poll, Instant at, Alert a) {
            if (polls.isEmpty() || polls.get(polls.size() - 1) != poll) {
                polls.add(poll);
            }
            severity = severity != null ? severity : a.severity();
            activeAt = min(activeAt, a.activeAt());
            firstSeen = min(firstSeen, at);
            lastSeen = max(lastSeen, at);
        }

        AlertRow build() {
            Alert.Entity e = first.entity().orElse(null);
            return new AlertRow(key, first.name(), e == null ? null : e.label(), e == null ? null : e.value(),
                    first.namespace(), severity, activeAt, firstSeen, lastSeen, polls);
        }
    }
}
