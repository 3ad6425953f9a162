package io.srebench.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.common.Text;
import io.srebench.trajectory.TokenUsage;
import io.srebench.trajectory.RunInfo;
import io.srebench.trajectory.RunStatus;
import io.srebench.trajectory.Submission;
import io.srebench.trajectory.ToolCallRecord;
import io.srebench.trajectory.Trajectory;
import io.srebench.trajectory.Turn;
import io.srebench.common.BadInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads ITBench SRE agent outputs. Given a file ({@code agent_output.json} or {@code agent_response.json}) it is
 * one run; given a directory, every output found in ITBench's layout {@code <incident>/<trial>/[outputs/]
 * agent_output.json} under it (the directory itself may be the outputs root, an incident or a trial) is a run, and
 * the directory is imported all or nothing. The task comes from the incident ({@link #incidentName}: a folder named
 * like {@code Scenario-3}, {@code incident_3}, or the bare number above a numeric run folder as in IBM's
 * {@code agent_outputs/<incident>/<run>/} and {@code data/<incident>/<run>/outputs/}), the repeat from the numeric
 * run folder; other incident names stay as they are, for {@code --task-map}.
 *
 * <p>The output must be a JSON object with an {@code entities} list whose items have a {@code name} (or, in the 2025
 * SRE-Agent shape, an {@code id}; {@code root_cause: false} like {@code contributing_factor: false} is not
 * submitted); a JSON string
 * holding a fenced {@code ```json} block is unwrapped (malformed JSON is not repaired: it is refused). Entities
 * with {@code contributing_factor: false} are not submitted. A trace beside the output ({@code *.jsonl} in the same
 * or the trial directory) is read when its lines are chat messages ({@code role} + {@code content}, OpenAI-style
 * {@code tool_calls}, or wrapped as {@code {"message": {...}}}); other lines are skipped and counted. Without a
 * trace the run has one turn holding the output.
 */
final class ItbenchImporter {
    static final Set<String> OUTPUT_NAMES = Set.of("agent_output.json", "agent_response.json");
    private static final Set<String> LAYOUT_ROOTS = Set.of("agent_outputs", "data", "outputs", "results", "runs");
    private static final Pattern FENCE = Pattern.compile("```(?:json)?\\s*\\n(.*?)```", Pattern.DOTALL);

    private ItbenchImporter() {
    }

    /**
     * The JSON text inside an agent output given as a JSON string (a fenced {@code ```json} block, or the whole
     * string), when it holds an {@code entities} key; else null. Used by format detection.
     */
    static String fencedOutput(String text) {
        Matcher m = FENCE.matcher(text);
        String inner = m.find() ? m.group(1) : text;
        return inner.strip().startsWith("{") && inner.contains("\"entities\"") ? inner : null;
    }

    /** Output files under a directory in ITBench's layout (also accepts the directory being a trial or incident). */
    static List<Path> outputsUnder(Path dir) {
        try (Stream<Path> s = Files.walk(dir, 4)) {
            return s.filter(p -> OUTPUT_NAMES.contains(p.getFileName().toString()) && Files.isRegularFile(p)).sorted()
                    .toList();
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot list: " + Text.oneLine(e.getMessage()), e);
        }
    }

    static List<ImportedRun> readDirectory(Path dir) {
        List<Path> outputs = outputsUnder(dir);
        if (outputs.isEmpty()) {
            throw new BadInputException(dir + ": no agent_output.json or agent_response.json in ITBench's layout");
        }
        List<ImportedRun> runs = new ArrayList<>();
        for (Path p : outputs) {
            runs.add(readFile(p, ImportJson.readTree(p), runs.size()));
        }
        return runs;
    }

    static ImportedRun readFile(Path file, JsonNode root, int index) {
        String src = file.toString();
        JsonNode out = root;
        if (out.isTextual()) {
            Matcher m = FENCE.matcher(out.asText());
            out = ImportJson.readTree((m.find() ? m.group(1) : out.asText()).getBytes(StandardCharsets.UTF_8), src);
        }
        if (!out.isObject()) {
            throw new BadInputException(src + ": expected an agent output object with \"entities\"");
        }
        JsonNode entities = out.get("entities");
        if (entities == null || !entities.isArray()) {
            throw new BadInputException(src + ": entities: missing (expected a list)");
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            JsonNode e = entities.get(i);
            String name = e.isTextual() ? e.asText() : ImportJson.text(e, "name");
            if (name == null) {
                name = ImportJson.text(e, "id"); // 2025 SRE-Agent shape: {id, root_cause, ...}
            }
            if (name == null) {
                throw new BadInputException(src + ": entities[" + i + "]: missing name (or id)");
            }
            if (!isFalse(e, "contributing_factor") && !isFalse(e, "root_cause")) {
                names.add(name.trim());
            }
        }
        Path trial = file.getParent() != null && "outputs".equals(String.valueOf(file.getParent().getFileName()))
                ? file.getParent().getParent() : file.getParent();
        List<Turn> turns = new ArrayList<>();
        ObjectNode extra = ImportJson.READER.createObjectNode();
        Path trace = trace(file.getParent(), trial);
        if (trace != null) {
            turns.addAll(readTrace(trace, extra));
            extra.put("trace", trace.toString());
        }
        if (turns.isEmpty()) {
            turns.add(new Turn(1, null, null, List.of(), ImportJson.compact(out), "", List.of(), List.of(),
                    TokenUsage.ZERO, 0, 0, null, List.of(), 0, null));
        }
        String trialName = trial == null || trial.getFileName() == null ? null : trial.getFileName().toString();
        if (trialName != null && trialName.matches("\\d+")) {
            extra.put("trial", Integer.parseInt(trialName));
        }
        extra.put("propagations", out.path("propagations").size());
        extra.put("alertsExplained", out.path("alerts_explained").size());
        String sourceTask = incidentName(file);
        String taskId = taskIdOf(sourceTask);
        String reasoning = entities.size() > 0 ? ImportJson.text(entities.get(0), "reasoning") : null;
        RunInfo info = Sources.runInfo(Sources.runId(null, file, index), taskId, "itbench", null, null, null,
                RunStatus.DONE, null, turns);
        return new ImportedRun(new Trajectory(Trajectory.SCHEMA, info, turns, new Submission(names, reasoning, true)),
                sourceTask, ImportFormat.ITBENCH, src, extra, null);
    }

    private static boolean isFalse(JsonNode entity, String key) {
        return entity.path(key).isBoolean() && !entity.path(key).asBoolean();
    }

    /**
     * The incident an output belongs to, from IBM's layouts: the nearest folder named like a scenario ({@code
     * Scenario-3}, {@code incident_3}, ...); else, under a numeric trial folder ({@code agent_outputs/<incident>/<run>/},
     * {@code data/<incident>/<run>/outputs/}), the folder above it (a bare number there is the scenario number). Null
     * when the layout names none.
     */
    static String incidentName(Path file) {
        for (Path p = file.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (p.getFileName() != null && TaskIds.scenarioId(p.getFileName().toString()).isPresent()) {
                return p.getFileName().toString();
            }
        }
        Path trial = trialDir(file.toAbsolutePath());
        if (trial == null || trial.getFileName() == null || !trial.getFileName().toString().matches("\\d+")) {
            return null;
        }
        Path incident = trial.getParent();
        if (incident == null || incident.getFileName() == null || LAYOUT_ROOTS.contains(incident.getFileName().toString())) {
            return null;
        }
        return incident.getFileName().toString();
    }

    /** The task id of an incident name: {@code scenario-N} for scenario names and bare numbers. */
    static String taskIdOf(String incident) {
        if (incident == null) {
            return "unknown";
        }
        return incident.matches("0*\\d{1,9}") ? "scenario-" + Long.parseLong(incident) : TaskIds.normalise(incident);
    }

    private static Path trialDir(Path file) {
        Path parent = file.getParent();
        return parent != null && "outputs".equals(String.valueOf(parent.getFileName())) ? parent.getParent() : parent;
    }

    private static Path trace(Path dir, Path trial) {
        for (Path d : new Path[] {dir, trial}) {
            if (d == null || !Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> s = Files.list(d)) {
                List<Path> found = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
                if (!found.isEmpty()) {
                    return found.get(0);
                }
            } catch (IOException e) {
                throw new BadInputException(d + ": cannot list: " + Text.oneLine(e.getMessage()), e);
            }
        }
        return null;
    }

    private static List<Turn> readTrace(Path trace, ObjectNode extra) {
        TurnAssembler turns = new TurnAssembler();
        int skipped = 0;
        int lineNo = 0;
        try (BufferedReader r = Files.newBufferedReader(trace, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = ImportJson.readTree(line.getBytes(StandardCharsets.UTF_8), trace + ":" + lineNo);
                JsonNode m = n.path("message").isObject() ? n.get("message") : n;
                String role = ImportJson.text(m, "role");
                if (role == null) {
                    skipped++;
                    continue;
                }
                switch (role) {
                    case "system" -> turns.system(Sources.contentText(m.get("content")));
                    case "user", "human" -> turns.user(null, Sources.contentText(m.get("content")));
                    case "assistant", "ai" -> turns.assistant(reply(m, n));
                    case "tool" -> {
                        String id = ImportJson.text(m, "tool_call_id");
                        String tool = turns.callName(id);
                        turns.toolResult(ShellResults.fromText(id, tool == null ? String.valueOf(ImportJson.text(m, "name"))
                                : tool, Sources.contentText(m.get("content")), false, null, 0));
                    }
                    default -> skipped++;
                }
            }
        } catch (IOException e) {
            throw new BadInputException(trace + ": cannot read: " + Text.oneLine(e.getMessage()), e);
        }
        if (skipped > 0) {
            extra.put("traceLinesSkipped", skipped);
        }
        return turns.finish();
    }

    private static TurnAssembler.Reply reply(JsonNode m, JsonNode line) {
        List<ToolCallRecord> calls = new ArrayList<>();
        for (JsonNode c : ImportJson.elements(m.get("tool_calls"))) {
            JsonNode fn = c.path("function");
            String name = fn.isObject() ? ImportJson.text(fn, "name") : ImportJson.text(c, "name");
            JsonNode args = fn.isObject() ? fn.get("arguments") : c.has("args") ? c.get("args") : c.get("arguments");
            calls.add(ToolCalls.record(ImportJson.text(c, "id"), name, args, null));
        }
        JsonNode u = line.path("usage").isObject() ? line.get("usage") : m.path("usage");
        long in = ImportJson.longOf(u, "prompt_tokens") + ImportJson.longOf(u, "input_tokens");
        long out = ImportJson.longOf(u, "completion_tokens") + ImportJson.longOf(u, "output_tokens");
        long cached = ImportJson.longOf(u.path("prompt_tokens_details"), "cached_tokens");
        String reasoning = ImportJson.text(m, "reasoning_content");
        return new TurnAssembler.Reply(Sources.contentText(m.get("content")), reasoning, calls,
                new TokenUsage(in, Math.min(cached, in), out, 0), ImportJson.doubleOrNull(line, "cost"),
                ImportJson.instant(line.get("timestamp")), null, null, null);
    }
}
