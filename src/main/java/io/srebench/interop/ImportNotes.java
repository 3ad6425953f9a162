package io.srebench.interop;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import skipped or left unscored, and why, as short clauses for the import summary: a log with no samples,
 * source lines or events that are not part of a transcript (counted per reason by the importers in {@code
 * sourceInfo.skipped}), runs without scores.
 */
final class ImportNotes {
    private ImportNotes() {
    }

    /**
     * @param unscored for each run of {@code parsed}, why it has no score (null when scored or restored)
     */
    static List<String> of(Importers.ImportResult parsed, List<String> unscored) {
        List<String> notes = new ArrayList<>();
        if (parsed.runs().isEmpty()) {
            boolean inspect = parsed.format() == ImportFormat.INSPECT_EVAL || parsed.format() == ImportFormat.INSPECT_JSON;
            notes.add(inspect ? "0 samples: the log holds a header but no sample entries" : "0 runs in the source");
        }
        Map<String, Long> skipped = new LinkedHashMap<>();
        for (ImportedRun r : parsed.runs()) {
            long trace = r.sourceInfo().path("traceLinesSkipped").asLong(0);
            if (trace > 0) {
                skipped.merge("trace lines that are not chat messages", trace, Long::sum);
            }
            JsonNode perReason = r.sourceInfo().path("skipped");
            perReason.fields().forEachRemaining(e -> skipped.merge(e.getKey(), e.getValue().asLong(0), Long::sum));
        }
        skipped.forEach((why, n) -> notes.add("skipped " + n + " " + why));
        Map<String, Integer> reasons = new LinkedHashMap<>();
        for (String u : unscored) {
            if (u != null) {
                reasons.merge(u, 1, Integer::sum);
            }
        }
        reasons.forEach((why, n) -> notes.add(n + " run" + (n == 1 ? "" : "s") + " unscored: " + why));
        return notes;
    }
}
