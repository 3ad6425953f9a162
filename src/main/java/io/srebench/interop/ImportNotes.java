package io.srebench.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.trajectory.Turn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an import skipped or left unscored, and why, as short clauses for the import summary: a log with no samples,
 * source lines or events that are not part of a transcript (counted per reason by the importers in {@code
 * sourceInfo.skipped}), runs without scores.
 */
final class ImportNotes {
    /** The tail of ImportService's reason for a run whose task is not in the task set. */
    static final String UNKNOWN_TASK = " not in the task set (use --task-map)";
    private ImportNotes() {
    }

    /**
     * Records in {@code sourceInfo.stepTotals} the sum of a run's turns when the source states totals
     * ({@code sourceTotals}) that differ from it, so the discrepancy stays visible in the run's config.
     */
    static void recordStepTotals(ImportedRun r) {
        JsonNode src = r.sourceInfo().path("sourceTotals");
        if (!src.isObject()) {
            return;
        }
        long in = 0;
        long out = 0;
        for (Turn t : r.trajectory().turns()) {
            in += t.usage().input();
            out += t.usage().output();
        }
        boolean differs = in + out > 0 && (src.has("inputTokens") && src.get("inputTokens").asLong() != in
                || src.has("outputTokens") && src.get("outputTokens").asLong() != out);
        if (differs) {
            ObjectNode st = r.sourceInfo().putObject("stepTotals");
            st.put("inputTokens", in);
            st.put("outputTokens", out);
        }
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
        for (boolean kept : new boolean[] {true, false}) {
            long source = 0;
            long steps = 0;
            int differ = 0;
            for (ImportedRun r : parsed.runs()) {
                JsonNode st = r.sourceInfo().path("stepTotals");
                JsonNode src = r.sourceInfo().path("sourceTotals");
                if (st.isObject() && src.path("kept").asBoolean(false) == kept) {
                    differ++;
                    steps += st.path("inputTokens").asLong() + st.path("outputTokens").asLong();
                    source += src.path("inputTokens").asLong(st.path("inputTokens").asLong())
                            + src.path("outputTokens").asLong(st.path("outputTokens").asLong());
                }
            }
            if (differ > 0) {
                notes.add(differ + " run" + (differ == 1 ? "" : "s") + ": the source's own totals ("
                        + String.format(Locale.ROOT, "%,d", source) + " tokens) differ from the sum of its steps ("
                        + String.format(Locale.ROOT, "%,d", steps) + "); kept " + (kept ? "the source's totals"
                        : "the steps' sum"));
            }
        }
        Map<String, Integer> reasons = new LinkedHashMap<>();
        Set<String> unknownTasks = new TreeSet<>();
        int unknownRuns = 0;
        for (String u : unscored) {
            if (u != null && u.startsWith("task ") && u.endsWith(UNKNOWN_TASK)) {
                unknownTasks.add(u.substring(5, u.length() - UNKNOWN_TASK.length()));
                unknownRuns++;
            } else if (u != null) {
                reasons.merge(u, 1, Integer::sum);
            }
        }
        if (unknownRuns > 0) {
            List<String> shown = unknownTasks.stream().limit(5).toList();
            notes.add(unknownRuns + " run" + (unknownRuns == 1 ? "" : "s") + " unscored: task" + (unknownTasks.size() == 1
                    ? " " : "s ") + String.join(", ", shown) + (unknownTasks.size() > 5 ? ", ..." : "") + UNKNOWN_TASK);
        }
        reasons.forEach((why, n) -> notes.add(n + " run" + (n == 1 ? "" : "s") + " unscored: " + why));
        return notes;
    }
}
