package io.srebench.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.common.Text;
import io.srebench.trajectory.RunInfo;
import io.srebench.trajectory.Submission;
import io.srebench.trajectory.Trajectory;
import io.srebench.trajectory.TrajectoryIO;
import io.srebench.trajectory.Turn;
import io.srebench.run.AgentSessionExecutor;
import io.srebench.run.AnnotationRepository;
import io.srebench.run.NewRun;
import io.srebench.run.RunRepository;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.RunRecorder;
import io.srebench.run.TaskScoring;
import io.srebench.run.TurnRecord;
import io.srebench.score.Score;
import io.srebench.score.ScoreVariant;
import io.srebench.common.BadInputException;
import io.srebench.task.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Imports run files into a store, all or nothing per file: a file is parsed completely (and its runs scored) before
 * anything is written; if a write then fails, the runs already written for that file are deleted again.
 *
 * <p>Imported runs belong to benchmark 0, carry the source agent and model names, status {@code done} ({@code
 * errored} / {@code interrupted} when the source says so), and a config JSON {@code {"import": {format, source,
 * sourceTaskId, ...source facts}, "run": <RunInfo>}}. A done run whose submission was recognised is scored in
 * both variants when its task is known ({@code set} primary). Runs re-imported from an srebench export get their
 * exported store facts back (config, scores, totals, times) instead, and their annotations when the store keeps
 * annotations.
 */
public final class ImportService {
    private final Function<String, Optional<Task>> tasks;
    private final TaskScoring scoring;
    private static final Pattern RUN_FILE = Pattern.compile("(?i).*\\.(eval|json|jsonl|traj)");
    private final ScoreVariant primary;
    private Map<String, String> taskMap = Map.of();

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
     * @param runIds store ids of the imported runs (empty when refused or already imported)
     * @param error the one-line refusal, or null
     * @param alreadyImported store ids of the runs an earlier import of the same content made (then nothing is written)
     * @param notes what was skipped or left unscored, and why (one short clause each)
     */
    public record FileOutcome(Path file, ImportFormat format, List<Long> runIds, String error, List<Long> alreadyImported,
                              List<String> notes) {
        public FileOutcome {
            runIds = List.copyOf(runIds);
            alreadyImported = List.copyOf(alreadyImported);
            notes = List.copyOf(notes);
        }

        public FileOutcome(Path file, ImportFormat format, List<Long> runIds, String error) {
            this(file, format, runIds, error, List.of(), List.of());
        }

        public boolean refused() {
            return error != null;
        }

        public boolean skippedAsDuplicate() {
            return !alreadyImported.isEmpty();
        }

        /** One line: the refusal, "already imported", or the runs imported and what was skipped. */
        public String summary() {
            if (refused()) {
                return error;
            }
            if (skippedAsDuplicate()) {
                return file + ": " + format.id() + ", already imported (run" + (alreadyImported.size() == 1 ? " " : "s ")
                        + join(alreadyImported) + "); nothing written";
            }
            if (format == null) {
                return file + ": directory; " + String.join("; ", notes);
            }
            int n = runIds.size();
            return file + ": " + format.id() + ", " + n + " run" + (n == 1 ? "" : "s") + " imported"
                    + (notes.isEmpty() ? "" : "; " + String.join("; ", notes));
        }

        private static String join(List<Long> ids) {
            StringBuilder sb = new StringBuilder();
            for (Long id : ids) {
                sb.append(sb.length() == 0 ? "" : ", ").append(id);
            }
            return sb.toString();
        }
    }

    /** Source task names mapped to srebench task ids (for names {@link TaskIds} cannot map); returns this. */
    public ImportService withTaskMap(Map<String, String> map) {
        this.taskMap = Map.copyOf(map);
        return this;
    }

    /** Imports each file in turn; a refused file does not stop the others. */
    public static List<FileOutcome> importFiles(List<Path> files, RunRepository repo,
                                                Function<String, Optional<Task>> tasks, TaskScoring scoring) {
        return new ImportService(tasks, scoring, ScoreVariant.SET).importAll(files, repo);
    }

    /**
     * Imports each file in turn; a refused file does not stop the others. A directory that is not an ITBench output
     * tree (an Inspect log directory, a Harbor job directory, ...) is imported file by file: every file whose format
     * is recognised, the others listed as skipped in one more outcome for the directory.
     */
    public List<FileOutcome> importAll(List<Path> files, RunRepository repo) {
        List<FileOutcome> out = new ArrayList<>();
        for (Path f : files) {
            if (Files.isDirectory(f) && ItbenchImporter.outputsUnder(f).isEmpty()) {
                out.addAll(importDirectory(f, repo));
            } else {
                out.add(importFile(f, repo));
            }
        }
        return out;
    }

    private List<FileOutcome> importDirectory(Path dir, RunRepository repo) {
        List<Path> candidates;
        try (Stream<Path> s = Files.walk(dir, 6)) {
            candidates = s.filter(Files::isRegularFile).filter(p -> RUN_FILE.matcher(p.getFileName().toString()).matches())
                    .sorted().toList();
        } catch (IOException e) {
            return List.of(new FileOutcome(dir, null, List.of(), dir + ": cannot list: " + Text.oneLine(e.getMessage())));
        }
        List<FileOutcome> out = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path f : candidates) {
            try {
                FormatDetector.detect(f);
            } catch (BadInputException e) {
                skipped.add(dir.relativize(f).toString());
                continue;
            }
            out.add(importFile(f, repo));
        }
        if (out.isEmpty()) {
            return List.of(new FileOutcome(dir, null, List.of(), dir + ": no run files srebench reads in this directory ("
                    + candidates.size() + " .eval/.json/.jsonl files looked at)"));
        }
        if (!skipped.isEmpty()) {
            String shown = String.join(", ", skipped.subList(0, Math.min(5, skipped.size())))
                    + (skipped.size() > 5 ? ", ..." : "");
            out.add(new FileOutcome(dir, null, List.of(), null, List.of(), List.of("skipped " + skipped.size()
                    + (skipped.size() == 1 ? " file that is not a run file (" : " files that are not run files (") + shown
                    + ")")));
        }
        return out;
    }

    /**
     * Imports one file (or ITBench directory). Content already imported (same SHA-256, recorded as {@code
     * import.contentSha256} in each run's config) is not imported again: the outcome names the earlier runs.
     */
    public FileOutcome importFile(Path file, RunRepository repo) {
        Importers.ImportResult parsed;
        List<Prepared> prepared = new ArrayList<>();
        String sha256;
        List<String> notes = new ArrayList<>();
        try {
            parsed = Importers.read(file);
            sha256 = ContentHash.of(file);
            List<Long> earlier = repo.importedFrom(sha256);
            if (earlier.isEmpty()) {
                earlier = restoredBefore(parsed.runs(), repo);
            }
            if (!earlier.isEmpty()) {
                return new FileOutcome(file, parsed.format(), List.of(), null, earlier, List.of());
            }
            for (ImportedRun r : parsed.runs()) {
                ImportNotes.recordStepTotals(r);
                prepared.add(prepare(mapped(r, sha256)));
            }
            notes.addAll(ImportNotes.of(parsed, prepared.stream().map(Prepared::unscored).toList()));
        } catch (BadInputException e) {
            return new FileOutcome(file, null, List.of(), Text.oneLine(e.getMessage()));
        }
        List<Long> written = new ArrayList<>();
        Instant fallback = fallbackTime(file);
        RunRecorder recorder = new RunRecorder(repo);
        try {
            for (Prepared p : prepared) {
                if (p.run().restore() != null) {
                    restore(p.run(), recorder, repo, written, fallback);
                } else {
                    write(p, recorder, written, fallback);
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
                    + Text.oneLine(e.getMessage()));
        }
        return new FileOutcome(file, parsed.format(), written, null, List.of(), notes);
    }

    /**
     * For an srebench export whose every run is already in the store (same config, task, agent, start and turn
     * count), those runs; else empty. Exports keep their runs' configs verbatim, so the content hash cannot be added.
     */
    private static List<Long> restoredBefore(List<ImportedRun> runs, RunRepository repo) {
        List<Long> found = new ArrayList<>();
        for (ImportedRun r : runs) {
            if (r.restore() == null) {
                return List.of();
            }
            StoreFacts f = r.restore().facts();
            Optional<Long> same = repo.withConfig(f.configJson()).stream().filter(id -> repo.run(id)
                    .filter(s -> s.taskId().equals(f.run().taskId()) && s.agent().equals(f.run().agent())
                            && Objects.equals(s.startedAt(), f.startedAt()) && s.turns() == f.totals().turns()
                            && !found.contains(s.id())).isPresent()).findFirst();
            if (same.isEmpty()) {
                return List.of();
            }
            found.add(same.get());
        }
        return found;
    }

    /** The run with its task id from the task map (by source name, then by id) and the content hash recorded. */
    private ImportedRun mapped(ImportedRun r, String sha256) {
        if (r.restore() != null) {
            return r;
        }
        r.sourceInfo().put("contentSha256", sha256);
        String to = r.sourceTaskId() == null ? null : taskMap.get(r.sourceTaskId());
        if (to == null) {
            to = taskMap.get(r.taskId());
        }
        if (to == null || to.equals(r.taskId())) {
            return r;
        }
        Trajectory t = r.trajectory();
        RunInfo i = t.run();
        RunInfo moved = new RunInfo(i.runId(), to, i.agent(), i.endpoint(), i.sandboxBackend(), i.startedAt(), i.endedAt(),
                i.status(), i.error(), i.maxTurns(), i.commandTimeoutSeconds(), i.contextBudgetTokens());
        return new ImportedRun(new Trajectory(t.schema(), moved, t.turns(), t.submission()),
                r.sourceTaskId() == null ? r.taskId() : r.sourceTaskId(), r.format(), r.sourceFile(), r.sourceInfo(), null);
    }

    /** A parsed run ready to write: its scores, or why it has none (null when scored or restored). */
    private record Prepared(ImportedRun run, List<Score> scores, String unscored) {
    }

    private Prepared prepare(ImportedRun r) {
        Trajectory t = r.trajectory();
        Submission s = t.submission();
        if (r.restore() != null) {
            return new Prepared(r, List.of(), null);
        }
        if (t.run().status() != io.srebench.trajectory.RunStatus.DONE) {
            return new Prepared(r, List.of(), "run did not finish");
        }
        if (s == null || !s.submitted()) {
            return new Prepared(r, List.of(), "no submission recognised");
        }
        if ("unknown".equals(t.run().taskId())) {
            return new Prepared(r, List.of(), "the source names no task (use --task-map)");
        }
        Optional<Task> task = tasks.apply(t.run().taskId());
        if (task.isEmpty()) {
            return new Prepared(r, List.of(), "task " + t.run().taskId() + ImportNotes.UNKNOWN_TASK);
        }
        String json = TrajectoryIO.MAPPER.valueToTree(s.entities()).toString();
        return new Prepared(r, scoring.scoreAll(task.get(), TaskScoring.parseSubmission(task.get(), json)), null);
    }

    private void write(Prepared p, RunRecorder recorder, List<Long> written, Instant fallback) {
        ImportedRun r = p.run();
        Trajectory t = r.trajectory();
        RunInfo info = t.run();
        RunRecorder.Recording run = recorder.create(new NewRun(0, info.taskId(),
                info.agent() == null ? r.format().id() : info.agent(), r.model(), repeat(r.sourceInfo()), config(r)));
        written.add(run.id());
        Instant start = info.startedAt() != null ? info.startedAt() : info.endedAt() != null ? info.endedAt() : fallback;
        run.started(info.sandboxBackend(), start);
        double cost = 0;
        long in = 0;
        long out = 0;
        boolean anyCost = false;
        Double total = ImportJson.doubleOrNull(r.sourceInfo(), "totalCostUsd");
        JsonNode source = r.sourceInfo().path("sourceTotals");
        if (!source.path("kept").asBoolean(false)) {
            source = ImportJson.READER.createObjectNode();
        }
        List<Turn> turns = t.turns();
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            cost += turn.costUsd() == null ? 0 : turn.costUsd();
            anyCost |= turn.costUsd() != null;
            in += turn.usage().input();
            out += turn.usage().output();
            boolean last = i == turns.size() - 1;
            double shown = last && !anyCost && total != null ? total : cost;
            long inShown = in;
            long outShown = out;
            if (last) {
                // the source's own totals, when kept, win over the sum of its steps (ATIF final_metrics)
                shown = source.has("costUsd") ? source.get("costUsd").asDouble() : shown;
                inShown = source.has("inputTokens") ? source.get("inputTokens").asLong() : in;
                outShown = source.has("outputTokens") ? source.get("outputTokens").asLong() : out;
            }
            Instant at = turn.endedAt() != null ? turn.endedAt() : turn.startedAt() != null ? turn.startedAt() : start;
            run.turn(new TurnRecord(i, at, TrajectoryIO.turnLine(renumbered(turn, i)),
                    AgentSessionExecutor.searchText(turn)), shown, inShown, outShown);
        }
        run.scores(p.scores(), primary);
        RunStatus status = info.status() == null ? RunStatus.INTERRUPTED : info.status();
        String submission = t.submission() == null ? null : ImportJson.compact(t.submission());
        run.finish(status, info.error(), submission, info.endedAt() != null ? info.endedAt() : start);
    }

    private static Turn renumbered(Turn t, int i) {
        if (t.index() == i + 1) {
            return t;
        }
        return new Turn(i + 1, t.startedAt(), t.endedAt(), t.inputDelta(), t.assistantText(), t.reasoning(), t.toolCalls(),
                t.toolResults(), t.usage(), t.modelLatencyMs(), t.toolTimeMs(), t.costUsd(), t.trims(), t.malformedCalls(),
                t.stopReason());
    }

    private static void restore(ImportedRun r, RunRecorder recorder, RunRepository repo, List<Long> written,
                                Instant fallback) {
        StoreFacts f = r.restore().facts();
        RunRecorder.Recording run = recorder.create(new NewRun(0, f.run().taskId(), f.run().agent(), f.run().model(),
                f.run().repeat(), f.configJson()));
        long id = run.id();
        written.add(id);
        if (f.startedAt() != null) {
            run.started(f.sandbox(), f.startedAt());
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
            run.turn(new TurnRecord(i, at, lines.get(i), AgentSessionExecutor.searchText(turn)),
                    last ? f.totals().costUsd() : cost, last ? f.totals().inputTokens() : in,
                    last ? f.totals().outputTokens() : out);
        }
        // the exported primary variant; an unknown one marks no score primary, as the store had none
        run.stored(f.scores(), ScoreVariant.find(f.primary().variant()).orElse(null));
        RunStatus st = RunStatus.parse(f.status());
        if (st.isFinal()) {
            Instant end = f.endedAt() != null ? f.endedAt() : f.startedAt() != null ? f.startedAt() : fallback;
            run.finish(st, f.error(), f.submissionJson(), end);
        }
        if (repo instanceof AnnotationRepository notes) {
            for (StoreFacts.Note n : f.annotations()) {
                notes.saveAnnotation(n.toAnnotation(id));
            }
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
