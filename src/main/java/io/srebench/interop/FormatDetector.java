package io.srebench.interop;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.common.BadInputException;
import io.srebench.common.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells a file's format by positive evidence only (docs/decisions/0006-format-detection.md): each format has
 * required keys or values, and a file that shows none of them is refused with one line naming the closest known
 * format and what it lacks. The file name never decides; nothing is a fallback.
 *
 * <ul>
 *   <li>ZIP magic → Inspect {@code .eval} (the importer then requires {@code header.json} or samples);</li>
 *   <li>directory → ITBench outputs, when {@code agent_output.json}/{@code agent_response.json} lie in its layout;</li>
 *   <li>object with {@code schema: srebench.trajectory/…} (or a JSONL {@code type: header} line with it) → srebench;</li>
 *   <li>object with {@code schema_version: ATIF-…} → ATIF;</li>
 *   <li>object with {@code eval} and one of {@code version}/{@code status}/{@code plan}/{@code samples} → Inspect JSON;</li>
 *   <li>object with an {@code entities} list, or a JSON string with a fenced JSON block holding one → ITBench;</li>
 *   <li>Stirrup only with Stirrup's own marks on its messages ({@link StirrupImporter#evidence}), and never when the
 *       object carries another tool's keys ({@code trajectory}, {@code info}, {@code trajectory_format}).</li>
 *   <li>object with {@code trajectory} and {@code history} or {@code info} (or {@code attempts} and {@code info}) →
 *       SWE-agent; {@code trajectory_format: mini-swe-agent-…} (or {@code info.mini_version}) → mini-swe-agent;</li>
 *   <li>a first line {@code {timestamp, type: session_meta|response_item|event_msg|turn_context, payload}} → Codex.</li>
 * </ul>
 * Files recognised as formats srebench does not read (old Codex rollouts, IBM ground truths) are refused by name.
 */
final class FormatDetector {
    private static final String[] HISTORY_KEYS = {"history", "full_msg_history", "message_history", "messages", "msgs"};

    private FormatDetector() {
    }

    /** A detected format; {@code jsonl} for srebench JSONL exports. */
    record Detected(ImportFormat format, boolean jsonl) {
    }

    static Detected detect(Path path) {
        if (Files.isDirectory(path)) {
            if (!ItbenchImporter.outputsUnder(path).isEmpty()) {
                return new Detected(ImportFormat.ITBENCH, false);
            }
            throw new BadInputException(path + ": directory holds no agent_output.json / agent_response.json");
        }
        if (!Files.isRegularFile(path)) {
            throw new BadInputException(path + ": no such file");
        }
        byte[] head = head(path);
        if (head.length == 0) {
            throw new BadInputException(path + ": empty file");
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5)) {
            return new Detected(ImportFormat.INSPECT_EVAL, false);
        }
        char c = firstChar(head);
        if (c == '{') {
            return object(path);
        }
        if (c == '[' || c == '"') {
            return tree(path, ImportJson.readTree(path));
        }
        throw unknown(path, "not JSON, JSONL or a ZIP archive");
    }

    private static Detected object(Path path) {
        Map<String, String> keys = new LinkedHashMap<>();
        BadInputException parseError = topLevelKeys(path, keys);
        boolean jsonl = parseError != null && isJsonl(path);
        if (jsonl) {
            keys.clear();
            firstLineKeys(path, keys);
        }
        ImportFormat f = byKeys(keys);
        if (f != null) {
            String type = keys.getOrDefault("type", "");
            return new Detected(f, f == ImportFormat.SREBENCH && (type.equals("header") || type.equals("turn")));
        }
        String foreign = foreign(keys);
        if (foreign != null) {
            throw new BadInputException(path + ": " + foreign + ": not a format srebench reads");
        }
        if (parseError != null) {
            throw parseError;
        }
        if (keys.containsKey("info") && keys.containsKey("messages") && !keys.containsKey("history")) {
            JsonNode info = ImportJson.readTree(path).path("info");
            if (info.has("mini_version") || info.path("config").has("agent")) {
                return new Detected(ImportFormat.MINI_SWE_AGENT, false); // 1.x files written before trajectory_format
            }
            throw unknown(path, "a JSON object; closest: mini-swe-agent (missing: trajectory_format or info.mini_version)");
        }
        if (hasHistoryKey(keys)) {
            return tree(path, ImportJson.readTree(path));
        }
        throw unknown(path, closest(keys));
    }

    private static Detected tree(Path path, JsonNode root) {
        if (root.isTextual()) {
            if (ItbenchImporter.fencedOutput(root.asText()) != null) {
                return new Detected(ImportFormat.ITBENCH, false);
            }
            throw unknown(path, "a JSON string; closest: itbench (missing: a fenced JSON block with \"entities\")");
        }
        if (root.isArray() && root.size() > 0 && root.get(0).isObject() && root.get(0).has("groups")
                && root.get(0).has("id")) {
            throw new BadInputException(path + ": ITBench ground truths (a list of scenarios): not a run file"
                    + " (give it to 'srebench score --truth' instead)");
        }
        String missing = StirrupImporter.evidence(root);
        if (missing == null) {
            return new Detected(ImportFormat.STIRRUP, false);
        }
        if (root.isObject() && foreign(keysOf(root)) != null) {
            throw new BadInputException(path + ": " + foreign(keysOf(root)) + ": not a format srebench reads");
        }
        String what = root.isArray() ? "a JSON list" : "a JSON object";
        throw unknown(path, what + "; closest: stirrup (missing: " + missing + ")");
    }

    private static BadInputException unknown(Path path, String why) {
        return new BadInputException(path + ": cannot tell the format, not a format srebench reads: " + why);
    }

    private static ImportFormat byKeys(Map<String, String> keys) {
        String schema = keys.getOrDefault("schema", "");
        if (schema.startsWith("srebench.") || "header".equals(keys.get("type")) && keys.containsKey("schema")
                || "turn".equals(keys.get("type")) && keys.containsKey("turn")) {
            return ImportFormat.SREBENCH;
        }
        if (keys.getOrDefault("schema_version", "").startsWith("ATIF")) {
            return ImportFormat.ATIF;
        }
        if (keys.containsKey("eval") && (keys.containsKey("samples") || keys.containsKey("status")
                || keys.containsKey("version") || keys.containsKey("plan"))
                || keys.containsKey("samples") && keys.containsKey("version") && keys.containsKey("status")) {
            return ImportFormat.INSPECT_JSON;
        }
        if (keys.containsKey("entities") && !keys.containsKey("trajectory")) {
            return ImportFormat.ITBENCH;
        }
        if (keys.containsKey("trajectory") && (keys.containsKey("history") || keys.containsKey("info"))
                || keys.containsKey("attempts") && keys.containsKey("info")) {
            return ImportFormat.SWE_AGENT;
        }
        if (keys.getOrDefault("trajectory_format", "").startsWith("mini-swe-agent")) {
            return ImportFormat.MINI_SWE_AGENT;
        }
        String type = keys.getOrDefault("type", "");
        if (keys.containsKey("payload") && keys.containsKey("timestamp") && (type.equals("session_meta")
                || type.equals("response_item") || type.equals("event_msg") || type.equals("turn_context"))) {
            return ImportFormat.CODEX_ROLLOUT;
        }
        return null;
    }

    /** A known format srebench does not read, named by its own keys, or null. */
    private static String foreign(Map<String, String> keys) {
        if (keys.containsKey("record_type") || keys.containsKey("instructions") && keys.containsKey("id")
                && keys.containsKey("timestamp")) {
            return "Codex rollout of the pre-2025-09 shape (no {timestamp, type, payload} lines)";
        }
        return null;
    }

    /** The known format sharing most required keys with {@code keys}, and what it lacks. */
    private static String closest(Map<String, String> keys) {
        String[][] required = {
            {"srebench", "schema", "run", "turns"},
            {"atif", "schema_version", "agent", "steps"},
            {"inspect-json", "eval", "version", "status"},
            {"itbench", "entities"},
            {"stirrup", "history"},
        };
        String best = null;
        List<String> bestMissing = null;
        double bestShare = 0;
        for (String[] r : required) {
            List<String> missing = new ArrayList<>();
            for (int i = 1; i < r.length; i++) {
                if (!keys.containsKey(r[i])) {
                    missing.add(r[i]);
                }
            }
            double share = (double) (r.length - 1 - missing.size()) / (r.length - 1);
            if (share > bestShare) {
                bestShare = share;
                best = r[0];
                bestMissing = missing;
            }
        }
        if (best == null) {
            List<String> shown = keys.keySet().stream().limit(6).toList();
            return "a JSON object with keys " + shown + " (none of schema, schema_version, eval, entities, history)";
        }
        if ("atif".equals(best) && keys.containsKey("schema_version")) {
            bestMissing.add(0, "schema_version ATIF-v1.x");
        }
        return "a JSON object; closest: " + best + " (missing: " + String.join(", ", bestMissing) + ")";
    }

    private static boolean hasHistoryKey(Map<String, String> keys) {
        for (String k : HISTORY_KEYS) {
            if (keys.containsKey(k)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> keysOf(JsonNode obj) {
        Map<String, String> keys = new LinkedHashMap<>();
        obj.fields().forEachRemaining(e -> keys.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : ""));
        return keys;
    }

    /**
     * Collects the first JSON value's top-level keys (scalar values as text) by streaming, skipping nested values;
     * keys seen before a syntax error are kept and the error is returned.
     */
    private static BadInputException topLevelKeys(Path path, Map<String, String> keys) {
        try (JsonParser p = ImportJson.READER.getFactory().createParser(path.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String k = p.currentName();
                JsonToken t = p.nextToken();
                if (t == null) {
                    break;
                }
                if (t.isScalarValue()) {
                    keys.put(k, p.getValueAsString(""));
                } else {
                    keys.put(k, "");
                    p.skipChildren();
                }
                if (byKeys(keys) != null) {
                    return null;
                }
            }
            return p.nextToken() == null ? null : new BadInputException(path + ": malformed JSON: trailing content after"
                    + " the first object (JSONL?)");
        } catch (JsonProcessingException e) {
            return new BadInputException(path + ": malformed JSON: " + Text.oneLine(e.getOriginalMessage())
                    + ImportJson.location(e), e);
        } catch (IOException e) {
            throw new BadInputException(path + ": cannot read: " + Text.oneLine(e.getMessage()), e);
        }
    }

    /** Whether the file's first line is a whole JSON object (a JSONL file). */
    private static boolean isJsonl(Path path) {
        Map<String, String> keys = new LinkedHashMap<>();
        return firstLineKeys(path, keys);
    }

    private static boolean firstLineKeys(Path path, Map<String, String> keys) {
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            JsonNode n = line == null ? null : ImportJson.READER.readTree(line);
            if (n == null || !n.isObject()) {
                return false;
            }
            keys.putAll(keysOf(n));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static char firstChar(byte[] head) {
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        return i < head.length ? (char) head[i] : 0;
    }

    private static byte[] head(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(4096);
        } catch (IOException e) {
            throw new BadInputException(path + ": cannot read: " + Text.oneLine(e.getMessage()), e);
        }
    }
}
