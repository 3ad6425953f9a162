package io.srebench.score;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Options of one scoring.
 *
 * @param variant how a complete answer is scored; {@link ScoreVariant#SET} by default
 * @param ignoredNamespaces submitted entities in these namespaces (compared case-insensitively) are dropped
 *     before scoring and reported as {@link Score.Outcome#IGNORED} rows; empty by default
 */
public record ScoreOptions(ScoreVariant variant, Set<String> ignoredNamespaces) {
    /**
     * The monitoring and infrastructure namespaces IBM's evaluator drops predictions in
     * (ITBench-Evaluations {@code namespace_filter.py}).
     */
    public static final Set<String> IBM_MONITORING_NAMESPACES = Set.of("kube-system", "prometheus", "clickhouse",
            "opentelemetry-operator", "opentelemetry-collectors", "metrics-server", "opensearch", "data-recorders",
            "clickhouse-operator");

    /** Set variant, nothing ignored. */
    public static final ScoreOptions DEFAULT = new ScoreOptions(ScoreVariant.SET, Set.of());

    public ScoreOptions {
        Objects.requireNonNull(variant, "variant");
        Set<String> lower = new LinkedHashSet<>();
        for (String ns : ignoredNamespaces == null ? Set.<String>of() : ignoredNamespaces) {
            lower.add(ns.strip().toLowerCase(Locale.ROOT));
        }
        ignoredNamespaces = Set.copyOf(lower);
    }

    public ScoreOptions withVariant(ScoreVariant v) {
        return new ScoreOptions(v, ignoredNamespaces);
    }

    public ScoreOptions withIgnoredNamespaces(Set<String> namespaces) {
        return new ScoreOptions(variant, namespaces);
    }

    /** These options, also ignoring {@link #IBM_MONITORING_NAMESPACES}. */
    public ScoreOptions ignoringMonitoringNamespaces() {
        Set<String> all = new LinkedHashSet<>(ignoredNamespaces);
        all.addAll(IBM_MONITORING_NAMESPACES);
        return new ScoreOptions(variant, all);
    }

    /** Whether an entity in {@code namespace} (null: cluster-scoped) is dropped. */
    public boolean ignores(String namespace) {
        return namespace != null && ignoredNamespaces.contains(namespace.toLowerCase(Locale.ROOT));
    }
}
