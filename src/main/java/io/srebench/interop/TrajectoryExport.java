package io.srebench.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.trajectory.EndpointInfo;
import io.srebench.trajectory.RunInfo;
import io.srebench.trajectory.RunStatus;
import io.srebench.trajectory.Submission;
import io.srebench.trajectory.TrajectoryIO;
import io.srebench.run.Annotation;
import io.srebench.run.AnnotationRepository;
import io.srebench.run.RunDetail;
import io.srebench.run.RunRepository;
import io.srebench.run.RunSummary;
import io.srebench.run.TurnRecord;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes runs from a store as srebench trajectory JSONL (docs/trajectory.md, schema in
 * docs/trajectory.schema.json): for each run a header line, its turn lines, a footer line; runs follow one another.
 * Turn lines are the stored turn JSON, verbatim. The footer carries a {@code store} object ({@link StoreFacts}) so
 * that {@link ImportService} reproduces the runs exactly, their annotations included; other readers ignore it.
 * Runs are loaded one at a time,
 * so memory stays bounded by the largest run.
 */
public final class TrajectoryExport {
    private TrajectoryExport() {
    }

    /**
     * Writes the runs in the given order, with their annotations when the repository keeps them; returns how many
     * were written.
     */
    public static int writeJsonl(RunRepository repo, List<RunSummary> runs, Writer out) throws IOException {
        return writeJsonl(repo, repo instanceof AnnotationRepository a ? a : null, runs, out);
    }

    /** Writes the runs in the given order, each with its annotations from {@code notes} (none when null). */
    public static int writeJsonl(RunRepository repo, AnnotationRepository notes, List<RunSummary> runs, Writer out)
            throws IOException {
        int n = 0;
        for (RunSummary s : runs) {
            RunDetail d = repo.detail(s.id()).orElse(null);
            if (d == null) {
                continue;
            }
            List<TurnRecord> turns = repo.turns(s.id());
            writeRun(d, turns, notes == null ? List.of() : notes.annotations(s.id()), out);
            n++;
        }
        out.flush();
        return n;
    }

    static void writeRun(RunDetail d, List<TurnRecord> turns, List<Annotation> annotations, Writer out)
            throws IOException {
        RunInfo info = runInfo(d);
        out.write(TrajectoryIO.headerLine(info));
        out.write('\n');
        for (TurnRecord t : turns) {
            out.write(turnLine(t));
            out.write('\n');
        }
        ObjectNode footer = TrajectoryIO.MAPPER.createObjectNode();
        footer.put("type", "footer");
        if (info.endedAt() != null) {
            footer.put("endedAt", info.endedAt().toString());
        }
        if (info.status() != null) {
            footer.put("status", info.status().label());
        }
        if (info.error() != null) {
            footer.put("error", info.error());
        }
        Submission sub = submission(d.submissionJson());
        if (sub != null) {
            footer.set("submission", TrajectoryIO.MAPPER.valueToTree(sub));
        }
        footer.set("store", TrajectoryIO.MAPPER.valueToTree(StoreFacts.of(d, turns, annotations)));
        out.write(ImportJson.compact(footer));
        out.write('\n');
    }

    /** The stored turn JSON when it is a one-line turn line; otherwise a turn line carrying it as {@code stored}. */
    static String turnLine(TurnRecord t) {
        String json = t.json();
        if (json != null && json.indexOf('\n') < 0 && json.indexOf('\r') < 0) {
            JsonNode n = ToolCalls.parseObject(json);
            if (n != null && "turn".equals(n.path("type").asText()) && n.path("turn").isObject()) {
                return json;
            }
        }
        ObjectNode line = TrajectoryIO.MAPPER.createObjectNode();
        line.put("type", "turn");
        line.putObject("turn").put("index", t.index() + 1);
        line.put("stored", json == null ? "" : json);
        return ImportJson.compact(line);
    }

    /** The run's metadata: the {@code run} recorded in its config (imports) with the summary's facts on top. */
    static RunInfo runInfo(RunDetail d) {
        RunSummary s = d.summary();
        RunInfo base = null;
        JsonNode config = ToolCalls.parseObject(d.configJson());
        if (config != null && config.path("run").isObject()) {
            try {
                base = TrajectoryIO.MAPPER.treeToValue(config.get("run"), RunInfo.class);
            } catch (IOException | IllegalArgumentException e) {
                base = null;
            }
        }
        RunStatus status = switch (s.status()) {
            case DONE -> RunStatus.DONE;
            case ERRORED -> RunStatus.ERRORED;
            case INTERRUPTED -> RunStatus.INTERRUPTED;
            default -> null;
        };
        EndpointInfo ep = base != null ? base.endpoint()
                : s.model() == null ? null : new EndpointInfo(null, null, s.model(), null, null, null);
        String runId = base != null && base.runId() != null ? base.runId() : "store-" + s.id();
        return new RunInfo(runId, s.taskId(), s.agent(), ep, s.sandbox(), s.startedAt(), s.endedAt(), status, s.error(),
                base == null ? 0 : base.maxTurns(), base == null ? 0 : base.commandTimeoutSeconds(),
                base == null ? 0 : base.contextBudgetTokens());
    }

    /** A stored submission as the trajectory's: our own JSON, or a bare list of entity strings. */
    static Submission submission(String json) {
        JsonNode n = ToolCalls.parseObject(json);
        if (n != null && n.path("entities").isArray()) {
            try {
                return TrajectoryIO.MAPPER.treeToValue(n, Submission.class);
            } catch (IOException | IllegalArgumentException e) {
                return null;
            }
        }
        if (json != null && json.strip().startsWith("[")) {
            try {
                JsonNode list = ImportJson.READER.readTree(json);
                List<String> entities = new ArrayList<>();
                for (JsonNode e : list) {
                    entities.add(e.isTextual() ? e.asText() : ImportJson.compact(e));
                }
                return new Submission(entities, null, true);
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }
}
