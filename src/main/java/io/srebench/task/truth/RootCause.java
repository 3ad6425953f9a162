package io.srebench.task.truth;

import io.srebench.task.EntityRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One ground-truth root cause and every way of naming it.
 *
 * @param id stable id: the entity string ({@code otel-demo/ConfigMap/flagd-config}) for a v2 root cause,
 *     the group id for a v1-only one
 * @param entity the canonical entity. For a v1-only group given by regex filters there is no single object,
 *     so this is a representative built from the group's kind and namespace and its first filter as the name
 *     (e.g. {@code otel-demo/Pod/load-generator-.*}); use {@link #aliases()} to match
 * @param aliases every matcher that counts as naming this root cause, the primary first; never empty
 */
public record RootCause(String id, EntityRef entity, List<EntityMatcher> aliases) {
    public RootCause {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entity, "entity");
        aliases = List.copyOf(aliases);
        if (aliases.isEmpty()) {
            throw new IllegalArgumentException("root cause " + id + " has no matcher");
        }
    }

    /** A root cause that is exactly one entity, with no aliases; its id is the entity string. */
    public static RootCause of(EntityRef entity) {
        return new RootCause(entity.toString(), entity, List.of(EntityMatcher.exact(entity)));
    }

    /** Whether {@code e} names this root cause (the entity itself or any alias). */
    public boolean matches(EntityRef e) {
        return matchOf(e).isPresent();
    }

    /** The first alias (primary first) that matches {@code e}. */
    public Optional<EntityMatcher> matchOf(EntityRef e) {
        for (EntityMatcher m : aliases) {
            if (m.matches(e)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code e} is this root cause's entity itself (equal), not merely something an alias matches. */
    public boolean isPrimary(EntityRef e) {
        return entity.equals(e);
    }
}
