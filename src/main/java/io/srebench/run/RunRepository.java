package io.srebench.run;

import io.srebench.trajectory.RunStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where runs and their turns are kept. The SQLite store implements it; runs are written through {@link RunRecorder},
 * read by the runner, CLI and studio.
 *
 * <p>Contract: every method is safe to call from several threads; each write is durable when the
 * method returns (a process killed afterwards loses nothing written before); turns of one run are
 * appended in index order and never mix with another run's.
 */
public interface RunRepository extends AutoCloseable {
    long createBenchmark(String name, String specJson);

    Optional<BenchmarkRecord> benchmark(long id);

    List<BenchmarkRecord> benchmarks();

    /** Creates a queued run and returns its id. */
    long createRun(NewRun run);

    void markRunning(long runId, String sandboxBackend, Instant at);

    /**
     * Appends one turn and updates the run's running totals.
     *
     * @param costUsd the run's total cost after this turn
     * @param inputTokens the run's total input tokens after this turn
     * @param outputTokens the run's total output tokens after this turn
     */
    void appendTurn(long runId, TurnRecord turn, double costUsd, long inputTokens, long outputTokens);

    void finishRun(long runId, RunStatus status, String error, String submissionJson, Instant at);

    /** Records a score; the {@code primary} one is also copied into the run summary. */
    void putScore(long runId, ScoreRecord score, boolean primary);

    /**
     * Starts a run over: deletes its turns and scores and sets it back to queued. Used on resume for
     * a run that was interrupted, after the partial one is kept via {@link #copyAsInterrupted(long)}.
     */
    void resetRun(long runId);

    /** Copies a partial run (with its turns) into a new run marked interrupted; returns the copy's id. */
    long copyAsInterrupted(long runId);

    /**
     * Puts an errored run back in the queue as {@link #resetRun} does, and records the retry: the run's
     * {@link RunSummary#retries()} grows by one, so reports show that its result came from a retry.
     */
    void retryErrored(long runId);

    /**
     * Deletes a run with its turns, scores, search entries and annotations (one transaction). Used to undo a
     * partly written import; deleting an unknown id does nothing.
     */
    void deleteRun(long runId);

    List<RunSummary> list(RunQuery query);

    Optional<RunSummary> run(long runId);

    Optional<RunDetail> detail(long runId);

    /** Turn contents of one run, in order; loaded on demand. */
    List<TurnRecord> turns(long runId);

    /** Turn contents from index {@code from} (inclusive) on, for following a live run. */
    List<TurnRecord> turnsFrom(long runId, int from);

    /** Runs whose transcripts match a full-text query, with a snippet each. */
    List<SearchHit> search(String text, int limit);

    @Override
    void close();

    /** Ids of runs whose config JSON is exactly {@code configJson}, oldest first (how a re-imported export is found). */
    default List<Long> withConfig(String configJson) {
        List<Long> ids = new ArrayList<>();
        for (RunSummary s : list(RunQuery.all())) {
            if (detail(s.id()).map(d -> d.configJson().equals(configJson)).orElse(false)) {
                ids.add(s.id());
            }
        }
        ids.sort(null);
        return ids;
    }

    /**
     * Ids of imported runs whose config records {@code import.contentSha256 == sha256}, oldest first (how a re-import
     * of the same file is recognised). The default scans every run; stores answer from an index or query.
     */
    default List<Long> importedFrom(String sha256) {
        String needle = "\"contentSha256\":\"" + sha256 + "\"";
        List<Long> ids = new ArrayList<>();
        for (RunSummary s : list(RunQuery.all())) {
            if (s.benchmarkId() == 0 && detail(s.id()).map(d -> d.configJson().contains(needle)).orElse(false)) {
                ids.add(s.id());
            }
        }
        ids.sort(null);
        return ids;
    }

    /** A full-text search hit. */
    record SearchHit(long runId, int turnIndex, String snippet) {
    }
}
