package io.srebench.agent.shortcut;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * "The first thing that alerted is the cause": the entity of the earliest firing alert by {@code activeAt} (Watchdog
 * left out) that names one: {@code service_name} or {@code service} as a Service, else {@code pod} as a Pod, else
 * {@code deployment} as a Deployment, in the alert's namespace or else the task's. Alerts that became active at the
 * same instant are taken together (at most {@link #MAX}).
 */
public final class FirstAlertAgent extends ShortcutAgent {
    public static final String NAME = "shortcut-first-alert";
    static final int MAX = 3;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> commands() {
        return List.of(ShortcutQueries.FIRING_ALERTS);
    }

    @Override
    public List<String> answer(List<String> outputs, String defaultNamespace) {
        Instant first = null;
        List<String> out = new ArrayList<>();
        for (String[] f : ShortcutQueries.rows(outputs.get(0))) {
            Instant t = f.length >= 7 ? ShortcutQueries.instant(f[0]) : null;
            String entity = t == null ? null : entityOf(f, defaultNamespace);
            if (entity == null || (first != null && t.isAfter(first))) {
                continue;
            }
            if (first == null || t.isBefore(first)) {
                first = t;
                out.clear();
            }
            if (!out.contains(entity) && out.size() < MAX) {
                out.add(entity);
            }
        }
        return out;
    }

    /** activeAt, alertname, namespace, service_name, service, pod, deployment -> the entity, or null. */
    private static String entityOf(String[] f, String defaultNamespace) {
        String ns = !f[2].isBlank() ? f[2] : defaultNamespace;
        if (!f[3].isBlank()) {
            return ShortcutQueries.entity(ns, "Service", f[3]);
        }
        if (!f[4].isBlank()) {
            return ShortcutQueries.entity(ns, "Service", f[4]);
        }
        if (!f[5].isBlank()) {
            return ShortcutQueries.entity(ns, "Pod", f[5]);
        }
        if (!f[6].isBlank()) {
            return ShortcutQueries.entity(ns, "Deployment", f[6]);
        }
        return null;
    }
}
