package io.srebench.agent.shortcut;

import java.util.ArrayList;
import java.util.List;

/**
 * "What changed is the cause": every object whose history in {@code k8s_objects_raw.tsv} shows a change during the
 * recording window (content other than metadata and status changed between observations, or labels, annotations or
 * deletion did; created in the window; first seen after the first poll; gone before the last), with Pods,
 * ReplicaSets and other controlled objects mapped up their ownerReferences to the owning workload, and Events,
 * Leases, Endpoints and EndpointSlices left out as bookkeeping. Ordered by change time.
 */
public final class ChangedObjectsAgent extends ShortcutAgent {
    public static final String NAME = "shortcut-changed";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> commands() {
        return List.of(ShortcutQueries.CHANGED_OBJECTS);
    }

    @Override
    public List<String> answer(List<String> outputs, String defaultNamespace) {
        List<String> out = new ArrayList<>();
        for (String[] f : ShortcutQueries.rows(outputs.get(0))) {
            if (f.length >= 3 && !f[1].isBlank()) {
                out.add(f[1]);
            }
        }
        return out;
    }
}
