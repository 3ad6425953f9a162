package io.srebench.task.truth;

import static io.srebench.task.truth.Nodes.bad;
import static io.srebench.task.truth.Nodes.join;

import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.task.EntityRef;
import io.srebench.task.Kinds;
import io.srebench.task.UnknownKindException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A parsed ITBench v1 ground truth (groups, aliases, propagations, alerts), before it becomes a
 * {@link GroundTruth}. Reads both physical shapes: wrapped ({@code apiVersion/kind/metadata/spec}) and bare
 * (content keys at the top level, as in ITBench-Lite's in-snapshot {@code ground_truth.yaml}). Unknown keys,
 * {@code fault} and the recommended actions (either spelling) are ignored; ids referenced by aliases that
 * name no group are skipped (real files reference a few missing groups in propagations and alerts).
 */
final class V1Truth {
    final Map<String, EntityMatcher> groups = new LinkedHashMap<>();
    private final Map<String, JsonNode> groupNodes = new LinkedHashMap<>();
    final List<String> rootCauseGroups = new ArrayList<>();
    final List<List<String>> aliasSets = new ArrayList<>();
    final List<Propagation> propagations = new ArrayList<>();
    final List<String> alerts = new ArrayList<>();

    /** Whether a parsed document looks like v1 (wrapped {@code itbench.io/v1}, or a {@code groups} list). */
    static boolean looksLikeV1(JsonNode root) {
        if (!root.isObject()) {
            return false;
        }
        if (root.path("apiVersion").asText("").endsWith("/v1")) {
            return true;
        }
        return root.has("groups") || root.path("spec").has("groups");
    }

    static V1Truth parse(JsonNode root, String file, String defaultNamespace) {
        Nodes.requireObject(root, file, "");
        if (root.path("apiVersion").asText("").endsWith("/v2")) {
            throw bad(file, "apiVersion", "this is a v2 ground truth (itbench.io/v2), expected v1");
        }
        JsonNode content = root;
        String base = "";
        if (root.has("spec") && !root.has("groups")) {
            content = root.get("spec");
            base = "spec";
            Nodes.requireObject(content, file, base);
        }
        V1Truth t = new V1Truth();
        List<JsonNode> groups = Nodes.requiredArray(content, "groups", file, base);
        for (int i = 0; i < groups.size(); i++) {
            t.readGroup(groups.get(i), file, join(base, "groups[" + i + "]"), defaultNamespace);
        }
        List<JsonNode> aliases = Nodes.optionalArray(content, "aliases", file, base);
        for (int i = 0; i < aliases.size(); i++) {
            t.readAliasSet(aliases.get(i), file, join(base, "aliases[" + i + "]"));
        }
        List<JsonNode> props = Nodes.optionalArray(content, "propagations", file, base);
        for (int i = 0; i < props.size(); i++) {
            String p = join(base, "propagations[" + i + "]");
            Nodes.requireObject(props.get(i), file, p);
            t.propagations.add(new Propagation(Nodes.requiredText(props.get(i), "source", file, p),
                    Nodes.requiredText(props.get(i), "target", file, p),
                    Nodes.optionalText(props.get(i), "condition", file, p),
                    Nodes.optionalText(props.get(i), "effect", file, p)));
        }
        List<JsonNode> alerts = Nodes.optionalArray(content, "alerts", file, base);
        for (int i = 0; i < alerts.size(); i++) {
            String p = join(base, "alerts[" + i + "]");
            String id = alerts.get(i).isTextual() ? alerts.get(i).asText() : null;
            if (id == null) {
                Nodes.requireObject(alerts.get(i), file, p);
                id = Nodes.requiredText(alerts.get(i), "id", file, p);
            }
            if (!t.alerts.contains(id)) {
                t.alerts.add(id);
            }
        }
        return t;
    }

    private void readGroup(JsonNode g, String file, String path, String defaultNamespace) {
        Nodes.requireObject(g, file, path);
        String id = Nodes.requiredText(g, "id", file, path);
        if (groups.containsKey(id)) {
            // ITBench files sometimes list a group twice: an identical repeat is harmless, a different one ambiguous
            if (g.equals(groupNodes.get(id))) {
                return;
            }
            throw bad(file, join(path, "id"), "group id \"" + id + "\" is defined twice, differently");
        }
        groupNodes.put(id, g);
        String rawKind = Nodes.requiredText(g, "kind", file, path);
        String kind;
        try {
            kind = Kinds.canonical(rawKind);
        } catch (UnknownKindException e) {
            throw e.at(file + ": " + join(path, "kind"));
        }
        String ns = Nodes.optionalText(g, "namespace", file, path);
        if (ns == null) {
            ns = defaultNamespace; // null: the group matches any namespace
        }
        String name = Nodes.optionalText(g, "name", file, path);
        JsonNode filterNode = g.get("filter");
        EntityMatcher m;
        if (filterNode != null && !filterNode.isNull()) {
            m = EntityMatcher.group(id, kind, ns, readFilters(filterNode, file, join(path, "filter")));
        } else if (name != null) {
            m = EntityMatcher.groupByName(id, kind, ns, name);
        } else {
            throw bad(file, join(path, "filter"), "missing (a group needs filter or name)");
        }
        groups.put(id, m);
        JsonNode rc = g.get("root_cause");
        if (rc != null && (rc.asBoolean(false) || "true".equalsIgnoreCase(rc.asText()))) {
            rootCauseGroups.add(id);
        }
    }

    private static List<String> readFilters(JsonNode node, String file, String path) {
        List<String> raw = new ArrayList<>();
        if (node.isValueNode()) {
            raw.add(node.asText());
        } else if (node.isArray()) {
            node.forEach(n -> raw.add(n.isValueNode() ? n.asText() : null));
        } else {
            throw bad(file, path, "expected a list of regexes, got " + Nodes.type(node));
        }
        if (raw.isEmpty()) {
            throw bad(file, path, "empty list (a group needs at least one filter)");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String f = raw.get(i);
            if (f == null || f.isBlank()) {
                throw bad(file, path + "[" + i + "]", "expected a non-empty regex string");
            }
            // A leading '*' is a glob habit (scenario 38 writes "*.*"); no regex can start with it, so read it as ".*".
            String fixed = f.startsWith("*") ? "." + f : f;
            try {
                Pattern.compile(fixed);
            } catch (PatternSyntaxException e) {
                throw bad(file, path + "[" + i + "]", "not a valid regex \"" + f + "\": " + e.getDescription());
            }
            out.add(fixed);
        }
        return out;
    }

    private void readAliasSet(JsonNode node, String file, String path) {
        if (node == null || node.isNull()) {
            return;
        }
        if (!node.isArray()) {
            throw bad(file, path, "expected a list of group ids, got " + Nodes.type(node));
        }
        List<String> set = new ArrayList<>();
        for (JsonNode id : node) {
            if (id.isValueNode() && groups.containsKey(id.asText().strip()) && !set.contains(id.asText().strip())) {
                set.add(id.asText().strip());
            }
        }
        if (!set.isEmpty()) {
            aliasSets.add(set);
        }
    }

    /** The group and the other members of every alias set that holds it together with a root-cause group. */
    Set<String> aliasClosure(String groupId) {
        Set<String> out = new LinkedHashSet<>();
        out.add(groupId);
        for (List<String> set : aliasSets) {
            if (set.contains(groupId) && set.stream().anyMatch(rootCauseGroups::contains)) {
                out.addAll(set);
            }
        }
        return out;
    }

    /** Root-cause groups and every group sharing an alias set with one, in group order. */
    List<String> rootCauseRelatedGroups() {
        Set<String> related = new LinkedHashSet<>();
        for (String id : groups.keySet()) {
            if (rootCauseGroups.contains(id) || aliasClosure(id).stream().anyMatch(rootCauseGroups::contains)) {
                related.add(id);
            }
        }
        return new ArrayList<>(related);
    }

    /**
     * The v1 file on its own: one root cause per root-cause group, with the groups of its alias sets as
     * aliases. Root-cause groups in one alias set are one logical thing and become one root cause.
     */
    GroundTruth toGroundTruth() {
        List<RootCause> roots = new ArrayList<>();
        Set<String> covered = new LinkedHashSet<>();
        for (String id : rootCauseGroups) {
            if (covered.contains(id)) {
                continue;
            }
            Set<String> closure = aliasClosure(id);
            covered.addAll(closure);
            List<EntityMatcher> matchers = new ArrayList<>();
            closure.forEach(g -> matchers.add(groups.get(g)));
            roots.add(new RootCause(id, representative(groups.get(id)), matchers));
        }
        return new GroundTruth(roots, alerts, propagations, groups);
    }

    /** An entity standing for a group: its exact name, or its first filter as the name. */
    static EntityRef representative(EntityMatcher g) {
        String name = g.exactName() != null ? g.exactName() : g.filters().get(0);
        return new EntityRef(g.kind(), g.namespace(), name);
    }
}
