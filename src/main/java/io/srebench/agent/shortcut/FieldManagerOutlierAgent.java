package io.srebench.agent.shortcut;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Whoever wrote to the cluster by hand is the cause": looks at the {@code metadata.managedFields} entries written
 * inside the recording window. A manager is suspect when it is not a cluster controller (kubelet,
 * kube-controller-manager, kube-scheduler, {@code *-controller}) or when it appears on at most {@link #FEW_OBJECTS}
 * objects in the whole snapshot. Of the suspects it takes the rarest manager (fewest objects carrying it; a
 * non-controller first on a tie, then the earliest write) and submits every object it wrote in the window, in write
 * order: a fault injector's one distinctive manager names its targets.
 */
public final class FieldManagerOutlierAgent extends ShortcutAgent {
    public static final String NAME = "shortcut-managers";
    static final int FEW_OBJECTS = 2;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> commands() {
        return List.of(ShortcutQueries.MANAGED_FIELDS);
    }

    /** One suspect manager: objects carrying it, whether it is a controller, its first write, what it wrote. */
    private record Suspect(String manager, int objects, boolean controller, Instant first, Set<String> wrote) {
    }

    @Override
    public List<String> answer(List<String> outputs, String defaultNamespace) {
        Map<String, Suspect> suspects = new LinkedHashMap<>();
        for (String[] f : ShortcutQueries.rows(outputs.get(0))) {
            if (f.length < 5) {
                continue;
            }
            Instant t = ShortcutQueries.instant(f[0]);
            int objects;
            try {
                objects = Integer.parseInt(f[3].strip());
            } catch (NumberFormatException e) {
                continue;
            }
            boolean controller = f[4].strip().equals("controller");
            if (t == null || f[1].isBlank() || (controller && objects > FEW_OBJECTS)) {
                continue;
            }
            suspects.computeIfAbsent(f[2], m -> new Suspect(m, objects, controller, t, new LinkedHashSet<>()))
                    .wrote().add(f[1]);
        }
        return suspects.values().stream()
                .min(Comparator.comparingInt(Suspect::objects).thenComparing(Suspect::controller)
                        .thenComparing(Suspect::first))
                .map(s -> (List<String>) new ArrayList<>(s.wrote())).orElse(List.of());
    }
}
