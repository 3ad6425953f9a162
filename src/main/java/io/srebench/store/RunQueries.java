package io.srebench.store;

import io.srebench.common.Text;
import io.srebench.run.RunDetail;
import io.srebench.run.RunQuery;
import io.srebench.run.RunRepository.SearchHit;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.RunSummary;
import io.srebench.run.ScoreRecord;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Read queries over runs: summaries only, so listing 10,000 runs never touches turn payloads. */
final class RunQueries {
    private static final String SUMMARY_COLUMNS = "id, benchmark_id, task_id, agent, model, repeat, status, score, "
            + "variant, recall, precision, turns, cost_usd, input_tokens, output_tokens, sandbox, started_at, ended_at, error, "
            + "retries";

    private RunQueries() {
    }

    static List<RunSummary> list(Connection c, Object lock, RunQuery q) {
        StringBuilder sql = new StringBuilder("SELECT " + SUMMARY_COLUMNS + " FROM runs WHERE 1=1");
        List<Object> args = new ArrayList<>();
        if (q.taskId() != null) {
            sql.append(" AND task_id = ?");
            args.add(q.taskId());
        }
        if (q.agent() != null) {
            sql.append(" AND agent = ?");
            args.add(q.agent());
        }
        if (q.status() != null) {
            sql.append(" AND status = ?");
            args.add(q.status().label());
        }
        if (q.benchmarkId() != null) {
            sql.append(" AND benchmark_id = ?");
            args.add(q.benchmarkId());
        }
        if (q.minScore() != null) {
            sql.append(" AND score >= ?");
            args.add(q.minScore());
        }
        if (q.maxScore() != null) {
            sql.append(" AND score <= ?");
            args.add(q.maxScore());
        }
        if (q.text() != null && !q.text().isBlank()) {
            sql.append(" AND id IN (SELECT run_id FROM turn_fts WHERE turn_fts MATCH ?)");
            args.add(ftsPhrase(q.text()));
        }
        sql.append(" ORDER BY id");
        if (q.limit() > 0) {
            sql.append(" LIMIT ").append(q.limit());
        }
        synchronized (lock) {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                SqliteStore.bind(ps, args.toArray());
                List<RunSummary> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(summary(rs));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new StoreException("cannot list runs: " + Text.oneLine(e), e);
            }
        }
    }

    static Optional<RunSummary> byId(Connection c, Object lock, long id) {
        synchronized (lock) {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM runs WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(summary(rs)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read run " + id + ": " + Text.oneLine(e), e);
            }
        }
    }

    static Optional<RunDetail> detail(Connection c, Object lock, long id) {
        Optional<RunSummary> s = byId(c, lock, id);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        synchronized (lock) {
            try (PreparedStatement ps = c.prepareStatement("SELECT config_json, submission_json FROM runs WHERE id = ?");
                 PreparedStatement sc = c.prepareStatement(
                         "SELECT variant, score, recall, precision, detail_json FROM scores WHERE run_id = ? ORDER BY variant")) {
                ps.setLong(1, id);
                String config;
                String submission;
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    config = rs.getString(1);
                    submission = rs.getString(2);
                }
                sc.setLong(1, id);
                List<ScoreRecord> scores = new ArrayList<>();
                try (ResultSet rs = sc.executeQuery()) {
                    while (rs.next()) {
                        scores.add(new ScoreRecord(rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                                rs.getString(5)));
                    }
                }
                return Optional.of(new RunDetail(s.get(), config, submission, scores));
            } catch (SQLException e) {
                throw new StoreException("cannot read run " + id + ": " + Text.oneLine(e), e);
            }
        }
    }

    static List<Long> withConfig(Connection c, Object lock, String configJson) {
        return ids(c, lock, "SELECT id FROM runs WHERE config_json = ? ORDER BY id", configJson,
                "cannot look up runs by config: ");
    }

    static List<Long> importedFrom(Connection c, Object lock, String sha256) {
        return ids(c, lock, "SELECT id FROM runs WHERE benchmark_id = 0 AND json_valid(config_json)"
                + " AND json_extract(config_json, '$.import.contentSha256') = ? ORDER BY id", sha256,
                "cannot look up imported runs: ");
    }

    /** Run ids from a one-parameter query. */
    private static List<Long> ids(Connection c, Object lock, String sql, String parameter, String failure) {
        synchronized (lock) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, parameter);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            } catch (SQLException e) {
                throw new StoreException(failure + Text.oneLine(e), e);
            }
        }
    }

    static List<SearchHit> search(Connection c, Object lock, String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        synchronized (lock) {
            try (PreparedStatement ps = c.prepareStatement("SELECT run_id, turn_idx, "
                    + "snippet(turn_fts, 0, '[', ']', '...', 16) FROM turn_fts WHERE turn_fts MATCH ? "
                    + "ORDER BY run_id, turn_idx LIMIT ?")) {
                ps.setString(1, ftsPhrase(text));
                ps.setInt(2, limit <= 0 ? 1000 : limit);
                List<SearchHit> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SearchHit(rs.getLong(1), rs.getInt(2), rs.getString(3)));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new StoreException("cannot search: " + Text.oneLine(e), e);
            }
        }
    }

    /**
     * Free text as an FTS5 query: each word becomes a quoted token, so user input such as
     * {@code frontend-proxy} or {@code a "b} is never parsed as FTS syntax; all words must occur.
     */
    static String ftsPhrase(String text) {
        StringBuilder q = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (!word.isEmpty()) {
                if (q.length() > 0) {
                    q.append(' ');
                }
                q.append('"').append(word.replace("\"", "\"\"")).append('"');
            }
        }
        return q.toString();
    }

    private static RunSummary summary(ResultSet rs) throws SQLException {
        return new RunSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), RunStatus.parse(rs.getString(7)), nullableDouble(rs, 8), rs.getString(9),
                nullableDouble(rs, 10), nullableDouble(rs, 11), rs.getInt(12), rs.getDouble(13), rs.getLong(14),
                rs.getLong(15), rs.getString(16), instant(rs.getString(17)), instant(rs.getString(18)), rs.getString(19),
                rs.getInt(20));
    }

    private static Double nullableDouble(ResultSet rs, int col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? null : v;
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }
}
