package io.srebench.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.agent.trajectory.RunInfo;
import io.srebench.agent.trajectory.Submission;
import io.srebench.agent.trajectory.Trajectory;
import io.srebench.agent.trajectory.TrajectoryIO;
import io.srebench.agent.trajectory.Turn;
import io.srebench.run.AgentSessionExecutor;
import io.srebench.run.NewRun;
import io.srebench.run.RunRepository;
import io.srebench.run.RunStatus;
import io.srebench.run.ScoreRecord;
import io.srebench.run.TaskScoring;
import io.srebench.run.TurnRecord;
import io.srebench.score.ScoreVariant;
import io.srebench.task.BadInputException;
import io.srebench.task.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Imports run files into a store, all or nothing per file: a file is parsed completely (and its runs scored) before
 * anything is written; if a write then fails, the runs already written for that file are deleted again.
 *
 * <p>Imported runs belong to benchmark 0, carry the source agent and model names, status {@code done} ({@code
 * errored} / {@code interrupted} when the source says so), and a config JSON {@code {"import": {format, source,
 * sourceTaskId, ...source facts}, "run": <RunInfo>}}. A done run whose submission was recognised is scored in
 * both variants when its task is known ({@code set} primary). Runs re-imported from an srebench export get their
 * exported store facts back (config, scores, totals, times) instead.
 */
public final class ImportService {
    private final Function<String, Optional<Task>> tasks;
    private final TaskScoring scoring;
    private final ScoreVariant primary;

    /**
     * @param tasks task by srebench id, for scoring (may always answer empty)
     * @param scoring scorer of submissions
     * @param primary the variant copied into the run summary
     */
    public ImportService(Function<String, Optional<Task>> tasks, TaskScoring scoring, ScoreVariant primary) {
        this.tasks = tasks;
        this.scoring = scoring;
        this.primary = primary;
    }

    /**
     * What happened to one input.
     *
     * @param format the detected format, or null when it could not be told
     * @param runIds store ids of the imported runs (empty when refused)
     * @param error the one-line refusal, or null
     */
    public record FileOutcome(Path file, ImportFormat format, List<Long> runIds, String error) {
        public boolean refused() {
            return error != null;
        }
    }

    /** Imports each file in turn; a refused file does not stop the others. */
    public static List<FileOutcome> importFiles(List<Path> files, RunRepository repo,
                                                Function<String, Optional<Task>> tasks, TaskScoring scoring) {
        ImportService s = new ImportService(tasks, scoring, ScoreVariant.SET);
        List<FileOutcome> out = new ArrayList<>();
        for (Path f : files) {
            out.add(s.importFile(f, repo));
        }
        return out;
    }

    public FileOutcome importFile(Path file, RunRepository repo) {
        Importers.ImportResult parsed;
        List<Prepared> prepared = new ArrayList<>();
        try {
            parsed = Importers.read(file);
            for (ImportedRun r : parsed.runs()) {
                prepared.add(prepare(r));
            }
        } catch (BadInputException e) {
            return new FileOutcome(file, null, List.of(), ImportJson.oneLine(e.getMessage()));
        }
        List<Long> written = new ArrayList<>();
        Instant fallback = fallbackTime(file);
        try {
            for (Prepared p : prepared) {
                if (p.run().restore() != null) {
                    restore(p.run(), repo, written, fallback);
                } else {
                    write(p, repo, written, fallback);
                }
            }
        } catch (RuntimeException e) {
            for (int i = written.size() - 1; i >= 0; i--) {
                try {
                    repo.deleteRun(written.get(i));
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            return new FileOutcome(file, parsed.format(), List.of(), file + ": store write failed, nothing imported: "
                    + ImportJson.oneLine(e.getMessage()));
        }
        return new FileOutcome(file, parsed.format(), List.copyOf(written), null);
    }

    private record Prepared(ImportedRun run, List<ScoreRecord> scores) {
    }

    private Prepared prepare(ImportedRun r) {
        Trajectory t = r.trajectory();
        Submission s = t.submission();
        if (r.restore() != null || t.run().status() != io.srebench.agent.trajectory.RunStatus.DONE || s == null
                || !s.submitted()) {
            return new Prepared(r, List.of());
        }
        Optional<Task> task = tasks.apply(t.run().taskId());
        if (task.isEmpty()) {
            return new Prepared(r, List.of());
        }
        String json = TrajectoryIO.MAPPER.valueToTree(s.entities()).toString();
        return new Prepared(r, scoring.scoreAll(task.get(), TaskScoring.parseSubmission(task.get(), json)));
    }

    private void write(Prepared p, RunRepository repo, List<Long> written, Instant fallback) {
        ImportedRun r = p.run();
        Trajectory t = r.trajectory();
        RunInfo info = t.run();
        long id = repo.createRun(new NewRun(0, info.taskId(), info.agent() == null ? r.format().id() : info.agent(),
                r.model(), repeat(r.sourceInfo()), config(r)));
        written.add(id);
        Instant start = info.startedAt() != null ? info.startedAt() : info.endedAt() != null ? info.endedAt() : fallback;
        repo.markRunning(id, info.sandboxBackend(), start);
        double cost = 0;
        long in = 0;
        long out = 0;
        boolean anyCost = false;
        Double total = ImportJson.doubleOrNull(r.sourceInfo(), "totalCostUsd");
        List<Turn> turns = t.turns();
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            cost += turn.costUsd() == null ? 0 : turn.costUsd();
            anyCost |= turn.costUsd() != null;
            in += turn.usage().input();
            out += turn.usage().output();
            double shown = i == turns.size() - 1 && !anyCost && total != null ? total : cost;
            Instant at = turn.endedAt() != null ? turn.endedAt() : turn.startedAt() != null ? turn.startedAt() : start;
            repo.appendTurn(id, new TurnRecord(i, at, TrajectoryIO.turnLine(renumbered(turn, i)),
                    AgentSessionExecutor.searchText(turn)), shown, in, out);
        }
        for (ScoreRecord s : p.scores()) {
            repo.putScore(id, s, s.variant().equals(primary.id()));
        }
        RunStatus status = info.status() == null ? RunStatus.INTERRUPTED : RunStatus.parse(info.status().id());
        String submission = t.submission() == null ? null : ImportJson.compact(t.submission());
        repo.finishRun(id, status, info.error(), submission, info.endedAt() != null ? info.endedAt() : start);
    }

    private static Turn renumbered(Turn t, int i) {
        if (t.index() == i + 1) {
            return t;
        }
        return new Turn(i + 1, t.startedAt(), t.endedAt(), t.inputDelta(), t.assistantText(), t.reasoning(), t.toolCalls(),
                t.toolResults(), t.usage(), t.modelLatencyMs(), t.toolTimeMs(), t.costUsd(), t.trims(), t.malformedCalls(),
                t.stopReason());
    }

    private static void restore(ImportedRun r, RunRepository repo, List<Long> written, Instant fallback) {
        StoreFacts f = r.restore().facts();
        long id = repo.createRun(new NewRun(0, f.taskId(), f.agent(), f.model(), f.repeat(), f.configJson()));
        written.add(id);
        if (f.startedAt() != null) {
            repo.markRunning(id, f.sandbox(), f.startedAt());
        }
        List<String> lines = r.restore().turnJson();
        List<Turn> turns = r.trajectory().turns();
        double cost = 0;
        long in = 0;
        long out = 0;
        for (int i = 0; i < lines.size(); i++) {
            Turn turn = turns.get(i);
            boolean last = i == lines.size() - 1;
            cost += turn.costUsd() == null ? 0 : turn.costUsd();
            in += turn.usage().input();
            out += turn.usage().output();
            Instant at = !f.turnAt().isEmpty() ? f.turnAt().get(i)
                    : turn.endedAt() != null ? turn.endedAt() : fallback;
            repo.appendTurn(id, new TurnRecord(i, at, lines.get(i), AgentSessionExecutor.searchText(turn)),
                    last ? f.costUsd() : cost, last ? f.inputTokens() : in, last ? f.outputTokens() : out);
        }
        for (ScoreRecord s : f.scores()) {
            repo.putScore(id, s, s.variant().equals(f.variant()));
        }
        RunStatus st = RunStatus.parse(f.status());
        if (st.isFinal()) {
            Instant end = f.endedAt() != null ? f.endedAt() : f.startedAt() != null ? f.startedAt() : fallback;
            repo.finishRun(id, st, f.error(), f.submissionJson(), end);
        }
    }

    private static int repeat(JsonNode info) {
        for (String k : new String[] {"epoch", "trial"}) {
            int v = info.path(k).asInt(0);
            if (v > 0) {
                return v;
            }
        }
        return 1;
    }

    private static String config(ImportedRun r) {
        ObjectNode root = ImportJson.READER.createObjectNode();
        ObjectNode imp = root.putObject("import");
        imp.put("format", r.format().id());
        imp.put("source", Path.of(r.sourceFile()).toAbsolutePath().toString());
        if (r.sourceTaskId() != null) {
            imp.put("sourceTaskId", r.sourceTaskId());
        }
        imp.setAll(r.sourceInfo());
        root.set("run", TrajectoryIO.MAPPER.valueToTree(r.trajectory().run()));
        return ImportJson.compact(root);
    }

    private static Instant fallbackTime(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
