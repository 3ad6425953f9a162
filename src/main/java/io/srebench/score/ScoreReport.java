package io.srebench.score;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.common.JsonMappers;
import io.srebench.task.truth.RootCause;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Score}: JSON for machines ({@code {"score","recall","precision","variant","rows","missed"}})
 * and an aligned plain-text table for people.
 */
public final class ScoreReport {
    private static final ObjectMapper JSON = JsonMappers.json();

    private ScoreReport() {
    }

    /**
     * The score as a JSON object with exactly the keys score, recall, precision (plain numbers), variant (lower
     * case), rows (objects with index, entity, outcome, rank and, when set, rootCause, alias, note) and missed
     * (objects with id and entity).
     */
    public static ObjectNode toJson(Score s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("score", s.score());
        o.put("recall", s.recall());
        o.put("precision", s.precision());
        o.put("variant", s.variant().id());
        ArrayNode rows = o.putArray("rows");
        for (Score.Row r : s.rows()) {
            ObjectNode row = rows.addObject();
            row.put("index", r.index());
            row.put("entity", r.entity().toString());
            row.put("outcome", r.outcome().id());
            row.put("rank", r.rank());
            if (r.rootCauseId() != null) {
                row.put("rootCause", r.rootCauseId());
            }
            if (r.alias() != null) {
                row.put("alias", r.alias().describe());
            }
            if (r.note() != null) {
                row.put("note", r.note());
            }
        }
        ArrayNode missed = o.putArray("missed");
        for (RootCause rc : s.missed()) {
            missed.addObject().put("id", rc.id()).put("entity", rc.entity().toString());
        }
        return o;
    }

    /** {@link #toJson} as one line of text. */
    public static String toJsonString(Score s) {
        return toJson(s).toString();
    }

    /** A small aligned table: the figures, then one line per submitted entity, then the missed root causes. */
    public static String toTable(Score s) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "score      %.3f%n", s.score()));
        sb.append(String.format(Locale.ROOT, "recall     %.3f%n", s.recall()));
        sb.append(String.format(Locale.ROOT, "precision  %.3f  (%d of %d scored)%n", s.precision(), s.hits(), s.scored()));
        sb.append("variant    ").append(s.variant().id()).append(System.lineSeparator());
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"#", "rank", "outcome", "entity", "detail"});
        for (Score.Row r : s.rows()) {
            String detail = r.rootCauseId() == null ? "" : "-> " + r.rootCauseId();
            if (r.alias() != null && !r.alias().describe().equalsIgnoreCase(r.rootCauseId())) {
                detail += " via " + r.alias().describe();
            }
            if (r.note() != null) {
                detail = detail.isEmpty() ? r.note() : detail + "; " + r.note();
            }
            lines.add(new String[] {String.valueOf(r.index()), r.rank() == 0 ? "-" : String.valueOf(r.rank()),
                r.outcome().name(), r.entity().toString(), detail});
        }
        if (s.rows().isEmpty()) {
            sb.append(System.lineSeparator()).append("(empty submission)").append(System.lineSeparator());
        } else {
            sb.append(System.lineSeparator());
            appendAligned(sb, lines);
        }
        for (RootCause rc : s.missed()) {
            sb.append("missed     ").append(rc.id());
            if (!rc.id().equals(rc.entity().toString())) {
                sb.append("  (").append(rc.entity()).append(')');
            }
            sb.append(System.lineSeparator());
        }
        return sb.toString();
    }

    private static void appendAligned(StringBuilder sb, List<String[]> lines) {
        int cols = lines.get(0).length;
        int[] width = new int[cols];
        for (String[] l : lines) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], l[c].length());
            }
        }
        for (String[] l : lines) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                line.append(c == cols - 1 ? l[c] : String.format(Locale.ROOT, "%-" + (width[c] + 2) + "s", l[c]));
            }
            sb.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
    }
}
