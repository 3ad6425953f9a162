package io.srebench.task.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.common.BadInputException;
import io.srebench.task.tsv.TsvReader;
import io.srebench.task.tsv.TsvRecord;
import io.srebench.task.tsv.TsvValues;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code k8s_events*.tsv} (formats.md 1.3.2), streaming.
 *
 * <p>The file shape is chosen from the header: columns {@code object_kind} and {@code object_name} mean lite,
 * a {@code Body}/{@code body} column means raw. In raw rows the body is the watch notification
 * {@code {type, object}} (a bare Event object is accepted too; a double-encoded JSON string is unwrapped), in
 * core/v1 or events.k8s.io/v1 shape. Malformed JSON or timestamps are {@link BadInputException}s naming file,
 * line and column. Both API shapes of one event may appear as two rows; {@link K8sEvent#uid()} tells them apart.
 */
public final class K8sEvents {
    private K8sEvents() {
    }

    /** Opens {@code file} for streaming; close the result. */
    public static TsvRows<K8sEvent> open(Path file) {
        TsvReader in = TsvReader.open(file);
        try {
            if (in.columnIndex("object_kind") >= 0 && in.columnIndex("object_name") >= 0) {
                return new TsvRows<>(in, r -> lite(in, r));
            }
            String body = in.columnIndex("Body") >= 0 ? "Body" : in.columnIndex("body") >= 0 ? "body" : null;
            if (body == null) {
                throw new BadInputException(file + ":1: neither raw (Body column) nor lite (object_kind, object_name)"
                        + " Kubernetes events columns");
            }
            return new TsvRows<>(in, r -> raw(in, r, body));
        } catch (RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Reads the whole file. */
    public static List<K8sEvent> readAll(Path file) {
        return open(file).toList();
    }

    private static K8sEvent lite(TsvReader in, TsvRecord r) {
        String countText = r.get("event_count");
        int count = 1;
        if (countText != null) {
            try {
                count = (int) Double.parseDouble(countText);
            } catch (NumberFormatException e) {
                throw Cells.bad(in, r, "event_count", "not a number: \"" + countText + "\"");
            }
        }
        return new K8sEvent(r.line(), K8sEvent.Shape.LITE, Cells.time(in, r, Cells.column(r, "timestamp", "log_timestamp")),
                r.first("event_type", "watch_type"), r.get("event_kind"), r.get("reason"), r.get("message"),
                Cells.time(in, r, "event_time"), count, r.get("object_kind"), r.get("object_name"),
                r.first("object_namespace", "namespace"), r.get("namespace"), r.get("source_component"), null);
    }

    private static K8sEvent raw(TsvReader in, TsvRecord r, String bodyColumn) {
        JsonNode body = Cells.json(in, r, bodyColumn);
        if (body == null || !body.isObject()) {
            throw Cells.bad(in, r, bodyColumn, "expected a JSON object (watch notification)");
        }
        JsonNode ev = body.has("object") && body.get("object").isObject() ? body.get("object") : body;
        String watchType = body != ev ? Cells.text(body, "type") : null;
        boolean modern = ev.has("regarding") || ev.has("note")
                || (Cells.text(ev, "apiVersion") != null && Cells.text(ev, "apiVersion").startsWith("events.k8s.io"));
        String objectKey = modern ? "regarding" : "involvedObject";
        Instant eventTime;
        int count;
        String source;
        if (modern) {
            eventTime = firstTime(in, r, bodyColumn, ev, "deprecatedLastTimestamp", "deprecatedFirstTimestamp");
            if (eventTime == null) {
                eventTime = Cells.jsonTime(in, r, bodyColumn, ev, "series", "lastObservedTime");
            }
            if (eventTime == null) {
                eventTime = Cells.jsonTime(in, r, bodyColumn, ev, "eventTime");
            }
            count = count(ev.path("series").path("count"), ev.path("deprecatedCount"));
            source = Cells.text(ev, "reportingController");
            if (source == null) {
                source = Cells.text(ev, "deprecatedSource", "component");
            }
        } else {
            eventTime = firstTime(in, r, bodyColumn, ev, "lastTimestamp", "firstTimestamp", "eventTime");
            count = count(ev.path("count"), ev.path("series").path("count"));
            source = Cells.text(ev, "source", "component");
            if (source == null) {
                source = Cells.text(ev, "reportingComponent");
            }
        }
        String resourceCol = Cells.column(r, "ResourceAttributes", "resource_attributes");
        Map<String, Object> resource = resourceCol == null ? Map.of() : Cells.map(in, r, resourceCol);
        String namespace = TsvValues.string(resource, "k8s.namespace.name");
        if (namespace == null) {
            namespace = Cells.text(ev, "metadata", "namespace");
        }
        return new K8sEvent(r.line(), modern ? K8sEvent.Shape.EVENTS_K8S_IO : K8sEvent.Shape.CORE,
                Cells.time(in, r, Cells.column(r, "Timestamp", "TimestampTime", "timestamp")), watchType,
                Cells.text(ev, "type"), Cells.text(ev, "reason"), Cells.text(ev, modern ? "note" : "message"), eventTime,
                count, Cells.text(ev, objectKey, "kind"), Cells.text(ev, objectKey, "name"),
                Cells.text(ev, objectKey, "namespace"), namespace, source, Cells.text(ev, "metadata", "uid"));
    }

    private static Instant firstTime(TsvReader in, TsvRecord r, String column, JsonNode ev, String... fields) {
        for (String f : fields) {
            Instant t = Cells.jsonTime(in, r, column, ev, f);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static int count(JsonNode... candidates) {
        for (JsonNode c : candidates) {
            if (c != null && c.canConvertToInt() && c.asInt() > 0) {
                return c.asInt();
            }
        }
        return 1;
    }
}
