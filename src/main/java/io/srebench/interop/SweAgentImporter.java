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
import java.util.Locale;

/**
 * Reads SWE-agent {@code .traj} files (formats.md section 6): each {@code trajectory[]} step is a turn whose
 * {@code action} is run as one shell command and whose {@code observation} is its output ({@code execution_time} its
 * duration; {@code thought} the assistant text). A file with {@code attempts[]} and no top-level trajectory (a retry
 * loop without a chosen attempt) gives one run per attempt.
 *
 * <p>SWE-agent records tokens and cost per run only ({@code info.model_stats}: {@code tokens_sent}, {@code
 * tokens_received}, {@code instance_cost}); they become the run's totals ({@code sourceTotals}), the turns carry
 * none. {@code info.exit_status} {@code exit_error}, {@code exit_api}, {@code exit_environment_error} and the like
 * make the run errored. The submission is a patch, not root-cause entities: a run is scored only when its last thought
 * names entities. Task: a scenario named in the path, else the instance id (the file's name) for {@code --task-map}.
 */
final class SweAgentImporter {
    private static final List<String> ERRORS = List.of("exit_error", "exit_api", "exit_environment_error",
            "exit_format", "exit_forfeit");

    private SweAgentImporter() {
    }

    static List<ImportedRun> read(Path file, JsonNode root) {
        String src = file.toString();
        if (!root.isObject()) {
            throw new BadInputException(src + ": expected a SWE-agent trajectory object");
        }
        List<ImportedRun> runs = new ArrayList<>();
        if (!root.has("trajectory") && root.path("attempts").isArray()) {
            for (int i = 0; i < root.get("attempts").size(); i++) {
                runs.add(readAttempt(file, root.get("attempts").get(i), "attempts[" + i + "].", i));
            }
            if (runs.isEmpty()) {
                throw new BadInputException(src + ": attempts: empty (no attempt to import)");
            }
            return runs;
        }
        return List.of(readAttempt(file, root, "", 0));
    }

    private static ImportedRun readAttempt(Path file, JsonNode attempt, String prefix, int index) {
        String src = file.toString();
        JsonNode steps = attempt.get("trajectory");
        if (steps == null || !steps.isArray()) {
            throw new BadInputException(src + ": " + prefix + "trajectory: missing (expected a list of steps)");
        }
        TurnAssembler turns = new TurnAssembler();
        String task = firstUserText(attempt.path("history"));
        if (task != null) {
            turns.user(null, task);
        }
        String lastThought = null;
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            if (!step.isObject()) {
                throw new BadInputException(src + ": " + prefix + "trajectory[" + i + "]: expected a step object");
            }
            String action = ImportJson.text(step, "action");
            String thought = ImportJson.text(step, "thought");
            if (thought == null) {
                thought = ImportJson.text(step, "response");
            }
            lastThought = thought;
            List<ToolCallRecord> calls = new ArrayList<>();
            String callId = "step-" + (i + 1);
            if (action != null && !action.isBlank()) {
                calls.add(ToolCalls.record(callId, "shell", ImportJson.READER.createObjectNode().put("command",
                        action.strip()), null));
            }
            turns.assistant(new TurnAssembler.Reply(thought == null ? "" : thought, null, calls, TokenUsage.ZERO, null,
                    null, null, null, null));
            if (!calls.isEmpty()) {
                Double secs = ImportJson.doubleOrNull(step, "execution_time");
                turns.toolResult(ShellResults.fromText(callId, "shell", ImportJson.text(step, "observation"), false, null,
                        secs == null ? 0 : (long) (secs * 1000)));
            }
        }
        List<Turn> built = turns.finish();
        JsonNode info = attempt.path("info");
        String exit = ImportJson.text(info, "exit_status");
        boolean errored = exit != null && ERRORS.stream().anyMatch(e -> exit.toLowerCase(Locale.ROOT).contains(e));
        String instance = file.getFileName().toString().replaceFirst("\\.traj(\\.json)?$", "").replaceFirst("\\.json$", "");
        String taskId = Sources.taskFromPath(file).orElse(TaskIds.normalise(instance));
        RunInfo run = Sources.runInfo(Sources.runId(null, file, index), taskId, "swe-agent", model(attempt), null, null,
                errored ? RunStatus.ERRORED : RunStatus.DONE, errored ? exit : null, built);
        ObjectNode extra = ImportJson.READER.createObjectNode();
        if (exit != null) {
            extra.put("exitStatus", exit);
        }
        if (ImportJson.text(info, "swe_agent_version") != null) {
            extra.put("agentVersion", ImportJson.text(info, "swe_agent_version"));
        }
        JsonNode stats = info.path("model_stats");
        Double cost = ImportJson.doubleOrNull(stats, "instance_cost");
        if (cost == null) {
            cost = ImportJson.doubleOrNull(stats, "total_cost");
        }
        if (stats.isObject()) {
            ObjectNode t = extra.putObject("sourceTotals");
            t.put("inputTokens", ImportJson.longOf(stats, "tokens_sent"));
            t.put("outputTokens", ImportJson.longOf(stats, "tokens_received"));
            if (cost != null) {
                t.put("costUsd", cost);
            }
            t.put("kept", true); // the only record of tokens and cost SWE-agent keeps
            extra.put("apiCalls", ImportJson.longOf(stats, "api_calls"));
        }
        Submission guess = lastThought == null ? null : SubmissionGuess.fromText(lastThought);
        String patch = ImportJson.text(info, "submission");
        Submission submission = errored ? null : guess != null ? guess
                : new Submission(List.of(), patch == null ? null : "patch of " + patch.length() + " chars", false);
        return new ImportedRun(new Trajectory(Trajectory.SCHEMA, run, built, submission), instance,
                ImportFormat.SWE_AGENT, src, extra, null);
    }

    private static String firstUserText(JsonNode history) {
        for (JsonNode m : ImportJson.elements(history)) {
            if ("user".equals(ImportJson.text(m, "role"))) {
                return Sources.contentText(m.get("content"));
            }
        }
        return null;
    }

    /** The model name from {@code replay_config} (a JSON string, or an object in some versions). */
    private static String model(JsonNode attempt) {
        JsonNode rc = attempt.get("replay_config");
        if (rc != null && rc.isTextual()) {
            rc = ToolCalls.parseObject(rc.asText());
        }
        if (rc == null || !rc.isObject()) {
            return null;
        }
        return ImportJson.text(rc.path("agent").path("model"), "name");
    }
}
