package io.srebench.task.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.task.EntityRef;
import java.time.Instant;
import java.util.Optional;

/**
 * One observation of one Kubernetes object (a row of {@code k8s_objects*.tsv}).
 *
 * @param line the TSV line the row starts on
 * @param observedAt observation time ({@code TimestampTime}, else {@code Timestamp}, else {@code timestamp}); may be null
 * @param kind {@code body.kind}, else the lite {@code object_kind} column
 * @param name {@code body.metadata.name}, else {@code object_name}
 * @param namespace {@code body.metadata.namespace}; the lite {@code namespace} column only when the body has no
 *     metadata; null for cluster-scoped objects
 * @param apiVersion {@code body.apiVersion}, else {@code api_version}
 * @param resourceType receiver resource name ({@code LogAttributes['k8s.resource.name']} / {@code resource_type});
 *     may be null
 * @param body the full object (read-only by convention; do not mutate)
 */
public record K8sObject(int line, Instant observedAt, String kind, String name, String namespace, String apiVersion,
                        String resourceType, JsonNode body) {

    /** The object as {@code namespace/Kind/name}, when kind and name are known. */
    public Optional<EntityRef> ref() {
        if (kind == null || name == null) {
            return Optional.empty();
        }
        return Optional.of(new EntityRef(kind, namespace, name));
    }

    /** {@code metadata.uid}, or null. */
    public String uid() {
        return Cells.text(body, "metadata", "uid");
    }

    /** {@code metadata.resourceVersion}, or null. */
    public String resourceVersion() {
        return Cells.text(body, "metadata", "resourceVersion");
    }

    /** Whether the object carries a {@code metadata.deletionTimestamp} (it is being deleted). */
    public boolean deleting() {
        return Cells.text(body, "metadata", "deletionTimestamp") != null;
    }
}
