package io.srebench.agent.shortcut;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * "The newest thing is the cause": the most recently created objects by {@code metadata.creationTimestamp} that no
 * controller owns (Pods, ReplicaSets, Events and other bookkeeping left out): the newest one and any created within
 * {@link #SAME_CHANGE} of it, at most {@link #MAX}.
 */
public final class NewestObjectsAgent extends ShortcutAgent {
    public static final String NAME = "shortcut-newest";
    static final int MAX = 3;
    static final Duration SAME_CHANGE = Duration.ofMinutes(2);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> commands() {
        return List.of(ShortcutQueries.NEWEST_OBJECTS);
    }

    @Override
    public List<String> answer(List<String> outputs, String defaultNamespace) {
        List<String> out = new ArrayList<>();
        Instant newest = null;
        for (String[] f : ShortcutQueries.rows(outputs.get(0))) {
            Instant t = f.length >= 2 ? ShortcutQueries.instant(f[0]) : null;
            if (t == null || f[1].isBlank()) {
                continue;
            }
            newest = newest == null ? t : newest;
            if (t.isBefore(newest.minus(SAME_CHANGE)) || out.size() == MAX) {
                break;
            }
            out.add(f[1]);
        }
        return out;
    }
}
