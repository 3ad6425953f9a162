package io.srebench.store;

import io.srebench.run.Annotation;
import io.srebench.run.AnnotationLabel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** SQL for the annotations table. */
final class AnnotationQueries {
    private static final String COLUMNS = "id, run_id, entity, label, turn, note, author, created_at, updated_at";

    private AnnotationQueries() {
    }

    static long save(Connection w, Annotation a) throws SQLException {
        Instant now = Instant.now();
        String target = a.label().target().name().toLowerCase(Locale.ROOT);
        if (a.id() == 0) {
            // a new annotation keeps the times it carries (one restored from an export), else it is made now
            Instant created = a.createdAt() != null ? a.createdAt() : now;
            Instant updated = a.updatedAt() != null ? a.updatedAt() : created;
            try (PreparedStatement ps = w.prepareStatement("INSERT INTO annotations(run_id, entity, target, label, turn, "
                    + "note, author, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                SqliteStore.bind(ps, a.runId(), a.entity(), target, a.label().id(), a.turn(),
                        a.note() == null ? "" : a.note(), a.author(), created.toString(), updated.toString());
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }
        int n = SqliteStore.exec(w, "UPDATE annotations SET entity = ?, target = ?, label = ?, turn = ?, note = ?, "
                + "author = ?, updated_at = ? WHERE id = ?", a.entity(), target, a.label().id(), a.turn(),
                a.note() == null ? "" : a.note(), a.author(), now.toString(), a.id());
        if (n == 0) {
            throw new StoreException("no annotation " + a.id() + " to update");
        }
        return a.id();
    }

    static List<Annotation> list(Connection r, Long runId) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM annotations" + (runId == null ? "" : " WHERE run_id = ?") + " ORDER BY id";
        try (PreparedStatement ps = r.prepareStatement(sql)) {
            if (runId != null) {
                ps.setLong(1, runId);
            }
            List<Annotation> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int turn = rs.getInt(5);
                    Integer t = rs.wasNull() ? null : turn;
                    out.add(new Annotation(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            AnnotationLabel.parse(rs.getString(4)), t, rs.getString(6), rs.getString(7),
                            Instant.parse(rs.getString(8)), Instant.parse(rs.getString(9))));
                }
            }
            return out;
        }
    }

    static Map<String, Map<AnnotationLabel, Integer>> countsByAgent(Connection r) throws SQLException {
        Map<String, Map<AnnotationLabel, Integer>> out = new TreeMap<>();
        try (Statement s = r.createStatement(); ResultSet rs = s.executeQuery("SELECT runs.agent, annotations.label, "
                + "count(*) FROM annotations JOIN runs ON runs.id = annotations.run_id GROUP BY 1, 2")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(AnnotationLabel.class))
                        .put(AnnotationLabel.parse(rs.getString(2)), rs.getInt(3));
            }
        }
        return out;
    }
}
