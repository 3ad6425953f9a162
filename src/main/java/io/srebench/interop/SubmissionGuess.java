package io.srebench.interop;

import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.trajectory.Submission;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a final answer's root-cause entities in the shapes agents use: an {@code entities} list of strings or
 * of objects ({@code name}, or {@code kind}/{@code name}/{@code namespace}; objects with {@code contributing_factor:
 * false} are left out, as ITBench's evaluator does), {@code root_causes}, a bare list, or one of those as JSON text
 * (also inside a fenced {@code ```json} block) in a field such as {@code answer}, {@code reason} or
 * {@code result}. Free prose is not mined for entity names: such an answer gives no submission.
 */
final class SubmissionGuess {
    private static final String[] LIST_KEYS = {"entities", "root_causes", "rootCauses", "root_cause_entities"};
    private static final String[] TEXT_KEYS = {"answer", "reason", "result", "final_answer", "output", "response",
        "submission", "content"};
    private static final String[] REASONING_KEYS = {"reasoning", "reason", "explanation", "summary"};
    private static final Pattern FENCE = Pattern.compile("```(?:json)?\\s*\\n(.*?)```", Pattern.DOTALL);

    private SubmissionGuess() {
    }

    /** The submission in a submit/finish call's arguments (object, or JSON text), or null when none is recognised. */
    static Submission fromArguments(JsonNode args) {
        return fromNode(args, 0);
    }

    /** The submission in a text answer (JSON, possibly fenced), or null. */
    static Submission fromText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        Matcher m = FENCE.matcher(t);
        if (m.find()) {
            t = m.group(1).strip();
        }
        if (!(t.startsWith("{") || t.startsWith("["))) {
            return null;
        }
        try {
            return fromNode(ImportJson.READER.readTree(t), 1);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static Submission fromNode(JsonNode n, int depth) {
        if (n == null || depth > 3) {
            return null;
        }
        if (n.isTextual()) {
            return fromText(n.asText());
        }
        if (n.isArray()) {
            List<String> list = entities(n);
            return list == null ? null : new Submission(list, null, true);
        }
        if (!n.isObject()) {
            return null;
        }
        for (String k : LIST_KEYS) {
            JsonNode v = n.get(k);
            if (v != null && v.isArray()) {
                List<String> list = entities(v);
                if (list != null) {
                    return new Submission(list, reasoning(n), true);
                }
            }
        }
        for (String k : TEXT_KEYS) {
            JsonNode v = n.get(k);
            if (v != null && (v.isTextual() || v.isContainerNode())) {
                Submission s = fromNode(v, depth + 1);
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    private static String reasoning(JsonNode obj) {
        for (String k : REASONING_KEYS) {
            JsonNode v = obj.get(k);
            if (v != null && v.isTextual()) {
                return v.asText();
            }
        }
        return null;
    }

    /** Entity strings of a list, or null when an item is neither a string nor an entity object. */
    private static List<String> entities(JsonNode list) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : list) {
            if (item.isTextual()) {
                out.add(item.asText().trim());
            } else if (item.isObject()) {
                if (item.path("contributing_factor").isBoolean() && !item.path("contributing_factor").asBoolean()) {
                    continue;
                }
                String e = entityOf(item);
                if (e == null) {
                    return null;
                }
                out.add(e);
            } else {
                return null;
            }
        }
        return out;
    }

    private static String entityOf(JsonNode item) {
        JsonNode meta = item.path("metadata");
        String kind = ImportJson.text(item, "kind");
        String name = meta.isObject() && kind != null ? ImportJson.text(meta, "name") : ImportJson.text(item, "name");
        String ns = meta.isObject() && kind != null ? ImportJson.text(meta, "namespace") : ImportJson.text(item, "namespace");
        if (name == null) {
            name = ImportJson.text(item, "entity");
            if (name == null) {
                name = ImportJson.text(item, "id");
            }
        }
        if (name == null) {
            return null;
        }
        if (kind == null) {
            return name.trim();
        }
        return (ns == null || ns.isBlank() ? "" : ns + "/") + kind + "/" + name;
    }
}
