package io.srebench.task;

import java.util.Locale;
import java.util.Objects;

/**
 * A reference to one Kubernetes (or CRD) object: {@code namespace/Kind/name}.
 *
 * <p>{@code kind} is always the canonical kind as returned by {@link Kinds#canonical(String)}
 * (for example {@code Deployment}, {@code NetworkChaos}); {@code namespace} is {@code null} for
 * cluster-scoped objects (Node, Namespace, ...). Equality ignores case on namespace and name,
 * because agents and ground truths spell them inconsistently and Kubernetes names are lower case.
 */
public final class EntityRef {
    private final String kind;
    private final String namespace;
    private final String name;

    public EntityRef(String kind, String namespace, String name) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.namespace = namespace == null || namespace.isBlank() ? null : namespace;
        this.name = Objects.requireNonNull(name, "name");
    }

    public String kind() {
        return kind;
    }

    /** The namespace, or {@code null} for a cluster-scoped object. */
    public String namespace() {
        return namespace;
    }

    public String name() {
        return name;
    }

    /** {@code namespace/Kind/name}, or {@code Kind/name} when cluster-scoped. */
    @Override
    public String toString() {
        return namespace == null ? kind + "/" + name : namespace + "/" + kind + "/" + name;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EntityRef other)) {
            return false;
        }
        return kind.equals(other.kind)
                && Objects.equals(lower(namespace), lower(other.namespace))
                && name.equalsIgnoreCase(other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, lower(namespace), lower(name));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
