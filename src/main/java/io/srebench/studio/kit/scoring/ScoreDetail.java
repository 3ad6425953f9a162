package io.srebench.studio.kit.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.common.JsonMappers;
import io.srebench.run.ScoreRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * A recorded score with its per-entity explanation, read from {@link ScoreRecord#detailJson()} (the
 * {@code ScoreReport} JSON). A missing or unreadable detail keeps the figures and has no rows.
 *
 * @param variant {@code set} or {@code ranked}
 * @param rows one per submitted entity, in submission order
 * @param missed root causes no entity hit
 */
public record ScoreDetail(String variant, double score, double recall, double precision, List<Row> rows,
                          List<Missed> missed) {
    private static final ObjectMapper JSON = JsonMappers.json();

    public ScoreDetail {
        rows = List.copyOf(rows);
        missed = List.copyOf(missed);
    }

    /**
     * One submitted entity.
     *
     * @param outcome {@code hit}, {@code false_positive}, {@code duplicate} or {@code ignored}
     * @param rank 1-based among scored entities, 0 for duplicate/ignored
     * @param rootCause the root cause hit, or null
     * @param alias the alias that matched, or null
     * @param note an explanation, or null
     */
    public record Row(int index, String entity, String outcome, int rank, String rootCause, String alias, String note) {
        /** What the row means, in a few words. */
        public String explanation() {
            StringBuilder sb = new StringBuilder();
            switch (outcome) {
                case "hit" -> {
                    sb.append("hit ").append(rootCause == null ? "" : rootCause);
                    if (alias != null && !alias.equalsIgnoreCase(rootCause)) {
                        sb.append(" via ").append(alias);
                    }
                }
                case "false_positive" -> sb.append("false positive");
                case "duplicate" -> sb.append("duplicate (not counted)");
                case "ignored" -> sb.append("ignored namespace (not counted)");
                default -> sb.append(outcome);
            }
            if (note != null && !note.isBlank()) {
                sb.append(" — ").append(note);
            }
            return sb.toString();
        }
    }

    /** A root cause no submitted entity hit. */
    public record Missed(String id, String entity) {
    }

    /** Reads a score record; never throws. */
    public static ScoreDetail of(ScoreRecord rec) {
        List<Row> rows = new ArrayList<>();
        List<Missed> missed = new ArrayList<>();
        try {
            JsonNode d = rec.detailJson() == null ? null : JSON.readTree(rec.detailJson());
            if (d != null) {
                for (JsonNode r : d.path("rows")) {
                    rows.add(new Row(r.path("index").asInt(), r.path("entity").asText(""), r.path("outcome").asText(""),
                            r.path("rank").asInt(), text(r, "rootCause"), text(r, "alias"), text(r, "note")));
                }
                for (JsonNode m : d.path("missed")) {
                    missed.add(new Missed(m.path("id").asText(""), m.path("entity").asText("")));
                }
            }
        } catch (Exception ignored) {
            // the figures of the record still stand without the explanation
        }
        return new ScoreDetail(rec.variant(), rec.score(), rec.recall(), rec.precision(), rows, missed);
    }

    /**
     * The entities of a stored submission: a JSON array of strings, or an object with an {@code entities} array
     * (the trajectory's {@code Submission}). Anything else gives an empty list.
     */
    public static List<String> submittedEntities(String submissionJson) {
        List<String> out = new ArrayList<>();
        if (submissionJson == null || submissionJson.isBlank()) {
            return out;
        }
        try {
            JsonNode n = JSON.readTree(submissionJson);
            JsonNode arr = n != null && n.isObject() ? n.path("entities") : n;
            if (arr != null && arr.isArray()) {
                for (JsonNode e : arr) {
                    out.add(e.isTextual() ? e.asText() : e.path("name").asText(e.toString()));
                }
            }
        } catch (Exception ignored) {
            // an unreadable submission marks nothing
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
