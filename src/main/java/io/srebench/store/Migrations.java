package io.srebench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Forward-only schema migrations. Migration {@code i} (0-based) takes a database from schema version
 * {@code i} to {@code i + 1}; the version lives in {@code PRAGMA user_version}. Never edit a released
 * migration: append a new one.
 */
final class Migrations {
    static final List<List<String>> STEPS = List.of(
            // 0 -> 1: the first schema
            List.of(
                    """
                    CREATE TABLE benchmarks (
                      id INTEGER PRIMARY KEY,
                      name TEXT NOT NULL,
                      spec_json TEXT NOT NULL,
                      created_at TEXT NOT NULL)""",
                    """
                    CREATE TABLE runs (
                      id INTEGER PRIMARY KEY,
                      benchmark_id INTEGER NOT NULL DEFAULT 0,
                      task_id TEXT NOT NULL,
                      agent TEXT NOT NULL,
                      model TEXT,
                      repeat INTEGER NOT NULL DEFAULT 1,
                      status TEXT NOT NULL,
                      score REAL, variant TEXT, recall REAL, precision REAL,
                      turns INTEGER NOT NULL DEFAULT 0,
                      cost_usd REAL NOT NULL DEFAULT 0,
                      input_tokens INTEGER NOT NULL DEFAULT 0,
                      output_tokens INTEGER NOT NULL DEFAULT 0,
                      sandbox TEXT,
                      started_at TEXT, ended_at TEXT,
                      error TEXT,
                      config_json TEXT NOT NULL DEFAULT '{}',
                      submission_json TEXT)""",
                    "CREATE INDEX runs_by_task_agent ON runs(task_id, agent)",
                    "CREATE INDEX runs_by_benchmark ON runs(benchmark_id, status)",
                    """
                    CREATE TABLE turns (
                      run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                      idx INTEGER NOT NULL,
                      at TEXT NOT NULL,
                      codec INTEGER NOT NULL,
                      payload BLOB NOT NULL,
                      PRIMARY KEY (run_id, idx)) WITHOUT ROWID""",
                    """
                    CREATE TABLE scores (
                      run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                      variant TEXT NOT NULL,
                      score REAL NOT NULL, recall REAL NOT NULL, precision REAL NOT NULL,
                      detail_json TEXT NOT NULL,
                      PRIMARY KEY (run_id, variant))""",
                    """
                    CREATE TABLE annotations (
                      id INTEGER PRIMARY KEY,
                      run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                      entity TEXT NOT NULL,
                      target TEXT NOT NULL,
                      label TEXT NOT NULL,
                      turn INTEGER,
                      note TEXT NOT NULL DEFAULT '',
                      author TEXT NOT NULL,
                      created_at TEXT NOT NULL,
                      updated_at TEXT NOT NULL)""",
                    "CREATE INDEX annotations_by_run ON annotations(run_id)",
                    "CREATE VIRTUAL TABLE turn_fts USING fts5(text, run_id UNINDEXED, turn_idx UNINDEXED)"),
            // 1 -> 2: how many times an errored run was retried (resume --retry-errored), shown in reports
            List.of("ALTER TABLE runs ADD COLUMN retries INTEGER NOT NULL DEFAULT 0"));

    /** The schema version this build writes. */
    static final int LATEST = STEPS.size();

    private Migrations() {
    }

    /** Brings {@code c} from {@code from} to {@link #LATEST}, one transaction per step. */
    static void migrate(Connection c, int from) throws SQLException {
        for (int v = from; v < LATEST; v++) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : STEPS.get(v)) {
                    s.execute(sql);
                }
                s.execute("PRAGMA user_version = " + (v + 1));
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }
}
