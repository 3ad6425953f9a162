package io.srebench.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.trajectory.TokenUsage;
import io.srebench.trajectory.RunInfo;
import io.srebench.trajectory.RunStatus;
import io.srebench.trajectory.Submission;
import io.srebench.trajectory.ToolCallRecord;
import io.srebench.trajectory.Trajectory;
import io.srebench.trajectory.Turn;
import io.srebench.common.BadInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Harbor ATIF trajectory ({@code schema_version} {@code ATIF-v1.x}; v1.0 to v1.7 shapes, unknown fields
 * ignored). Required: {@code schema_version}, {@code agent.name}, a non-empty {@code steps} list whose steps have
 * a {@code source} of {@code system}, {@code user} or {@code agent}. Agent steps become turns (message, reasoning,
 * tool calls, metrics: prompt/cached/completion tokens, {@code extra.reasoning_tokens}, cost); observation results
 * become tool results of the step's calls. Embedded sub-agent trajectories (v1.7) are not imported, only counted.
 * The task id comes from the trial directory name ({@code <task>__<hash>/agent/trajectory.json}) when it names a
 * scenario.
 */
final class AtifImporter {
    private AtifImporter() {
    }

    static boolean looksLike(JsonNode root) {
        return root.isObject() && root.path("schema_version").asText("").startsWith("ATIF-");
    }

    static List<ImportedRun> read(Path file, JsonNode root) {
        String src = file.toString();
        if (!root.isObject()) {
            throw new BadInputException(src + ": expected an ATIF trajectory object");
        }
        String schema = ImportJson.text(root, "schema_version");
        if (schema == null || !schema.startsWith("ATIF-v1.")) {
            throw new BadInputException(src + ": schema_version: expected ATIF-v1.x, found " + (schema == null ? "nothing"
                    : "\"" + schema + "\""));
        }
        JsonNode agent = root.get("agent");
        if (agent == null || !agent.isObject() || ImportJson.text(agent, "name") == null) {
            throw new BadInputException(src + ": agent.name: missing");
        }
        JsonNode steps = root.get("steps");
        if (steps == null || !steps.isArray() || steps.isEmpty()) {
            throw new BadInputException(src + ": steps: missing or empty (at least one step is required)");
        }
        TurnAssembler turns = new TurnAssembler();
        Submission submission = null;
        String model = ImportJson.text(agent, "model_name");
        String lastAgentText = null;
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            String where = src + ": steps[" + i + "]";
            if (!step.isObject()) {
                throw new BadInputException(where + ": expected a step object");
            }
            String source = ImportJson.text(step, "source");
            String message = Sources.contentText(step.get("message"));
            switch (source == null ? "" : source) {
                case "system" -> turns.system(message);
                case "user" -> turns.user(null, message);
                case "agent" -> {
                    List<ToolCallRecord> calls = new ArrayList<>();
                    for (JsonNode c : ImportJson.elements(step.get("tool_calls"))) {
                        String fn = ImportJson.text(c, "function_name");
                        calls.add(ToolCalls.record(ImportJson.text(c, "tool_call_id"), fn, c.get("arguments"), null));
                        if (ToolCalls.isSubmit(fn)) {
                            Submission s = SubmissionGuess.fromArguments(c.get("arguments"));
                            submission = s != null ? s : new Submission(List.of(), null, false);
                        }
                    }
                    if (model == null) {
                        model = ImportJson.text(step, "model_name");
                    }
                    lastAgentText = message;
                    JsonNode m = step.path("metrics");
                    long out = ImportJson.longOf(m, "completion_tokens");
                    TokenUsage usage = new TokenUsage(ImportJson.longOf(m, "prompt_tokens"),
                            ImportJson.longOf(m, "cached_tokens"), out,
                            Math.min(out, ImportJson.longOf(m.path("extra"), "reasoning_tokens")));
                    turns.assistant(new TurnAssembler.Reply(message, ImportJson.text(step, "reasoning_content"), calls,
                            usage, ImportJson.doubleOrNull(m, "cost_usd"), ImportJson.instant(step.get("timestamp")),
                            null, null, null));
                }
                default -> throw new BadInputException(where + ".source: expected system, user or agent, found "
                        + (source == null ? "nothing" : "\"" + source + "\""));
            }
            for (JsonNode r : ImportJson.elements(step.path("observation").get("results"))) {
                String callId = ImportJson.text(r, "source_call_id");
                String tool = turns.callName(callId);
                turns.toolResult(ShellResults.fromText(callId, tool == null ? "" : tool,
                        Sources.contentText(r.get("content")), false, null, 0));
            }
        }
        List<Turn> built = turns.finish();
        if (submission == null && lastAgentText != null) {
            submission = SubmissionGuess.fromText(lastAgentText);
        }
        String sourceTask = ImportJson.text(root.path("extra"), "task_id");
        String taskId = sourceTask != null && TaskIds.scenarioId(sourceTask).isPresent() ? TaskIds.normalise(sourceTask)
                : Sources.taskFromPath(file).orElse(sourceTask != null ? sourceTask : "unknown");
        RunInfo info = Sources.runInfo(Sources.runId(ImportJson.text(root, "session_id"), file, 0), taskId,
                ImportJson.text(agent, "name"), model, null, null, RunStatus.DONE, null, built);
        ObjectNode extra = ImportJson.READER.createObjectNode();
        extra.put("schemaVersion", schema);
        if (ImportJson.text(agent, "version") != null) {
            extra.put("agentVersion", ImportJson.text(agent, "version"));
        }
        Double total = ImportJson.doubleOrNull(root.path("final_metrics"), "total_cost_usd");
        if (total != null) {
            extra.put("totalCostUsd", total);
        }
        JsonNode fm = root.path("final_metrics");
        if (fm.has("total_prompt_tokens") || fm.has("total_completion_tokens") || total != null) {
            ObjectNode t = extra.putObject("sourceTotals");
            if (fm.has("total_prompt_tokens")) {
                t.put("inputTokens", ImportJson.longOf(fm, "total_prompt_tokens"));
            }
            if (fm.has("total_completion_tokens")) {
                t.put("outputTokens", ImportJson.longOf(fm, "total_completion_tokens"));
            }
            if (total != null) {
                t.put("costUsd", total);
            }
            t.put("kept", true); // final_metrics are the file's own totals (they include sub-agents)
        }
        if (root.path("subagent_trajectories").isArray()) {
            extra.put("subagentTrajectoriesNotImported", root.get("subagent_trajectories").size());
        }
        if (ImportJson.text(root.path("continued_trajectory_ref"), "trajectory_path") != null
                || root.path("continued_trajectory_ref").isTextual()) {
            extra.set("continuedIn", root.get("continued_trajectory_ref"));
        }
        if (submission != null && !submission.submitted()) {
            extra.put("submissionRecognised", false);
        }
        return List.of(new ImportedRun(new Trajectory(Trajectory.SCHEMA, info, built,
                submission == null ? Submission.none() : submission), sourceTask, ImportFormat.ATIF, src, extra, null));
    }
}
