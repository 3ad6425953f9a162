package io.srebench.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.common.Text;
import io.srebench.trajectory.RunInfo;
import io.srebench.trajectory.RunStatus;
import io.srebench.trajectory.Submission;
import io.srebench.trajectory.Trajectory;
import io.srebench.trajectory.TrajectoryIO;
import io.srebench.trajectory.Turn;
import io.srebench.common.BadInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads srebench trajectories: one {@code srebench.trajectory/1} JSON document, or JSONL holding one or more runs
 * (each a header line, turn lines, a footer line; {@link TrajectoryExport} writes such files). A footer carrying a
 * {@code store} object restores the run's store facts exactly, and turn lines are then kept verbatim. A run
 * without footer (one that was cut off) is imported as interrupted.
 */
final class SrebenchImporter {
    private SrebenchImporter() {
    }

    static List<ImportedRun> readJson(Path file, JsonNode root) {
        if (!root.isObject()) {
            throw new BadInputException(file + ": expected a trajectory object");
        }
        Trajectory t = TrajectoryIO.fromJson(ImportJson.compact(root), file.toString());
        return List.of(new ImportedRun(t, t.run().taskId(), ImportFormat.SREBENCH, file.toString(), null, null));
    }

    static List<ImportedRun> readJsonl(Path file) {
        List<ImportedRun> out = new ArrayList<>();
        String src = file.toString();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            RunInfo run = null;
            List<Turn> turns = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = parse(line, src, lineNo);
                String type = node.path("type").asText("");
                switch (type) {
                    case "header" -> {
                        if (run != null) {
                            out.add(unfinished(file, run, turns));
                        }
                        String schema = node.path("schema").asText(null);
                        if (!Trajectory.SCHEMA.equals(schema)) {
                            throw new BadInputException(src + ":" + lineNo + ": schema: expected \"" + Trajectory.SCHEMA
                                    + "\", found \"" + schema + "\"");
                        }
                        if (!node.path("run").isObject()) {
                            throw new BadInputException(src + ":" + lineNo + ": run: missing");
                        }
                        run = convert(node.get("run"), RunInfo.class, src, lineNo);
                        turns = new ArrayList<>();
                        lines = new ArrayList<>();
                    }
                    case "turn" -> {
                        if (run == null) {
                            throw new BadInputException(src + ":" + lineNo + ": turn line before any header line");
                        }
                        if (!node.path("turn").isObject()) {
                            throw new BadInputException(src + ":" + lineNo + ": turn: missing");
                        }
                        turns.add(convert(node.get("turn"), Turn.class, src, lineNo));
                        // an exported turn whose stored JSON was not a turn line carries it as "stored"
                        lines.add(node.path("stored").isTextual() ? node.get("stored").asText() : line);
                    }
                    case "footer" -> {
                        if (run == null) {
                            throw new BadInputException(src + ":" + lineNo + ": footer line before any header line");
                        }
                        out.add(finished(file, node, run, turns, lines, lineNo));
                        run = null;
                    }
                    default -> throw new BadInputException(src + ":" + lineNo + ": type: unknown line type \"" + type + "\"");
                }
            }
            if (run != null) {
                out.add(unfinished(file, run, turns));
            }
        } catch (IOException e) {
            throw new BadInputException(src + ": cannot read: " + Text.oneLine(e.getMessage()), e);
        }
        if (out.isEmpty()) {
            throw new BadInputException(src + ": no header line");
        }
        return out;
    }

    private static ImportedRun finished(Path file, JsonNode footer, RunInfo run, List<Turn> turns, List<String> lines,
                                        int lineNo) {
        String src = file.toString();
        Instant endedAt = footer.hasNonNull("endedAt") ? convert(footer.get("endedAt"), Instant.class, src, lineNo) : null;
        RunStatus status = footer.hasNonNull("status") ? convert(footer.get("status"), RunStatus.class, src, lineNo) : null;
        Submission submission = footer.hasNonNull("submission")
                ? convert(footer.get("submission"), Submission.class, src, lineNo) : null;
        RunInfo ended = run.ended(endedAt, status, ImportJson.text(footer, "error"));
        Trajectory t = new Trajectory(Trajectory.SCHEMA, ended, turns, submission);
        ImportedRun.StoredRun restore = null;
        if (footer.path("store").isObject()) {
            StoreFacts facts = convert(footer.get("store"), StoreFacts.class, src, lineNo);
            if (facts.turnAt().size() != lines.size() && !facts.turnAt().isEmpty()) {
                throw new BadInputException(src + ":" + lineNo + ": store.turnAt: " + facts.turnAt().size()
                        + " times for " + lines.size() + " turns");
            }
            for (StoreFacts.Note n : facts.annotations()) {
                try {
                    n.toAnnotation(0);
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new BadInputException(src + ":" + lineNo + ": store.annotations: unknown label \"" + n.label()
                            + "\"", e);
                }
            }
            restore = new ImportedRun.StoredRun(lines, facts);
        }
        return new ImportedRun(t, run.taskId(), ImportFormat.SREBENCH, src, null, restore);
    }

    private static ImportedRun unfinished(Path file, RunInfo run, List<Turn> turns) {
        RunInfo r = run.ended(run.endedAt(), RunStatus.INTERRUPTED, "trajectory has no footer: the run did not finish");
        return new ImportedRun(new Trajectory(Trajectory.SCHEMA, r, turns, null), run.taskId(), ImportFormat.SREBENCH,
                file.toString(), null, null);
    }

    private static JsonNode parse(String line, String src, int lineNo) {
        try {
            JsonNode n = ImportJson.READER.readTree(line);
            if (n == null || !n.isObject()) {
                throw new BadInputException(src + ":" + lineNo + ": expected a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new BadInputException(src + ":" + lineNo + ": malformed JSON: " + Text.oneLine(e.getOriginalMessage()),
                    e);
        }
    }

    private static <T> T convert(JsonNode node, Class<T> type, String src, int lineNo) {
        try {
            T v = TrajectoryIO.MAPPER.treeToValue(node, type);
            if (v == null) {
                throw new BadInputException(src + ":" + lineNo + ": bad " + type.getSimpleName() + ": null");
            }
            return v;
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            String msg = e instanceof JsonProcessingException jp ? jp.getOriginalMessage() : e.getMessage();
            throw new BadInputException(src + ":" + lineNo + ": bad " + type.getSimpleName() + ": "
                    + Text.oneLine(String.valueOf(msg)), e);
        }
    }
}
