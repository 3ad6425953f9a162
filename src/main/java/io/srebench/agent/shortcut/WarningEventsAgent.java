package io.srebench.agent.shortcut;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The workload that complains most is the cause": counts the Kubernetes Warning events of the snapshot by involved
 * object, folds a Deployment's pods ({@code name-<replicaset hash>-<pod hash>}) into the Deployment, and submits the
 * one with the most. Crash loops, failed probes and OOM kills all end in Warning events on the faulty workload; the
 * simulator's benign restarts and probe timeouts are what should keep this from being enough.
 */
public final class WarningEventsAgent extends ShortcutAgent {
    public static final String NAME = "shortcut-warnings";

    /** Warning events' involved objects, counted: {@code count involvedObject"":{...}}, most frequent first. */
    static final String WARNING_OBJECTS = "grep -F '\"\"type\"\":\"\"Warning\"\"' /snapshot/k8s_events_raw.tsv"
            + " | grep -o 'involvedObject\"\":{[^}]*' | sort | uniq -c | sort -k1,1nr | head -n 200";

    private static final Pattern FIELD = Pattern.compile("\"\"(kind|name|namespace)\"\":\"\"([^\"]*)\"\"");
    private static final Pattern COUNT = Pattern.compile("^\\s*(\\d+)\\s");
    private static final Pattern DEPLOYMENT_POD = Pattern.compile("(.+)-[a-z0-9]{6,10}-[a-z0-9]{5}");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> commands() {
        return List.of(WARNING_OBJECTS);
    }

    @Override
    public List<String> answer(List<String> outputs, String defaultNamespace) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String line : outputs.get(0).split("\n")) {
            Matcher c = COUNT.matcher(line);
            String entity = c.find() ? entityOf(line, defaultNamespace) : null;
            if (entity != null) {
                counts.merge(entity, Integer.parseInt(c.group(1)), Integer::sum);
            }
        }
        String top = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (top == null || e.getValue() > counts.get(top)) {
                top = e.getKey();
            }
        }
        return top == null ? List.of() : List.of(top);
    }

    /** The entity an involvedObject names, a Deployment's pod folded into the Deployment; null without kind or name. */
    static String entityOf(String involvedObject, String defaultNamespace) {
        Map<String, String> f = new LinkedHashMap<>();
        Matcher m = FIELD.matcher(involvedObject);
        while (m.find()) {
            f.putIfAbsent(m.group(1), m.group(2));
        }
        String kind = f.get("kind");
        String name = f.get("name");
        if (kind == null || name == null || kind.isEmpty() || name.isEmpty()) {
            return null;
        }
        String ns = f.getOrDefault("namespace", defaultNamespace);
        Matcher pod = DEPLOYMENT_POD.matcher(name);
        if (kind.equals("Pod") && pod.matches()) {
            return ShortcutQueries.entity(ns, "Deployment", pod.group(1));
        }
        return ShortcutQueries.entity(ns, kind, name);
    }
}
