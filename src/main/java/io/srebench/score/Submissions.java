package io.srebench.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.common.BadInputException;
import io.srebench.common.JsonMappers;
import io.srebench.task.DataFiles;
import io.srebench.task.EntityRef;
import io.srebench.task.EntityRefs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a submission: a JSON list of entity references (strings {@code ns/Kind/name} / {@code Kind/name} or
 * objects, see {@link EntityRefs}), or an object with an {@code entities} list (ITBench agent output). In the
 * object form, entities with {@code "contributing_factor": false} are left out, as IBM's evaluator scores only
 * contributing factors; entities without the field are kept.
 *
 * <p>{@link EntityRefs.Mode#STRICT} (the CLI) fails on the first bad item, naming file and index;
 * {@link EntityRefs.Mode#LENIENT} (agent answers) keeps bad items as entities that score as false positives.
 * The overall shape (not JSON, not a list) is an error in both modes.
 */
public final class Submissions {
    private static final ObjectMapper JSON = JsonMappers.json();

    private Submissions() {
    }

    /** Reads a submission file. */
    public static List<EntityRef> read(Path file, String defaultNamespace, EntityRefs.Mode mode) {
        return fromNode(DataFiles.readJson(file), file.toString(), defaultNamespace, mode);
    }

    /**
     * Parses submission JSON text, e.g. an agent's final answer.
     *
     * @param label names the source in error messages (e.g. {@code run 12 answer})
     */
    public static List<EntityRef> parse(String json, String label, String defaultNamespace, EntityRefs.Mode mode) {
        if (json == null || json.isBlank()) {
            throw new BadInputException(label + ": empty submission");
        }
        try {
            return fromNode(JSON.readTree(json), label, defaultNamespace, mode);
        } catch (JsonProcessingException e) {
            throw new BadInputException(label + ": malformed JSON: " + e.getOriginalMessage().strip().split("\n")[0], e);
        }
    }

    /** Reads an already parsed submission. */
    public static List<EntityRef> fromNode(JsonNode root, String label, String defaultNamespace, EntityRefs.Mode mode) {
        JsonNode list = root;
        String prefix = "";
        if (root != null && root.isObject()) {
            list = root.get("entities");
            prefix = "entities";
            if (list == null || list.isNull()) {
                throw new BadInputException(label + ": entities: missing (expected a JSON list of entities or an "
                        + "object with an \"entities\" list)");
            }
        }
        if (list == null || !list.isArray()) {
            throw new BadInputException(label + ": " + (prefix.isEmpty() ? "" : prefix + ": ")
                    + "expected a JSON list of entities or an object with an \"entities\" list, got "
                    + (list == null ? "nothing" : list.getNodeType().toString().toLowerCase(Locale.ROOT)));
        }
        List<EntityRef> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (item.isObject() && item.path("contributing_factor").isBoolean()
                    && !item.path("contributing_factor").asBoolean()) {
                continue;
            }
            out.add(EntityRefs.fromNode(item, defaultNamespace, label + ": " + prefix + "[" + i + "]", mode));
        }
        return out;
    }
}
