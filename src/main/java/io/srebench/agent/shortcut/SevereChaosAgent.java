package io.srebench.agent.shortcut;

import java.util.ArrayList;
import java.util.List;

/**
 * "The violent chaos experiment is the cause": every live (not paused) Chaos Mesh Schedule whose spec looks severe —
 * a partition, packet loss or a delay of 50 ms and more, a heavy stressor, any HTTP/JVM/IO/Pod chaos. Added after
 * the simulator's decoys were all gentle and this one-liner scored 0.22 on its own: it judges a chaos object by its
 * spec, not by whether the traffic it targets exists.
 */
public final class SevereChaosAgent extends ShortcutAgent {
    public static final String NAME = "shortcut-severe-chaos";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> commands() {
        return List.of(ShortcutQueries.SEVERE_CHAOS);
    }

    @Override
    public List<String> answer(List<String> outputs, String defaultNamespace) {
        List<String> out = new ArrayList<>();
        for (String[] f : ShortcutQueries.rows(outputs.get(0))) {
            if (!f[0].isBlank() && !out.contains(f[0])) {
                out.add(f[0]);
            }
        }
        return out;
    }
}
