package io.srebench.agent.shortcut;

import java.util.List;

/**
 * "Where the errors start is the cause": counts, per service, the error spans none of whose child spans errored (the
 * deepest error origins in each trace) and submits the most frequent one as a Service, in the namespace of its spans'
 * {@code k8s.namespace.name} resource attribute or else the task's namespace.
 */
public final class ErrorOriginAgent extends ShortcutAgent {
    public static final String NAME = "shortcut-error-origin";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> commands() {
        return List.of(ShortcutQueries.ERROR_ORIGINS);
    }

    @Override
    public List<String> answer(List<String> outputs, String defaultNamespace) {
        for (String[] f : ShortcutQueries.rows(outputs.get(0))) {
            if (f.length >= 2 && !f[1].isBlank() && f[0].strip().matches("\\d+")) {
                String ns = f.length >= 3 && !f[2].isBlank() ? f[2] : defaultNamespace;
                return List.of(ShortcutQueries.entity(ns, "Service", f[1]));
            }
        }
        return List.of();
    }
}
