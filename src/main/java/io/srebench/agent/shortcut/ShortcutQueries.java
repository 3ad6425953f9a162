package io.srebench.agent.shortcut;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The shell commands the shortcut agents run (awk and jq over {@code /snapshot}, written from the ITBench-Lite file
 * formats only) and parsing of their tab-separated output. The awk/jq programs live beside this class as resources
 * and must not contain a single quote (they are passed to the shell in single quotes). Every command prints at most a
 * few hundred lines, well under the shell tool's output cap.
 */
final class ShortcutQueries {
    private static final String OBJECT_ROWS = "awk -F'\\t' '" + resource("object-rows.awk")
            + "' /snapshot/k8s_objects_raw.tsv | jq -R -n -r '" + resource("objects.jq");

    /** Object history: change time, entity (owners for controlled objects), created|appeared|changed|vanished. */
    static final String CHANGED_OBJECTS = OBJECT_ROWS + resource("changed.jq") + "'";

    /** Newest uncontrolled objects: creation time, entity; newest first. */
    static final String NEWEST_OBJECTS = OBJECT_ROWS + resource("newest.jq") + "'";

    /** Live Chaos Mesh Schedules whose experiment looks severe: entity. */
    static final String SEVERE_CHAOS = OBJECT_ROWS + resource("severe-chaos.jq") + "'";

    /** managedFields entries inside the window: time, entity, manager, objects carrying it, controller|other. */
    static final String MANAGED_FIELDS = OBJECT_ROWS + resource("managers.jq") + "'";

    /** Deepest error origins: count, service, namespace; most frequent first. */
    static final String ERROR_ORIGINS = "awk -F'\\t' '" + resource("error-origin.awk")
            + "' /snapshot/otel_traces_raw.tsv | sort -k1,1nr -k2,2 | head -n 20";

    /** Firing non-Watchdog alerts: activeAt, alertname, namespace, service_name, service, pod, deployment. */
    static final String FIRING_ALERTS = "cat /snapshot/alerts/*.json 2>/dev/null | jq -r -s '" + resource("alerts.jq")
            + "' | sort -u | head -n 300";

    private ShortcutQueries() {
    }

    private static String resource(String name) {
        try (InputStream in = ShortcutQueries.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.indexOf('\'') >= 0) {
                throw new IllegalStateException(name + ": contains a single quote");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits command output into lines of tab-separated fields, dropping blank lines. */
    static List<String[]> rows(String stdout) {
        return io.srebench.agent.baseline.SnapshotQueries.rows(stdout);
    }

    /** An RFC 3339 time, or null when it does not parse. */
    static Instant instant(String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code namespace/Kind/name}, or {@code Kind/name} when there is no namespace. */
    static String entity(String namespace, String kind, String name) {
        return (namespace == null || namespace.isBlank() ? "" : namespace + "/") + kind + "/" + name;
    }
}
