package io.srebench.interop;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.common.BadInputException;
import io.srebench.common.Text;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads Inspect AI logs: one srebench run per sample and epoch.
 * <ul>
 *   <li>{@code .eval}: a ZIP holding {@code header.json} (or, for a log still running or crashed,
 *       {@code _journal/start.json}) and {@code samples/<id>_epoch_<n>.json}, in directory order. The chunked sample
 *       layout ({@code samples/<id>_epoch_<n>/...}) is refused.</li>
 *   <li>{@code .json}: the whole EvalLog; read as a stream, one sample at a time, so a large log is never held as
 *       one tree.</li>
 * </ul>
 */
final class InspectImporter {
    private static final Pattern SAMPLE_ENTRY = Pattern.compile("samples/[^/]+\\.json");

    private InspectImporter() {
    }

    static List<ImportedRun> readEval(Path file) {
        try (EvalZip zip = EvalZip.open(file)) {
            JsonNode header = zip.entry("header.json").map(e -> ImportJson.readTree(zip.read(e), file + "!header.json"))
                    .orElse(null);
            if (header == null) {
                header = zip.entry("_journal/start.json")
                        .map(e -> ImportJson.readTree(zip.read(e), file + "!_journal/start.json")).orElse(null);
            }
            List<EvalZip.Entry> samples = new ArrayList<>();
            boolean chunked = false;
            for (EvalZip.Entry e : zip.entries()) {
                if (SAMPLE_ENTRY.matcher(e.name()).matches()) {
                    samples.add(e);
                } else if (e.name().startsWith("samples/")) {
                    chunked = true;
                }
            }
            if (samples.isEmpty() && chunked) {
                throw new BadInputException(file + ": samples/: the chunked sample layout is not supported "
                        + "(convert the log with a released Inspect version)");
            }
            if (header == null && samples.isEmpty()) {
                throw new BadInputException(file + ": not an Inspect log: no header.json, _journal/start.json or samples/");
            }
            if (header != null && !header.isObject()) {
                throw new BadInputException(file + "!header.json: expected a JSON object");
            }
            JsonNode h = header == null ? ImportJson.READER.createObjectNode() : header;
            List<ImportedRun> runs = new ArrayList<>();
            for (EvalZip.Entry e : samples) {
                String where = file + "!" + e.name();
                runs.add(InspectSamples.convert(file, ImportFormat.INSPECT_EVAL, h, ImportJson.readTree(zip.read(e), where),
                        runs.size(), where));
            }
            return runs;
        }
    }

    /** Streams a {@code .json} log: header fields are kept, samples converted one by one. */
    static List<ImportedRun> readJson(Path file) {
        try (JsonParser p = ImportJson.READER.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadInputException(file + ": expected an Inspect log object");
            }
            ObjectNode header = ImportJson.READER.createObjectNode();
            List<JsonNode> early = new ArrayList<>();
            List<ImportedRun> runs = new ArrayList<>();
            boolean sawSamples = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if ("samples".equals(name) && t == JsonToken.START_ARRAY) {
                    sawSamples = true;
                    for (JsonToken st = p.nextToken(); st != JsonToken.END_ARRAY; st = p.nextToken()) {
                        if (st == null) {
                            throw new BadInputException(file + ": malformed JSON: the samples list is cut off");
                        }
                        JsonNode s = ImportJson.READER.readTree(p);
                        if (header.has("eval")) {
                            runs.add(convert(file, header, s, runs.size() + early.size()));
                        } else {
                            early.add(s);
                        }
                    }
                } else {
                    header.set(name, ImportJson.READER.readTree(p));
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new BadInputException(file + ": malformed JSON: unexpected content after the log object"
                        + where(p));
            }
            if (!header.path("eval").isObject()) {
                throw new BadInputException(file + ": eval: missing (not an Inspect log)");
            }
            if (!sawSamples && !header.has("status")) {
                throw new BadInputException(file + ": samples: missing");
            }
            List<ImportedRun> all = new ArrayList<>();
            for (JsonNode s : early) {
                all.add(convert(file, header, s, all.size()));
            }
            all.addAll(runs);
            return all;
        } catch (JsonProcessingException e) {
            throw new BadInputException(file + ": malformed JSON: " + Text.oneLine(e.getOriginalMessage())
                    + ImportJson.location(e), e);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + Text.oneLine(e.getMessage()), e);
        }
    }

    private static ImportedRun convert(Path file, JsonNode header, JsonNode sample, int index) {
        return InspectSamples.convert(file, ImportFormat.INSPECT_JSON, header, sample, index,
                file + ": samples[" + index + "]");
    }

    private static String where(JsonParser p) {
        return p.currentLocation() == null ? "" : " (line " + p.currentLocation().getLineNr() + ")";
    }
}
