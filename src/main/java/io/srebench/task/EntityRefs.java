package io.srebench.task;

import io.srebench.common.BadInputException;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * Parses entity references as ground truths, agents and users write them.
 *
 * <p>Accepted forms:
 * <ul>
 *   <li>strings {@code namespace/Kind/name} and {@code Kind/name} (the namespace then comes from the
 *       task's default namespace, unless the kind is cluster-scoped);</li>
 *   <li>objects {@code {"kind", "namespace", "name"}} ({@code namespace} optional);</li>
 *   <li>Kubernetes-style objects {@code {apiVersion, kind, metadata: {name, namespace}}} (ITBench v2);</li>
 *   <li>ITBench agent-output objects {@code {"name": "ns/Kind/name", ...}} (other fields ignored).</li>
 * </ul>
 * Kinds go through {@link Kinds#canonical(String)}. For cluster-scoped kinds a given namespace is dropped.
 *
 * <p>Two modes. {@link Mode#STRICT} (files a user hands the CLI) throws {@link BadInputException} naming
 * the location it was given ({@code where}, e.g. {@code sub.json: [2]}) and the field. {@link Mode#LENIENT}
 * (answers of agents, which must still be scored) never throws for one bad item: an unknown kind is kept
 * as the raw (trimmed) kind string, and text that is no entity reference at all becomes an entity of kind
 * {@link #UNPARSEABLE_KIND} whose name is the text. Neither can equal a ground-truth entity, so the scorer
 * reports them as false positives with a note.
 */
public final class EntityRefs {
    /** The kind given, in {@link Mode#LENIENT}, to an item that is not an entity reference at all. */
    public static final String UNPARSEABLE_KIND = "?";

    /** How to treat a bad item. */
    public enum Mode { STRICT, LENIENT }

    private EntityRefs() {
    }

    /** Strict parse of a string reference; errors carry no location prefix. */
    public static EntityRef parse(String text, String defaultNamespace) {
        return parse(text, defaultNamespace, null, Mode.STRICT);
    }

    /** Lenient parse of a string reference: never throws (see the class comment). */
    public static EntityRef parseLenient(String text, String defaultNamespace) {
        return parse(text, defaultNamespace, null, Mode.LENIENT);
    }

    /**
     * Parses a string reference.
     *
     * @param where location prefix for error messages (file and index), or null
     */
    public static EntityRef parse(String text, String defaultNamespace, String where, Mode mode) {
        try {
            return parseString(text, defaultNamespace, where, mode);
        } catch (BadInputException e) {
            if (mode == Mode.LENIENT) {
                return unparseable(text);
            }
            throw e;
        }
    }

    /**
     * Parses one JSON/YAML node: a string or one of the object forms.
     *
     * @param where location prefix for error messages, e.g. {@code sub.json: [2]} or
     *     {@code truth.yaml: spec.entities[0]}; null for none
     */
    public static EntityRef fromNode(JsonNode node, String defaultNamespace, String where, Mode mode) {
        try {
            if (node != null && node.isTextual()) {
                return parseString(node.asText(), defaultNamespace, where, mode);
            }
            if (node == null || !node.isObject()) {
                throw bad(where, "expected an entity reference (string or object), got "
                        + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(Locale.ROOT)));
            }
            return fromObject(node, defaultNamespace, where, mode);
        } catch (BadInputException e) {
            if (mode == Mode.LENIENT) {
                return unparseable(node == null ? "" : node.isTextual() ? node.asText() : node.toString());
            }
            throw e;
        }
    }

    private static EntityRef fromObject(JsonNode node, String defaultNamespace, String where, Mode mode) {
        JsonNode metadata = node.get("metadata");
        if (metadata != null && metadata.isObject() && node.has("kind")) {
            String kind = text(node, "kind", where);
            String name = text(metadata, "name", field(where, "metadata"));
            String ns = optionalText(metadata, "namespace", field(where, "metadata"));
            return build(kind, ns, name, defaultNamespace, field(where, "kind"), mode);
        }
        if (node.has("kind")) {
            String kind = text(node, "kind", where);
            String name = text(node, "name", where);
            String ns = optionalText(node, "namespace", where);
            return build(kind, ns, name, defaultNamespace, field(where, "kind"), mode);
        }
        JsonNode name = node.get("name");
        if (name != null && name.isTextual()) {
            return parseString(name.asText(), defaultNamespace, field(where, "name"), mode);
        }
        throw bad(field(where, "kind"), "missing (expected {kind, namespace, name}, {apiVersion, kind, metadata} "
                + "or {name: \"ns/Kind/name\"})");
    }

    private static EntityRef parseString(String text, String defaultNamespace, String where, Mode mode) {
        String t = text == null ? "" : text.strip();
        String[] parts = t.split("/", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw bad(where, "expected namespace/Kind/name or Kind/name, got \"" + t + "\"");
        }
        for (String p : parts) {
            if (p.isBlank()) {
                throw bad(where, "empty part in \"" + t + "\" (expected namespace/Kind/name or Kind/name)");
            }
        }
        String ns = parts.length == 3 ? parts[0] : null;
        String kind = parts[parts.length - 2];
        String name = parts[parts.length - 1];
        return build(kind, ns, name, defaultNamespace, where, mode);
    }

    private static EntityRef build(String rawKind, String ns, String name, String defaultNamespace, String kindWhere,
                                   Mode mode) {
        String kind = Kinds.canonicalOrNull(rawKind);
        if (kind == null) {
            if (mode == Mode.STRICT || rawKind.isBlank()) {
                throw new UnknownKindException(rawKind).at(kindWhere);
            }
            kind = rawKind.strip();
        }
        String namespace = Kinds.isClusterScoped(kind) ? null : ns != null && !ns.isBlank() ? ns.strip() : defaultNamespace;
        return new EntityRef(kind, namespace, name.strip());
    }

    private static EntityRef unparseable(String text) {
        String t = text == null ? "" : text.strip();
        return new EntityRef(UNPARSEABLE_KIND, null, t.isEmpty() ? "(empty)" : t);
    }

    private static String text(JsonNode node, String key, String where) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw bad(field(where, key), "missing");
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw bad(field(where, key), "expected a non-empty string");
        }
        return v.asText();
    }

    private static String optionalText(JsonNode node, String key, String where) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw bad(field(where, key), "expected a string");
        }
        return v.asText();
    }

    /**
     * {@code where.key}, or just {@code key} without a location. {@code where} is expected to end in a path
     * ({@code file: spec.entities[0]}), never in a bare file name.
     */
    public static String field(String where, String key) {
        if (where == null || where.isEmpty()) {
            return key;
        }
        return where + "." + key;
    }

    private static BadInputException bad(String where, String message) {
        return new BadInputException(where == null ? message : where + ": " + message);
    }
}
