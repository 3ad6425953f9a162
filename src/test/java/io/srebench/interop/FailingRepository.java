package io.srebench.interop;

import io.srebench.run.BenchmarkRecord;
import io.srebench.run.NewRun;
import io.srebench.run.RunDetail;
import io.srebench.run.RunQuery;
import io.srebench.run.RunRepository;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.RunSummary;
import io.srebench.run.ScoreRecord;
import io.srebench.run.TurnRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A store whose {@code appendTurn} fails after a number of successful calls, like a full disk. */
final class FailingRepository implements RunRepository {
    private final RunRepository d;
    private int appendsLeft;

    FailingRepository(RunRepository delegate, int appendsBeforeFailure) {
        this.d = delegate;
        this.appendsLeft = appendsBeforeFailure;
    }

    @Override
    public void appendTurn(long runId, TurnRecord turn, double costUsd, long inputTokens, long outputTokens) {
        if (appendsLeft-- <= 0) {
            throw new IllegalStateException("disk full");
        }
        d.appendTurn(runId, turn, costUsd, inputTokens, outputTokens);
    }

    @Override
    public long createBenchmark(String name, String specJson) {
        return d.createBenchmark(name, specJson);
    }

    @Override
    public Optional<BenchmarkRecord> benchmark(long id) {
        return d.benchmark(id);
    }

    @Override
    public List<BenchmarkRecord> benchmarks() {
        return d.benchmarks();
    }

    @Override
    public long createRun(NewRun run) {
        return d.createRun(run);
    }

    @Override
    public void markRunning(long runId, String sandboxBackend, Instant at) {
        d.markRunning(runId, sandboxBackend, at);
    }

    @Override
    public void finishRun(long runId, RunStatus status, String error, String submissionJson, Instant at) {
        d.finishRun(runId, status, error, submissionJson, at);
    }

    @Override
    public void putScore(long runId, ScoreRecord score, boolean primary) {
        d.putScore(runId, score, primary);
    }

    @Override
    public void resetRun(long runId) {
        d.resetRun(runId);
    }

    @Override
    public void retryErrored(long runId) {
        d.retryErrored(runId);
    }

    @Override
    public long copyAsInterrupted(long runId) {
        return d.copyAsInterrupted(runId);
    }

    @Override
    public void deleteRun(long runId) {
        d.deleteRun(runId);
    }

    @Override
    public List<RunSummary> list(RunQuery query) {
        return d.list(query);
    }

    @Override
    public Optional<RunSummary> run(long runId) {
        return d.run(runId);
    }

    @Override
    public Optional<RunDetail> detail(long runId) {
        return d.detail(runId);
    }

    @Override
    public List<TurnRecord> turns(long runId) {
        return d.turns(runId);
    }

    @Override
    public List<TurnRecord> turnsFrom(long runId, int from) {
        return d.turnsFrom(runId, from);
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        return d.search(text, limit);
    }

    @Override
    public void close() {
        d.close();
    }
}
