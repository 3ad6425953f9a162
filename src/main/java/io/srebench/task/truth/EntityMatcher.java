package io.srebench.task.truth;

import io.srebench.task.EntityRef;
import io.srebench.task.Kinds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Decides whether an entity is a given ground-truth thing. Two forms:
 * <ul>
 *   <li><b>exact</b>: one entity (kind, namespace, name; case-insensitive on namespace and name);</li>
 *   <li><b>group</b> (ITBench v1): a kind, a namespace and either an exact {@code name} or a list of regex
 *       {@code filter}s over the name. A filter matches when it matches at the start of the name
 *       ({@link java.util.regex.Matcher#lookingAt()}, as Python's {@code re.match}), case-insensitively;
 *       the name need not be consumed entirely ({@code load-generator-.*} matches
 *       {@code load-generator-5d8f7c-abcde}, {@code cart} does not match {@code valkey-cart}).</li>
 * </ul>
 * Kind must be equal. Namespace must be equal unless the kind is cluster-scoped (then it is ignored) or
 * the matcher has none (then any namespace matches: a v1 group without {@code namespace}).
 */
public final class EntityMatcher {
    private final String groupId;
    private final String kind;
    private final String namespace;
    private final String exactName;
    private final List<String> filters;
    private final List<Pattern> patterns;

    private EntityMatcher(String groupId, String kind, String namespace, String exactName, List<String> filters) {
        this.groupId = groupId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.namespace = namespace == null || namespace.isBlank() || Kinds.isClusterScoped(kind) ? null : namespace;
        this.exactName = exactName;
        this.filters = List.copyOf(filters);
        List<Pattern> compiled = new ArrayList<>();
        for (String f : filters) {
            compiled.add(Pattern.compile(f, Pattern.CASE_INSENSITIVE));
        }
        this.patterns = List.copyOf(compiled);
    }

    /** Matches exactly this entity. */
    public static EntityMatcher exact(EntityRef entity) {
        return new EntityMatcher(null, entity.kind(), entity.namespace(), entity.name(), List.of());
    }

    /**
     * A v1 group with regex filters.
     *
     * @param kind canonical kind
     * @param namespace null matches any namespace
     * @throws java.util.regex.PatternSyntaxException if a filter is not a valid Java regex
     * @throws IllegalArgumentException if there is no filter
     */
    public static EntityMatcher group(String groupId, String kind, String namespace, List<String> filters) {
        if (filters.isEmpty()) {
            throw new IllegalArgumentException("a group matcher needs at least one filter");
        }
        return new EntityMatcher(groupId, kind, namespace, null, filters);
    }

    /** A v1 group that gives an exact {@code name} instead of filters. */
    public static EntityMatcher groupByName(String groupId, String kind, String namespace, String name) {
        return new EntityMatcher(groupId, kind, namespace, Objects.requireNonNull(name, "name"), List.of());
    }

    public boolean matches(EntityRef e) {
        if (e == null || !kind.equals(e.kind())) {
            return false;
        }
        if (namespace != null && (e.namespace() == null || !namespace.equalsIgnoreCase(e.namespace()))) {
            return false;
        }
        if (exactName != null) {
            return exactName.equalsIgnoreCase(e.name());
        }
        for (Pattern p : patterns) {
            if (p.matcher(e.name()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some filter can match an empty prefix (e.g. {@code .*}): such a group then says nothing about
     * which object it means, because it matches every name of its kind.
     */
    public boolean matchesAnyName() {
        for (Pattern p : patterns) {
            if (p.matcher("").lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The v1 group id, or null for an exact matcher. */
    public String groupId() {
        return groupId;
    }

    public String kind() {
        return kind;
    }

    /** The namespace, or null (cluster-scoped kind, or any namespace). */
    public String namespace() {
        return namespace;
    }

    /** The exact name, or null for a filter group. */
    public String exactName() {
        return exactName;
    }

    /** The regex filters as written (empty for exact names). */
    public List<String> filters() {
        return filters;
    }

    public boolean isExact() {
        return groupId == null;
    }

    /**
     * For people: {@code otel-demo/ConfigMap/flagd-config}, or for a group
     * {@code otel-demo/Pod/~load-generator-.* (v1 group load-generator-pod-1)}; {@code *} stands for any namespace.
     */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (namespace != null) {
            sb.append(namespace).append('/');
        } else if (!Kinds.isClusterScoped(kind)) {
            sb.append("*/");
        }
        sb.append(kind).append('/');
        sb.append(exactName != null ? exactName : "~" + String.join("|", filters));
        if (groupId != null) {
            sb.append(" (v1 group ").append(groupId).append(')');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return describe();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EntityMatcher m && describe().equalsIgnoreCase(m.describe());
    }

    @Override
    public int hashCode() {
        return describe().toLowerCase(Locale.ROOT).hashCode();
    }
}
