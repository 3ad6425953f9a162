package io.srebench.interop;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.task.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads other tools' run files as srebench runs. The format is told by content, with the file name as a hint when
 * the content cannot tell (e.g. a truncated file):
 * <ul>
 *   <li>a ZIP → Inspect {@code .eval}; a directory → ITBench outputs in their layout;</li>
 *   <li>a JSON object with {@code schema: srebench.trajectory/1} or a first line {@code {"type":"header",...}} →
 *       srebench; {@code schema_version: ATIF-…} → ATIF; {@code eval} with {@code samples}/{@code status}/{@code
 *       version}/{@code plan} → Inspect JSON log; {@code entities} → ITBench agent output; {@code history}/{@code
 *       messages}/… → Stirrup;</li>
 *   <li>a JSON list → Stirrup; a JSON string in {@code agent_output.json} → ITBench (fenced JSON inside).</li>
 * </ul>
 * Every failure is a {@link BadInputException} with one line naming the file.
 */
public final class Importers {
    private static final Set<String> STIRRUP_KEYS = Set.of("history", "full_msg_history", "message_history", "messages",
            "msgs");

    private Importers() {
    }

    /** The runs of one file, all parsed before anything is returned. */
    public record ImportResult(Path file, ImportFormat format, List<ImportedRun> runs) {
        public ImportResult {
            runs = List.copyOf(runs);
        }
    }

    /** The format of a file or directory. */
    public static ImportFormat detect(Path path) {
        return sniff(path).format();
    }

    /** Reads every run of a file (or ITBench directory); nothing is returned unless the whole input parsed. */
    public static ImportResult read(Path path) {
        Sniff s = sniff(path);
        try {
            List<ImportedRun> runs = switch (s.format()) {
                case SREBENCH -> s.jsonl() ? SrebenchImporter.readJsonl(path) : SrebenchImporter.readJson(path,
                        ImportJson.readTree(path));
                case STIRRUP -> StirrupImporter.read(path, ImportJson.readTree(path));
                case INSPECT_EVAL -> InspectImporter.readEval(path);
                case INSPECT_JSON -> InspectImporter.readJson(path);
                case ITBENCH -> Files.isDirectory(path) ? ItbenchImporter.readDirectory(path)
                        : List.of(ItbenchImporter.readFile(path, ImportJson.readTree(path), 0));
                case ATIF -> AtifImporter.read(path, ImportJson.readTree(path));
                default -> throw new BadInputException(path + ": unsupported format " + s.format().id());
            };
            return new ImportResult(path, s.format(), runs);
        } catch (BadInputException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // a defensive net: the importers check shapes, but a source may still surprise them
            throw new BadInputException(path + ": internal error while reading " + s.format().id() + ": "
                    + e.getClass().getSimpleName() + ": " + ImportJson.oneLine(e.getMessage()), e);
        }
    }

    private record Sniff(ImportFormat format, boolean jsonl) {
    }

    private static Sniff sniff(Path path) {
        if (Files.isDirectory(path)) {
            if (!ItbenchImporter.outputsUnder(path).isEmpty()) {
                return new Sniff(ImportFormat.ITBENCH, false);
            }
            throw new BadInputException(path + ": directory holds no agent_output.json / agent_response.json");
        }
        if (!Files.isRegularFile(path)) {
            throw new BadInputException(path + ": no such file");
        }
        byte[] head = head(path);
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (head.length == 0) {
            throw new BadInputException(path + ": empty file");
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5)) {
            return new Sniff(ImportFormat.INSPECT_EVAL, false);
        }
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        char c = i < head.length ? (char) head[i] : 0;
        if (c == '[') {
            return new Sniff(ImportFormat.STIRRUP, false);
        }
        if (c == '"' && ItbenchImporter.OUTPUT_NAMES.contains(name)) {
            return new Sniff(ImportFormat.ITBENCH, false);
        }
        if (c == '{') {
            Map<String, String> keys = new HashMap<>();
            BadInputException parseError = topLevelKeys(path, keys);
            ImportFormat f = byKeys(keys);
            if (f != null) {
                boolean jsonl = f == ImportFormat.SREBENCH && "header".equals(keys.get("type"));
                return new Sniff(f, jsonl);
            }
            ImportFormat hinted = byName(name);
            if (hinted != null) {
                return new Sniff(hinted, name.endsWith(".jsonl"));
            }
            if (parseError != null) {
                throw parseError;
            }
            throw new BadInputException(path + ": cannot tell the format: a JSON object with none of the keys srebench "
                    + "recognises (schema, schema_version, eval, entities, history, messages)");
        }
        ImportFormat hinted = byName(name);
        if (hinted != null) {
            return new Sniff(hinted, name.endsWith(".jsonl"));
        }
        throw new BadInputException(path + ": cannot tell the format: not JSON, JSONL or a ZIP archive");
    }

    private static ImportFormat byKeys(Map<String, String> keys) {
        if ("srebench.trajectory/1".equals(keys.get("schema")) || "header".equals(keys.get("type"))
                || keys.containsKey("schema") && keys.containsKey("run") && keys.containsKey("turns")) {
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
        if (keys.containsKey("entities")) {
            return ImportFormat.ITBENCH;
        }
        for (String k : STIRRUP_KEYS) {
            if (keys.containsKey(k)) {
                return ImportFormat.STIRRUP;
            }
        }
        if (keys.containsKey("steps") && keys.containsKey("agent")) {
            return ImportFormat.ATIF;
        }
        return null;
    }

    private static ImportFormat byName(String name) {
        if (name.endsWith(".eval")) {
            return ImportFormat.INSPECT_EVAL;
        }
        if (name.endsWith(".jsonl")) {
            return ImportFormat.SREBENCH;
        }
        if (ItbenchImporter.OUTPUT_NAMES.contains(name)) {
            return ImportFormat.ITBENCH;
        }
        if ("trajectory.json".equals(name)) {
            return ImportFormat.ATIF;
        }
        return null;
    }

    /**
     * Collects the first JSON value's top-level keys (with scalar values as text) by streaming, skipping nested
     * values; keys seen before a syntax error are kept and the error is returned.
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
                    break;
                }
            }
            return null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new BadInputException(path + ": malformed JSON: " + ImportJson.oneLine(e.getOriginalMessage())
                    + ImportJson.location(e), e);
        } catch (IOException e) {
            return new BadInputException(path + ": cannot read: " + ImportJson.oneLine(e.getMessage()), e);
        }
    }

    private static byte[] head(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(4096);
        } catch (IOException e) {
            throw new BadInputException(path + ": cannot read: " + ImportJson.oneLine(e.getMessage()), e);
        }
    }

    /** Parses a whole JSON file (for callers that need the tree). */
    static JsonNode tree(Path path) {
        return ImportJson.readTree(path);
    }
}
