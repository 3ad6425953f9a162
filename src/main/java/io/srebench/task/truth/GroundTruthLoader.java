package io.srebench.task.truth;

import static io.srebench.task.truth.Nodes.bad;
import static io.srebench.task.truth.Nodes.join;

import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.common.BadInputException;
import io.srebench.task.DataFiles;
import io.srebench.task.EntityRef;
import io.srebench.task.EntityRefs;
import io.srebench.task.Task;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads ITBench ground truths: v2 {@code groundtruth.yaml} (root-cause entities), v1
 * {@code groundtruth_v1.yaml} (groups, aliases, propagations; wrapped or bare shape, which is also the shape of
 * ITBench-Lite's in-snapshot {@code ground_truth.yaml}), or both merged.
 *
 * <p><b>Merge rule</b> (docs/decisions/0002-ground-truth-merge.md). When a task has both files, v2 decides
 * <em>which</em> root causes there are; v1 only adds ways of naming them:
 * <ol>
 *   <li>Each distinct v2 entity is one root cause (id = its {@code ns/Kind/name}; repeated entities, as in
 *       scenarios 13 and 15, count once).</li>
 *   <li>A v1 group is a candidate if it is a root-cause group or shares an alias set with one.</li>
 *   <li>If a candidate group matches the v2 entity (same kind, namespace, and a filter matching the v2 name at
 *       its start, or the same exact name), it becomes an alias of that root cause, together with the other
 *       groups of every alias set that holds it and a root-cause group.</li>
 *   <li>Groups whose filter matches every name (e.g. {@code .*}) never become aliases of a v2 entity: they
 *       would let any object of the kind count.</li>
 *   <li>v1 root-cause groups that match no v2 entity are not root causes (scenario 1: v2 names the
 *       {@code flagd-config} ConfigMap, v1 the load-generator Pod; only the ConfigMap counts).</li>
 *   <li>If the v2 file lists no entities at all (scenario 37), the v1 root causes are used.</li>
 * </ol>
 * Expected alerts are the union (v2 first); propagations and groups come from v1.
 *
 * <p>Every problem is a one-line {@link BadInputException} naming the file and field.
 */
public final class GroundTruthLoader {
    private GroundTruthLoader() {
    }

    /**
     * The ground truth of a task: v2 and v1 merged when both are given, else the one given.
     *
     * @param defaultNamespace namespace for v2 entities and v1 groups that give none (may be null)
     * @throws BadInputException for any file problem, or when the result has no root cause
     */
    public static GroundTruth load(Task.GroundTruthFiles files, String defaultNamespace) {
        GroundTruth gt;
        if (files.v2() != null && files.v1() != null) {
            V2Truth v2 = V2Truth.parse(DataFiles.readYaml(files.v2()), files.v2().toString(), defaultNamespace);
            V1Truth v1 = V1Truth.parse(DataFiles.readYaml(files.v1()), files.v1().toString(), defaultNamespace);
            gt = merge(v2, v1);
        } else if (files.v2() != null) {
            gt = loadV2(files.v2(), defaultNamespace);
        } else {
            gt = loadV1(files.v1(), defaultNamespace);
        }
        return requireRootCauses(gt, files.v2() != null ? files.v2() : files.v1());
    }

    /**
     * The ground truth of a catalogued task, from the files its manifest names and with its default namespace: the
     * one way runs, the studio and {@code tasks check} load a task's truth.
     */
    public static GroundTruth load(Task task) {
        return load(task.groundTruth(), task.defaultNamespace());
    }

    /** Reads a v2 file alone; the result may have no root causes if the file lists no entities. */
    public static GroundTruth loadV2(Path file) {
        return loadV2(file, null);
    }

    /** Reads a v2 file alone, with a namespace for entities that give none. */
    public static GroundTruth loadV2(Path file, String defaultNamespace) {
        return V2Truth.parse(DataFiles.readYaml(file), file.toString(), defaultNamespace).toGroundTruth();
    }

    /** Reads a v1 file alone (either shape). */
    public static GroundTruth loadV1(Path file) {
        return loadV1(file, null);
    }

    /** Reads a v1 file alone; groups without a namespace get {@code defaultNamespace} (null: any namespace). */
    public static GroundTruth loadV1(Path file, String defaultNamespace) {
        return V1Truth.parse(DataFiles.readYaml(file), file.toString(), defaultNamespace).toGroundTruth();
    }

    /**
     * Reads one file of either version, recognised by content ({@code apiVersion}, else {@code spec.entities}
     * for v2 or {@code groups} for v1), and refuses a truth without root causes. Used by {@code srebench score}.
     */
    public static GroundTruth loadAny(Path file, String defaultNamespace) {
        return loadAny(file, defaultNamespace, null);
    }

    /**
     * As {@link #loadAny(Path, String)}, also for IBM's multi-scenario files (a JSON/YAML list of ground truths, each
     * with an {@code id}, as in ITBench-Evaluations' {@code ground_truths.json}): {@code scenario} selects the entry
     * ({@code 3}, {@code scenario-3}, {@code Scenario_3} all select id {@code 3}); a list without it is refused
     * naming the ids it holds.
     */
    public static GroundTruth loadAny(Path file, String defaultNamespace, String scenario) {
        JsonNode root = DataFiles.readYaml(file);
        String f = file.toString();
        if (root.isArray()) {
            root = select(root, f, scenario);
            f = f + "[id=" + root.path("id").asText() + "]";
        }
        if (!root.isObject()) {
            throw bad(f, null, "expected a mapping at the top level, got " + Nodes.type(root));
        }
        GroundTruth gt;
        if (V1Truth.looksLikeV1(root)) {
            gt = V1Truth.parse(root, f, defaultNamespace).toGroundTruth();
        } else if (V2Truth.looksLikeV2(root)) {
            gt = V2Truth.parse(root, f, defaultNamespace).toGroundTruth();
        } else {
            throw bad(f, null, "not an ITBench ground truth (expected spec.entities for v2 or groups for v1)");
        }
        return requireRootCauses(gt, file);
    }

    private static JsonNode select(JsonNode list, String file, String scenario) {
        List<String> ids = new ArrayList<>();
        for (JsonNode e : list) {
            String id = e.isObject() && e.path("id").isValueNode() ? e.path("id").asText() : null;
            if (id == null) {
                throw bad(file, "[" + ids.size() + "].id", "missing (a list of ground truths needs an id on each)");
            }
            ids.add(id);
            if (scenario != null && scenarioKey(id).equals(scenarioKey(scenario))) {
                return e;
            }
        }
        if (scenario == null) {
            throw bad(file, null, "a list of " + ids.size() + " scenario ground truths (ids " + String.join(", ", ids)
                    + "): choose one with --scenario");
        }
        throw bad(file, null, "no ground truth with id " + scenario + " (ids " + String.join(", ", ids) + ")");
    }

    /** {@code 3}, {@code scenario-3}, {@code Scenario_03}, {@code incident-3} → {@code 3}; other ids lower-cased. */
    private static String scenarioKey(String id) {
        String t = id.trim().toLowerCase(java.util.Locale.ROOT).replaceFirst("^(?:scenario|incident)[-_ ]?", "");
        return t.matches("\\d{1,9}") ? String.valueOf(Long.parseLong(t)) : t;
    }

    static GroundTruth merge(V2Truth v2, V1Truth v1) {
        if (v2.entities.isEmpty()) {
            GroundTruth fromV1 = v1.toGroundTruth();
            return new GroundTruth(fromV1.rootCauses(), union(v2.alerts, v1.alerts), v1.propagations, v1.groups);
        }
        List<String> candidates = v1.rootCauseRelatedGroups();
        List<RootCause> roots = new ArrayList<>();
        for (EntityRef e : v2.entities) {
            Set<String> aliasGroups = new LinkedHashSet<>();
            for (String id : candidates) {
                EntityMatcher g = v1.groups.get(id);
                if (!g.matchesAnyName() && g.matches(e)) {
                    aliasGroups.addAll(v1.aliasClosure(id));
                }
            }
            List<EntityMatcher> aliases = new ArrayList<>();
            aliases.add(EntityMatcher.exact(e));
            for (String id : aliasGroups) {
                EntityMatcher g = v1.groups.get(id);
                if (!g.matchesAnyName()) {
                    aliases.add(g);
                }
            }
            roots.add(new RootCause(e.toString(), e, aliases));
        }
        return new GroundTruth(roots, union(v2.alerts, v1.alerts), v1.propagations, v1.groups);
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return new ArrayList<>(s);
    }

    private static GroundTruth requireRootCauses(GroundTruth gt, Path file) {
        if (gt.rootCauses().isEmpty()) {
            throw new BadInputException(file + ": no root causes (spec.entities is empty and no v1 group has "
                    + "root_cause: true)");
        }
        return gt;
    }

    /** A parsed v2 file. */
    static final class V2Truth {
        final List<EntityRef> entities = new ArrayList<>();
        final List<String> alerts = new ArrayList<>();

        static boolean looksLikeV2(JsonNode root) {
            return root.path("apiVersion").asText("").endsWith("/v2") || root.path("spec").has("entities")
                    || root.has("entities");
        }

        static V2Truth parse(JsonNode root, String file, String defaultNamespace) {
            Nodes.requireObject(root, file, "");
            if (root.path("apiVersion").asText("").endsWith("/v1") || root.has("groups")) {
                throw bad(file, "apiVersion", "this is a v1 ground truth, expected v2 (itbench.io/v2)");
            }
            JsonNode content = root;
            String base = "";
            if (root.has("spec")) {
                content = root.get("spec");
                base = "spec";
                Nodes.requireObject(content, file, base);
            }
            V2Truth t = new V2Truth();
            List<JsonNode> entities = Nodes.requiredArray(content, "entities", file, base);
            for (int i = 0; i < entities.size(); i++) {
                String where = file + ": " + join(base, "entities[" + i + "]");
                EntityRef e = EntityRefs.fromNode(entities.get(i), defaultNamespace, where, EntityRefs.Mode.STRICT);
                if (!t.entities.contains(e)) {
                    t.entities.add(e);
                }
            }
            List<JsonNode> alerts = Nodes.optionalArray(content, "alerts", file, base);
            for (int i = 0; i < alerts.size(); i++) {
                JsonNode a = alerts.get(i);
                String name = a.isTextual() ? a.asText() : null;
                if (name == null) {
                    String p = join(base, "alerts[" + i + "]");
                    Nodes.requireObject(a, file, p);
                    name = Nodes.requiredText(a, "name", file, p);
                }
                if (!t.alerts.contains(name)) {
                    t.alerts.add(name);
                }
            }
            return t;
        }

        GroundTruth toGroundTruth() {
            List<RootCause> roots = new ArrayList<>();
            entities.forEach(e -> roots.add(RootCause.of(e)));
            return new GroundTruth(roots, alerts, List.of());
        }
    }
}
