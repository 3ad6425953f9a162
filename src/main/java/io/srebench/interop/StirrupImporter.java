package io.srebench.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.common.Text;
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

/**
 * Reads Stirrup run histories serialised to JSON ({@code model_dump(mode="json")} of the messages). Accepted shapes:
 * <ul>
 *   <li>a list of messages, or a list of message lists (the history groups of one run, one group per context
 *       summarisation; they are read in order as one conversation);</li>
 *   <li>an object with {@code history}, {@code full_msg_history}, {@code message_history}, {@code messages} or
 *       {@code msgs} (first found, in that order; so Stirrup's resume cache {@code state.json} reads too), and
 *       optionally {@code finish_params}, {@code run_metadata}/{@code metadata}, {@code agent_name}/{@code agent},
 *       {@code model}, {@code task_id}/{@code task}, {@code timestamp}, {@code error};</li>
 *   <li>a list of such objects: one run each.</li>
 * </ul>
 * Messages may be v0.1 ({@code content}/{@code reasoning}/{@code tool_calls}) or v0.2 ({@code blocks}). Stirrup's
 * times are {@code perf_counter} seconds, not wall clock: they give durations only. The submission is the
 * top-level {@code finish_params}, else the arguments of the last {@code finish} call, when they name entities.
 */
final class StirrupImporter {
    private static final String[] HISTORY_KEYS = {"history", "full_msg_history", "message_history", "messages", "msgs"};

    private StirrupImporter() {
    }

    /** What Stirrup's own marks a document lacks (null when it has them), for format detection. */
    static String evidence(JsonNode root) {
        if (root.isArray() && root.size() > 0 && root.get(0).isObject() && !root.get(0).has("role")
                && hasHistory(root.get(0))) {
            return evidence(root.get(0));
        }
        JsonNode history = root;
        if (root.isObject()) {
            history = null;
            for (String k : HISTORY_KEYS) {
                if (root.path(k).isArray()) {
                    history = root.get(k);
                    break;
                }
            }
            if (history == null) {
                return "\"history\" or \"messages\" holding a list of messages";
            }
        }
        if (!history.isArray()) {
            return "a list of messages";
        }
        int[] marks = new int[2];
        countMarks(history, marks, 0);
        if (marks[1] > 0) {
            return "messages without other tools' keys (message_type, agent, extra)";
        }
        return marks[0] > 0 ? null : "token_usage or blocks on an assistant message, kind on a user message, or"
                + " args_was_valid/success on a tool message";
    }

    /** marks[0]: messages with a Stirrup-only key; marks[1]: messages with another tool's keys. */
    private static void countMarks(JsonNode list, int[] marks, int depth) {
        for (JsonNode m : list) {
            if (m.isArray() && depth < 2) {
                countMarks(m, marks, depth + 1);
                continue;
            }
            if (!m.isObject()) {
                continue;
            }
            if (m.has("message_type") || m.has("agent") || m.has("extra") || m.has("tool_call_ids")) {
                marks[1]++;
            }
            String role = m.path("role").asText("");
            boolean stirrup = switch (role) {
                case "assistant" -> m.path("token_usage").isObject() || m.has("blocks");
                case "user" -> m.has("kind");
                case "tool" -> m.has("args_was_valid") || m.path("success").isBoolean();
                default -> false;
            };
            if (stirrup) {
                marks[0]++;
            }
        }
    }

    private static boolean hasHistory(JsonNode obj) {
        for (String k : HISTORY_KEYS) {
            if (obj.has(k)) {
                return true;
            }
        }
        return false;
    }

    static List<ImportedRun> read(Path file, JsonNode root) {
        String src = file.toString();
        List<ImportedRun> out = new ArrayList<>();
        if (root.isArray() && root.size() > 0 && root.get(0).isObject() && !root.get(0).has("role")
                && hasHistory(root.get(0))) {
            for (int i = 0; i < root.size(); i++) {
                JsonNode run = root.get(i);
                if (!run.isObject()) {
                    throw new BadInputException(src + ": [" + i + "]: expected a run object, got "
                            + run.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
                }
                out.add(readRun(file, run, "[" + i + "].", i));
            }
            return out;
        }
        if (root.isArray()) {
            out.add(readRun(file, null, "", 0, root, ""));
            return out;
        }
        if (root.isObject()) {
            out.add(readRun(file, root, "", 0));
            return out;
        }
        throw new BadInputException(src + ": expected a list of messages or an object with \"history\", got "
                + root.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
    }

    private static ImportedRun readRun(Path file, JsonNode obj, String prefix, int index) {
        for (String k : HISTORY_KEYS) {
            JsonNode h = obj.get(k);
            if (h != null && h.isArray()) {
                return readRun(file, obj, prefix, index, h, prefix + k);
            }
        }
        throw new BadInputException(file + ": " + prefix + "history: missing (expected \"history\" or \"messages\" "
                + "holding a list of messages)");
    }

    private static ImportedRun readRun(Path file, JsonNode obj, String prefix, int index, JsonNode history, String path) {
        TurnAssembler turns = new TurnAssembler();
        Submission[] lastFinish = {null};
        String[] model = {null};
        walk(file, history, path, turns, lastFinish, model);
        List<Turn> built = turns.finish();
        JsonNode meta = obj == null ? null : obj.has("run_metadata") ? obj.get("run_metadata") : obj.get("metadata");
        if (model[0] == null && meta != null) {
            model[0] = ImportJson.text(meta.path("_model_speed"), "model_slug");
        }
        if (obj != null && ImportJson.text(obj, "model") != null) {
            model[0] = ImportJson.text(obj, "model");
        }
        Submission submission = lastFinish[0];
        JsonNode finish = obj == null ? null : obj.get("finish_params");
        if (finish != null && finish.isObject()) {
            Submission s = SubmissionGuess.fromArguments(finish);
            submission = s != null ? s : new Submission(List.of(), ImportJson.text(finish, "reason"), false);
        }
        String error = obj == null ? null : ImportJson.text(obj, "error");
        String sourceTask = null;
        for (String k : new String[] {"task_id", "task", "scenario", "incident_id", "task_hash"}) {
            if (sourceTask == null && obj != null) {
                sourceTask = ImportJson.text(obj, k);
            }
        }
        String taskId = sourceTask != null && TaskIds.scenarioId(sourceTask).isPresent() ? TaskIds.normalise(sourceTask)
                : Sources.taskFromPath(file).orElse(TaskIds.normalise(sourceTask));
        String agent = obj == null ? null : ImportJson.text(obj, "agent_name");
        if (agent == null && obj != null) {
            agent = ImportJson.text(obj, "agent");
        }
        RunInfo info = Sources.runInfo(Sources.runId(obj == null ? null : ImportJson.text(obj, "run_id"), file, index),
                taskId, agent == null ? "stirrup" : agent, model[0],
                obj == null ? null : ImportJson.instant(obj.get("started_at")),
                obj == null ? null : ImportJson.instant(obj.has("ended_at") ? obj.get("ended_at") : obj.get("timestamp")),
                error != null ? RunStatus.ERRORED : RunStatus.DONE, error == null ? null : Text.oneLine(error), built);
        ObjectNode extra = ImportJson.READER.createObjectNode();
        if (submission != null && !submission.submitted()) {
            extra.put("submissionRecognised", false);
        }
        return new ImportedRun(new Trajectory(Trajectory.SCHEMA, info, built, error != null ? null
                : submission == null ? Submission.none() : submission), sourceTask, ImportFormat.STIRRUP,
                file.toString(), extra, null);
    }

    private static void walk(Path file, JsonNode list, String path, TurnAssembler turns, Submission[] finish,
                             String[] model) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode m = list.get(i);
            String where = path + "[" + i + "]";
            if (m.isArray()) {
                walk(file, m, where, turns, finish, model);
                continue;
            }
            if (!m.isObject()) {
                throw new BadInputException(file + ": " + where + ": expected a message object");
            }
            String role = ImportJson.text(m, "role");
            if (role == null) {
                throw new BadInputException(file + ": " + where + ".role: missing");
            }
            switch (role) {
                case "system" -> turns.system(Sources.contentText(m.get("content")));
                case "user" -> turns.user(ImportJson.text(m, "kind"), Sources.contentText(m.get("content")));
                case "assistant" -> {
                    turns.assistant(assistant(file, m, where, finish));
                    JsonNode md = m.path("metadata");
                    if (model[0] == null && md.isObject()) {
                        model[0] = ImportJson.text(md, "model");
                    }
                }
                case "tool" -> turns.toolResult(toolResult(m, turns));
                default -> throw new BadInputException(file + ": " + where + ".role: unknown role \"" + role + "\"");
            }
        }
    }

    private static TurnAssembler.Reply assistant(Path file, JsonNode m, String where, Submission[] finish) {
        StringBuilder text = new StringBuilder();
        StringBuilder reasoning = new StringBuilder();
        List<ToolCallRecord> calls = new ArrayList<>();
        JsonNode blocks = m.get("blocks");
        if (blocks != null && !blocks.isNull()) {
            if (!blocks.isArray()) {
                throw new BadInputException(file + ": " + where + ".blocks: expected a list");
            }
            for (JsonNode b : blocks) {
                String kind = ImportJson.text(b, "kind");
                switch (kind == null ? "" : kind) {
                    case "text" -> append(text, ImportJson.text(b, "text"));
                    case "reasoning", "signed_reasoning", "reasoning_ref", "encrypted_reasoning" -> {
                        String c = ImportJson.text(b, "content");
                        if (c == null && b.path("summary").isArray()) {
                            c = String.join("\n", ImportJson.READER.convertValue(b.get("summary"), String[].class));
                        }
                        append(reasoning, c);
                    }
                    case "tool_call" -> calls.add(call(b, finish));
                    default -> {
                        // redacted/opaque/media blocks carry nothing readable
                    }
                }
            }
        } else {
            append(text, Sources.contentText(m.get("content")));
            JsonNode r = m.get("reasoning");
            if (r != null && r.isObject()) {
                append(reasoning, ImportJson.text(r, "content"));
            } else if (r != null && r.isTextual()) {
                append(reasoning, r.asText());
            }
            for (JsonNode c : ImportJson.elements(m.get("tool_calls"))) {
                calls.add(call(c, finish));
            }
        }
        JsonNode u = m.path("token_usage");
        long in = ImportJson.longOf(u, "input");
        long reason = ImportJson.longOf(u, "reasoning");
        long answer = u.has("answer") ? ImportJson.longOf(u, "answer") : ImportJson.longOf(u, "output");
        Double start = ImportJson.doubleOrNull(m, "request_start_time");
        Double end = ImportJson.doubleOrNull(m, "request_end_time");
        Long latency = start != null && end != null && end >= start ? (long) ((end - start) * 1000) : null;
        return new TurnAssembler.Reply(text.toString(), reasoning.toString(), calls,
                new TokenUsage(in, 0, answer + reason, reason), null, null, null, latency, null);
    }

    private static ToolCallRecord call(JsonNode c, Submission[] finish) {
        String name = ImportJson.text(c, "name");
        JsonNode args = c.get("arguments");
        ToolCallRecord rec = ToolCalls.record(ImportJson.text(c, "tool_call_id"), name, args, null);
        if (ToolCalls.isSubmit(name)) {
            JsonNode parsed = args != null && args.isTextual() ? ToolCalls.parseObject(args.asText()) : args;
            Submission s = SubmissionGuess.fromArguments(parsed);
            finish[0] = s != null ? s : new Submission(List.of(), parsed == null ? null
                    : ImportJson.text(parsed, "reason"), false);
        }
        return rec;
    }

    private static ToolResultRecord toolResult(JsonNode m, TurnAssembler turns) {
        String callId = ImportJson.text(m, "tool_call_id");
        String name = ImportJson.text(m, "name");
        String text = Sources.contentText(m.get("content"));
        boolean validArgs = !m.has("args_was_valid") || m.get("args_was_valid").asBoolean(true);
        boolean failed = m.has("success") && !m.get("success").asBoolean(true);
        Double start = ImportJson.doubleOrNull(m, "tool_start_time");
        Double end = ImportJson.doubleOrNull(m, "tool_end_time");
        long ms = start != null && end != null && end >= start ? (long) ((end - start) * 1000) : 0;
        String tool = turns.callName(callId) != null ? turns.callName(callId) : name == null ? "" : name;
        if (!validArgs || text.endsWith(" is not a valid tool")) {
            return ToolResultRecord.error(callId, tool, text);
        }
        return ShellResults.fromText(callId, tool, text, failed, null, ms);
    }

    private static void append(StringBuilder sb, String s) {
        if (s != null && !s.isEmpty()) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(s);
        }
    }
}
