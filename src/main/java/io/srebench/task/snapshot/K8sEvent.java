package io.srebench.task.snapshot;

import io.srebench.task.EntityRef;
import java.time.Instant;
import java.util.Optional;

/**
 * One row of a Kubernetes events table, in either file shape.
 *
 * @param line the TSV line the row starts on
 * @param shape which API shape / file shape the row had
 * @param recordedAt when the collector recorded it ({@code Timestamp} / lite {@code timestamp}); may be null
 * @param watchType {@code ADDED} | {@code MODIFIED} | {@code DELETED} (lite {@code event_type}); may be null
 * @param type {@code Normal} | {@code Warning} (lite {@code event_kind}); may be null
 * @param reason e.g. {@code BackOff}
 * @param message core {@code message} or events.k8s.io {@code note}
 * @param eventTime first non-null of last/first timestamp and {@code eventTime}; may be null
 * @param count occurrences (1 when absent)
 * @param objectKind kind of the object the event is about
 * @param objectName its name
 * @param objectNamespace its namespace (null when cluster-scoped or unknown)
 * @param namespace the namespace the row was exported under (resource attribute / lite column); may be null
 * @param sourceComponent reporting component; may be null
 * @param uid the Event's {@code metadata.uid} (raw only), for de-duplicating the two API shapes' copies
 */
public record K8sEvent(int line, Shape shape, Instant recordedAt, String watchType, String type, String reason,
                       String message, Instant eventTime, int count, String objectKind, String objectName,
                       String objectNamespace, String namespace, String sourceComponent, String uid) {

    /** Row shapes. */
    public enum Shape {
        /** Raw row, core/v1 Event ({@code involvedObject}, {@code message}). */
        CORE,
        /** Raw row, events.k8s.io/v1 Event ({@code regarding}, {@code note}). */
        EVENTS_K8S_IO,
        /** Lite row (flattened columns). */
        LITE
    }

    /** Whether {@link #type()} is {@code Warning}. */
    public boolean warning() {
        return "Warning".equalsIgnoreCase(type);
    }

    /** The involved object as an entity reference, when kind and name are known. */
    public Optional<EntityRef> involvedObject() {
        if (objectKind == null || objectName == null) {
            return Optional.empty();
        }
        return Optional.of(new EntityRef(objectKind, objectNamespace, objectName));
    }

    /** The best time for ordering: {@link #eventTime()}, else {@link #recordedAt()}. */
    public Instant time() {
        return eventTime != null ? eventTime : recordedAt;
    }
}
