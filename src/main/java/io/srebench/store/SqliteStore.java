package io.srebench.store;

import io.srebench.common.Text;
import io.srebench.run.Annotation;
import io.srebench.run.AnnotationLabel;
import io.srebench.run.AnnotationRepository;
import io.srebench.run.BenchmarkRecord;
import io.srebench.run.NewRun;
import io.srebench.run.RunDetail;
import io.srebench.run.RunQuery;
import io.srebench.run.RunRepository;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.RunSummary;
import io.srebench.run.ScoreRecord;
import io.srebench.run.TurnRecord;
import io.srebench.common.UserDirs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded SQLite store (WAL). One writer connection serialises writes, each its own transaction
 * so that a killed process loses nothing already written; a separate reader connection lets a viewer
 * follow a live run while the runner writes (WAL readers never block the writer).
 */
public final class SqliteStore implements RunRepository, AnnotationRepository {
    private static final String FILE_NAME = "srebench.db";

    private final Path file;
    private final Connection writer;
    private final Connection reader;
    private final Object writeLock = new Object();
    private final Object readLock = new Object();

    private SqliteStore(Path file, Connection writer, Connection reader) {
        this.file = file;
        this.writer = writer;
        this.reader = reader;
    }

    /** The default store file: {@code <user data dir>/srebench.db}. */
    public static Path defaultFile() {
        return UserDirs.current().data().resolve(FILE_NAME);
    }

    /** Opens (creating and migrating as needed) the store at {@code file}. */
    public static SqliteStore open(Path file) {
        Connection w = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            w = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = w.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
                int version = userVersion(w, file);
                if (version > Migrations.LATEST) {
                    throw new StoreException(file + ": written by a newer srebench (schema " + version
                            + ", this build reads up to " + Migrations.LATEST + "); upgrade srebench to open it");
                }
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
                s.execute("PRAGMA foreign_keys = ON");
                Migrations.migrate(w, version);
            }
            Connection r = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = r.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
                s.execute("PRAGMA query_only = ON");
            }
            return new SqliteStore(file, w, r);
        } catch (SQLException e) {
            closeQuietly(w);
            throw new StoreException(file + ": cannot open the store: " + Text.oneLine(e), e);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot create the store directory: " + e.getMessage(), e);
        } catch (StoreException e) {
            closeQuietly(w);
            throw e;
        }
    }

    private static int userVersion(Connection c, Path file) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new StoreException(file + ": not an srebench store (" + Text.oneLine(e) + ")", e);
        }
    }

    /** The schema version of the open store. */
    public int schemaVersion() {
        synchronized (readLock) {
            try (Statement s = reader.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            } catch (SQLException e) {
                throw fail("read schema version", e);
            }
        }
    }

    /** The newest schema this build knows. */
    public static int latestSchema() {
        return Migrations.LATEST;
    }

    public Path file() {
        return file;
    }

    /** {@code PRAGMA integrity_check}: "ok" when the file is sound. */
    public String integrityCheck() {
        synchronized (readLock) {
            try (Statement s = reader.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : "no answer";
            } catch (SQLException e) {
                throw fail("integrity check", e);
            }
        }
    }

    @Override
    public long createBenchmark(String name, String specJson) {
        return insert("INSERT INTO benchmarks(name, spec_json, created_at) VALUES (?,?,?)",
                name, specJson, Instant.now().toString());
    }

    @Override
    public Optional<BenchmarkRecord> benchmark(long id) {
        return benchmarksWhere("WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public List<BenchmarkRecord> benchmarks() {
        return benchmarksWhere("ORDER BY id", null);
    }

    private List<BenchmarkRecord> benchmarksWhere(String clause, Long id) {
        synchronized (readLock) {
            try (PreparedStatement ps = reader.prepareStatement(
                    "SELECT id, name, spec_json, created_at FROM benchmarks " + clause)) {
                if (id != null) {
                    ps.setLong(1, id);
                }
                List<BenchmarkRecord> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new BenchmarkRecord(rs.getLong(1), rs.getString(2), rs.getString(3),
                                Instant.parse(rs.getString(4))));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw fail("list benchmarks", e);
            }
        }
    }

    @Override
    public long createRun(NewRun run) {
        return insert("INSERT INTO runs(benchmark_id, task_id, agent, model, repeat, status, config_json) "
                        + "VALUES (?,?,?,?,?,?,?)", run.benchmarkId(), run.taskId(), run.agent(), run.model(),
                run.repeat(), RunStatus.QUEUED.label(), run.configJson() == null ? "{}" : run.configJson());
    }

    @Override
    public void markRunning(long runId, String sandboxBackend, Instant at) {
        update("UPDATE runs SET status = ?, sandbox = ?, started_at = ? WHERE id = ?",
                RunStatus.RUNNING.label(), sandboxBackend, at.toString(), runId);
    }

    @Override
    public void appendTurn(long runId, TurnRecord turn, double costUsd, long inputTokens, long outputTokens) {
        byte[] utf8 = turn.json().getBytes(StandardCharsets.UTF_8);
        int codec = PayloadCodec.codecFor(utf8);
        synchronized (writeLock) {
            try {
                writer.setAutoCommit(false);
                try (PreparedStatement t = writer.prepareStatement(
                        "INSERT INTO turns(run_id, idx, at, codec, payload) VALUES (?,?,?,?,?)");
                     PreparedStatement f = writer.prepareStatement(
                             "INSERT INTO turn_fts(text, run_id, turn_idx) VALUES (?,?,?)");
                     PreparedStatement r = writer.prepareStatement(
                             "UPDATE runs SET turns = ?, cost_usd = ?, input_tokens = ?, output_tokens = ? WHERE id = ?")) {
                    t.setLong(1, runId);
                    t.setInt(2, turn.index());
                    t.setString(3, turn.at().toString());
                    t.setInt(4, codec);
                    t.setBytes(5, PayloadCodec.encode(utf8, codec));
                    t.executeUpdate();
                    if (turn.searchText() != null && !turn.searchText().isBlank()) {
                        f.setString(1, turn.searchText());
                        f.setLong(2, runId);
                        f.setInt(3, turn.index());
                        f.executeUpdate();
                    }
                    r.setInt(1, turn.index() + 1);
                    r.setDouble(2, costUsd);
                    r.setLong(3, inputTokens);
                    r.setLong(4, outputTokens);
                    r.setLong(5, runId);
                    r.executeUpdate();
                }
                writer.commit();
            } catch (SQLException e) {
                rollbackQuietly();
                throw fail("append turn " + turn.index() + " of run " + runId, e);
            } finally {
                autoCommitQuietly();
            }
        }
    }

    @Override
    public void finishRun(long runId, RunStatus status, String error, String submissionJson, Instant at) {
        update("UPDATE runs SET status = ?, error = ?, submission_json = ?, ended_at = ? WHERE id = ?",
                status.label(), error, submissionJson, at.toString(), runId);
    }

    @Override
    public void putScore(long runId, ScoreRecord s, boolean primary) {
        synchronized (writeLock) {
            try {
                writer.setAutoCommit(false);
                try (PreparedStatement p = writer.prepareStatement("INSERT OR REPLACE INTO scores"
                        + "(run_id, variant, score, recall, precision, detail_json) VALUES (?,?,?,?,?,?)")) {
                    p.setLong(1, runId);
                    p.setString(2, s.variant());
                    p.setDouble(3, s.score());
                    p.setDouble(4, s.recall());
                    p.setDouble(5, s.precision());
                    p.setString(6, s.detailJson());
                    p.executeUpdate();
                }
                if (primary) {
                    try (PreparedStatement p = writer.prepareStatement(
                            "UPDATE runs SET score = ?, variant = ?, recall = ?, precision = ? WHERE id = ?")) {
                        p.setDouble(1, s.score());
                        p.setString(2, s.variant());
                        p.setDouble(3, s.recall());
                        p.setDouble(4, s.precision());
                        p.setLong(5, runId);
                        p.executeUpdate();
                    }
                }
                writer.commit();
            } catch (SQLException e) {
                rollbackQuietly();
                throw fail("record score of run " + runId, e);
            } finally {
                autoCommitQuietly();
            }
        }
    }

    @Override
    public void resetRun(long runId) {
        synchronized (writeLock) {
            try {
                writer.setAutoCommit(false);
                exec(writer, "DELETE FROM turns WHERE run_id = ?", runId);
                exec(writer, "DELETE FROM turn_fts WHERE run_id = ?", runId);
                exec(writer, "DELETE FROM scores WHERE run_id = ?", runId);
                exec(writer, "UPDATE runs SET status = 'queued', score = NULL, variant = NULL, recall = NULL, "
                        + "precision = NULL, turns = 0, cost_usd = 0, input_tokens = 0, output_tokens = 0, "
                        + "started_at = NULL, ended_at = NULL, error = NULL, submission_json = NULL WHERE id = ?", runId);
                writer.commit();
            } catch (SQLException e) {
                rollbackQuietly();
                throw fail("reset run " + runId, e);
            } finally {
                autoCommitQuietly();
            }
        }
    }

    @Override
    public void retryErrored(long runId) {
        synchronized (writeLock) {
            resetRun(runId);
            try {
                exec(writer, "UPDATE runs SET retries = retries + 1 WHERE id = ?", runId);
            } catch (SQLException e) {
                throw fail("record the retry of run " + runId, e);
            }
        }
    }

    @Override
    public long copyAsInterrupted(long runId) {
        synchronized (writeLock) {
            try {
                writer.setAutoCommit(false);
                exec(writer, "INSERT INTO runs(benchmark_id, task_id, agent, model, repeat, status, turns, cost_usd, "
                        + "input_tokens, output_tokens, sandbox, started_at, ended_at, error, config_json) "
                        + "SELECT 0, task_id, agent, model, repeat, 'interrupted', turns, cost_usd, input_tokens, "
                        + "output_tokens, sandbox, started_at, ?, 'interrupted: process ended before the run finished "
                        + "(benchmark ' || benchmark_id || ', run ' || id || ')', config_json FROM runs WHERE id = ?",
                        Instant.now().toString(), runId);
                long copy;
                try (Statement s = writer.createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
                    rs.next();
                    copy = rs.getLong(1);
                }
                exec(writer, "INSERT INTO turns(run_id, idx, at, codec, payload) "
                        + "SELECT ?, idx, at, codec, payload FROM turns WHERE run_id = ?", copy, runId);
                exec(writer, "INSERT INTO turn_fts(text, run_id, turn_idx) "
                        + "SELECT text, ?, turn_idx FROM turn_fts WHERE run_id = ?", copy, runId);
                writer.commit();
                return copy;
            } catch (SQLException e) {
                rollbackQuietly();
                throw fail("keep interrupted run " + runId, e);
            } finally {
                autoCommitQuietly();
            }
        }
    }

    @Override
    public void deleteRun(long runId) {
        synchronized (writeLock) {
            try {
                writer.setAutoCommit(false);
                exec(writer, "DELETE FROM turn_fts WHERE run_id = ?", runId);
                exec(writer, "DELETE FROM turns WHERE run_id = ?", runId);
                exec(writer, "DELETE FROM scores WHERE run_id = ?", runId);
                exec(writer, "DELETE FROM annotations WHERE run_id = ?", runId);
                exec(writer, "DELETE FROM runs WHERE id = ?", runId);
                writer.commit();
            } catch (SQLException e) {
                rollbackQuietly();
                throw fail("delete run " + runId, e);
            } finally {
                autoCommitQuietly();
            }
        }
    }

    @Override
    public List<RunSummary> list(RunQuery q) {
        return RunQueries.list(reader, readLock, q);
    }

    @Override
    public Optional<RunSummary> run(long runId) {
        return RunQueries.byId(reader, readLock, runId);
    }

    @Override
    public Optional<RunDetail> detail(long runId) {
        return RunQueries.detail(reader, readLock, runId);
    }

    @Override
    public List<TurnRecord> turns(long runId) {
        return turnsFrom(runId, 0);
    }

    @Override
    public List<TurnRecord> turnsFrom(long runId, int from) {
        synchronized (readLock) {
            try (PreparedStatement ps = reader.prepareStatement(
                    "SELECT idx, at, codec, payload FROM turns WHERE run_id = ? AND idx >= ? ORDER BY idx")) {
                ps.setLong(1, runId);
                ps.setInt(2, from);
                List<TurnRecord> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new TurnRecord(rs.getInt(1), Instant.parse(rs.getString(2)),
                                PayloadCodec.decode(rs.getBytes(4), rs.getInt(3)), null));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw fail("load turns of run " + runId, e);
            }
        }
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        return RunQueries.search(reader, readLock, text, limit);
    }

    @Override
    public List<Long> withConfig(String configJson) {
        return RunQueries.withConfig(reader, readLock, configJson);
    }

    @Override
    public List<Long> importedFrom(String sha256) {
        return RunQueries.importedFrom(reader, readLock, sha256);
    }

    @Override
    public long saveAnnotation(Annotation a) {
        synchronized (writeLock) {
            try {
                return AnnotationQueries.save(writer, a);
            } catch (SQLException e) {
                throw fail("save annotation", e);
            }
        }
    }

    @Override
    public void deleteAnnotation(long id) {
        update("DELETE FROM annotations WHERE id = ?", id);
    }

    @Override
    public List<Annotation> annotations(long runId) {
        synchronized (readLock) {
            try {
                return AnnotationQueries.list(reader, runId);
            } catch (SQLException e) {
                throw fail("read annotations", e);
            }
        }
    }

    @Override
    public List<Annotation> allAnnotations() {
        synchronized (readLock) {
            try {
                return AnnotationQueries.list(reader, null);
            } catch (SQLException e) {
                throw fail("read annotations", e);
            }
        }
    }

    @Override
    public Map<String, Map<AnnotationLabel, Integer>> labelCountsByAgent() {
        synchronized (readLock) {
            try {
                return AnnotationQueries.countsByAgent(reader);
            } catch (SQLException e) {
                throw fail("count annotations", e);
            }
        }
    }

    /** Interrupted work from a crashed process: runs left in state running. */
    public List<RunSummary> runningRuns() {
        return list(RunQuery.all().withStatus(RunStatus.RUNNING));
    }

    /** Package access for other tables' DAOs, which must hold {@link #writeLock()} while writing. */
    Connection writer() {
        return writer;
    }

    Connection reader() {
        return reader;
    }

    Object readLock() {
        return readLock;
    }

    Object writeLock() {
        return writeLock;
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            closeQuietly(writer);
        }
        synchronized (readLock) {
            closeQuietly(reader);
        }
    }

    private long insert(String sql, Object... args) {
        synchronized (writeLock) {
            try (PreparedStatement ps = writer.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, args);
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    return rs.getLong(1);
                }
            } catch (SQLException e) {
                throw fail("insert", e);
            }
        }
    }

    private void update(String sql, Object... args) {
        synchronized (writeLock) {
            try {
                exec(writer, sql, args);
            } catch (SQLException e) {
                throw fail("update", e);
            }
        }
    }

    static int exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    private void rollbackQuietly() {
        try {
            writer.rollback();
        } catch (SQLException ignored) {
            // the original failure is what the caller needs to see
        }
    }

    private void autoCommitQuietly() {
        try {
            writer.setAutoCommit(true);
        } catch (SQLException ignored) {
            // connection is broken; the next call reports it
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing: nothing left to do
        }
    }

    StoreException fail(String what, SQLException e) {
        return new StoreException(file + ": cannot " + what + ": " + Text.oneLine(e), e);
    }
}
