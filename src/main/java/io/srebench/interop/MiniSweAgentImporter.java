package io.srebench.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.trajectory.TokenUsage;
import io.srebench.trajectory.RunInfo;
import io.srebench.trajectory.RunStatus;
import io.srebench.trajectory.Submission;
import io.srebench.trajectory.ToolCallRecord;
import io.srebench.trajectory.ToolResultRecord;
import io.srebench.trajectory.Trajectory;
import io.srebench.trajectory.Turn;
import io.srebench.common.BadInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads mini-swe-agent 1.x trajectories ({@code {info, messages, trajectory_format: "mini-swe-agent-1"}}). The agent
 * has no tool calls: each assistant message holds one fenced {@code ```bash} block, run as one shell command, and
 * the next user message reports it as {@code <returncode>N</returncode>} and {@code <output>…</output>}.
 *
 * <p>Tokens come from each assistant message's {@code extra.response.usage} (OpenAI-style {@code prompt_tokens},
 * {@code completion_tokens}) when the file kept it; cost is per run ({@code info.model_stats.instance_cost}) and
 * becomes the run's total. A final message with role {@code exit} is the run's end marker and is counted as
 * skipped. {@code info.exit_status} other than {@code Submitted} (e.g. {@code LimitsExceeded}, errors) is recorded;
 * runs whose status names an error are errored.
 */
final class MiniSweAgentImporter {
    private static final Pattern BASH = Pattern.compile("```(?:bash|sh)\\s*\\n(.*?)\\n?```", Pattern.DOTALL);
    private static final Pattern RETURN_CODE = Pattern.compile("<returncode>\\s*(-?\\d+)\\s*</returncode>");
    private static final Pattern OUTPUT = Pattern.compile("<output>\\n?(.*?)</output>", Pattern.DOTALL);

    private MiniSweAgentImporter() {
    }

    static List<ImportedRun> read(Path file, JsonNode root) {
        String src = file.toString();
        JsonNode messages = root.get("messages");
        if (messages == null || !messages.isArray()) {
            throw new BadInputException(src + ": messages: missing (expected a list)");
        }
        TurnAssembler turns = new TurnAssembler();
        String pendingCall = null;
        int skipped = 0;
        int step = 0;
        String lastText = null;
        for (int i = 0; i < messages.size(); i++) {
            JsonNode m = messages.get(i);
            String role = ImportJson.text(m, "role");
            String text = Sources.contentText(m.get("content"));
            if (role == null) {
                throw new BadInputException(src + ": messages[" + i + "].role: missing");
            }
            switch (role) {
                case "system" -> turns.system(text);
                case "user" -> {
                    if (pendingCall != null) {
                        turns.toolResult(observation(pendingCall, text));
                        pendingCall = null;
                    } else {
                        turns.user(null, text);
                    }
                }
                case "assistant" -> {
                    lastText = text;
                    List<ToolCallRecord> calls = new ArrayList<>();
                    Matcher b = BASH.matcher(text == null ? "" : text);
                    if (b.find()) {
                        pendingCall = "step-" + (++step);
                        calls.add(ToolCalls.record(pendingCall, "shell",
                                ImportJson.READER.createObjectNode().put("command", b.group(1).strip()), null));
                    }
                    JsonNode usage = m.path("extra").path("response").path("usage");
                    long in = ImportJson.longOf(usage, "prompt_tokens");
                    long out = ImportJson.longOf(usage, "completion_tokens");
                    long cached = ImportJson.longOf(usage.path("prompt_tokens_details"), "cached_tokens");
                    turns.assistant(new TurnAssembler.Reply(text, null, calls, new TokenUsage(in, Math.min(cached, in),
                            out, 0), null, null, null, null, null));
                }
                default -> skipped++; // "exit" and other markers the agent appends
            }
        }
        List<Turn> built = turns.finish();
        JsonNode info = root.path("info");
        String exit = ImportJson.text(info, "exit_status");
        boolean errored = exit != null && exit.toLowerCase(java.util.Locale.ROOT).contains("error");
        String instance = file.getFileName().toString().replaceFirst("\\.traj\\.json$|\\.json$", "");
        String taskId = Sources.taskFromPath(file).orElse(TaskIds.normalise(instance));
        String model = ImportJson.text(info.path("config").path("model"), "model_name");
        RunInfo run = Sources.runInfo(Sources.runId(null, file, 0), taskId, "mini-swe-agent", model, null, null,
                errored ? RunStatus.ERRORED : RunStatus.DONE, errored ? exit : null, built);
        ObjectNode extra = ImportJson.READER.createObjectNode();
        if (exit != null) {
            extra.put("exitStatus", exit);
        }
        if (ImportJson.text(info, "mini_version") != null) {
            extra.put("agentVersion", ImportJson.text(info, "mini_version"));
        }
        if (skipped > 0) {
            extra.putObject("skipped").put("messages with a role other than system/user/assistant (exit markers)",
                    skipped);
        }
        Double cost = ImportJson.doubleOrNull(info.path("model_stats"), "instance_cost");
        if (cost != null) {
            extra.put("totalCostUsd", cost);
            extra.put("apiCalls", ImportJson.longOf(info.path("model_stats"), "api_calls"));
        }
        Submission guess = lastText == null ? null : SubmissionGuess.fromText(lastText);
        Submission submission = errored ? null : guess != null ? guess : new Submission(List.of(),
                ImportJson.text(info, "submission"), false);
        return List.of(new ImportedRun(new Trajectory(Trajectory.SCHEMA, run, built, submission), instance,
                ImportFormat.MINI_SWE_AGENT, src, extra, null));
    }

    private static ToolResultRecord observation(String callId, String text) {
        String t = text == null ? "" : text;
        Matcher rc = RETURN_CODE.matcher(t);
        Matcher out = OUTPUT.matcher(t);
        if (!rc.find()) {
            return ShellResults.fromText(callId, "shell", t, false, null, 0);
        }
        String stdout = out.find() ? out.group(1) : "";
        return new ToolResultRecord(callId, "shell", Integer.parseInt(rc.group(1)), stdout, "", stdout.length(), 0,
                false, false, 0, false, null);
    }
}
