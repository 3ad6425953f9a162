package io.srebench.task.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.common.BadInputException;
import io.srebench.task.EntityRef;
import io.srebench.task.tsv.TsvReader;
import io.srebench.task.tsv.TsvRecord;
import io.srebench.task.tsv.TsvValues;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code k8s_objects*.tsv} (formats.md 1.3.3), streaming. Raw rows carry the object JSON in {@code Body}
 * (not wrapped in a watch notification); a double-encoded body (a JSON string holding the JSON) is unwrapped.
 * Lite rows carry it in {@code body} plus {@code object_kind}, {@code object_name}, {@code namespace},
 * {@code resource_type}, {@code api_version}. A row without a body keeps {@code body} as an empty object.
 * Malformed JSON or times are {@link BadInputException}s naming file, line and column.
 */
public final class K8sObjects {
    private K8sObjects() {
    }

    /** Opens {@code file} for streaming; close the result. */
    public static TsvRows<K8sObject> open(Path file) {
        TsvReader in = TsvReader.open(file);
        try {
            String body = in.columnIndex("Body") >= 0 ? "Body" : in.columnIndex("body") >= 0 ? "body" : null;
            if (body == null) {
                throw new BadInputException(file + ":1: no Body/body column: not a Kubernetes objects table");
            }
            return new TsvRows<>(in, r -> row(in, r, body));
        } catch (RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Reads the whole file (every observation). */
    public static List<K8sObject> readAll(Path file) {
        return open(file).toList();
    }

    /**
     * The last observation of each object (latest {@code observedAt}; file order breaks ties), keyed by reference,
     * in order of first appearance. Rows without kind or name are skipped.
     */
    public static Map<EntityRef, K8sObject> latest(Path file) {
        Map<EntityRef, K8sObject> out = new LinkedHashMap<>();
        try (TsvRows<K8sObject> rows = open(file)) {
            for (K8sObject o : rows) {
                o.ref().ifPresent(ref -> out.merge(ref, o, (a, b) -> later(b, a) ? b : a));
            }
        }
        return out;
    }

    private static boolean later(K8sObject candidate, K8sObject current) {
        if (candidate.observedAt() == null || current.observedAt() == null) {
            return true;
        }
        return !candidate.observedAt().isBefore(current.observedAt());
    }

    private static K8sObject row(TsvReader in, TsvRecord r, String bodyColumn) {
        JsonNode body = Cells.json(in, r, bodyColumn);
        if (body == null) {
            body = Cells.JSON.createObjectNode();
        } else if (!body.isObject()) {
            throw Cells.bad(in, r, bodyColumn, "expected a JSON object");
        }
        Instant observed = Cells.time(in, r, Cells.column(r, "TimestampTime", "Timestamp", "timestamp"));
        String kind = or(Cells.text(body, "kind"), r.get("object_kind"));
        String name = or(Cells.text(body, "metadata", "name"), r.get("object_name"));
        String namespace = body.has("metadata") ? Cells.text(body, "metadata", "namespace") : r.get("namespace");
        String resourceType = r.get("resource_type");
        String attrs = Cells.column(r, "LogAttributes", "log_attributes");
        if (resourceType == null && attrs != null) {
            Map<String, Object> la = Cells.map(in, r, attrs);
            resourceType = TsvValues.string(la, "k8s.resource.name");
        }
        return new K8sObject(r.line(), observed, kind, name, namespace, or(Cells.text(body, "apiVersion"),
                r.get("api_version")), resourceType, body);
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }
}
