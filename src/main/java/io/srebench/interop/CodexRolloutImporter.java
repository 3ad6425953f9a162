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
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Codex CLI rollout files ({@code rollout-*.jsonl}: one {@code {timestamp, type, payload}} object per line).
 * {@code response_item} lines make the transcript: assistant {@code message}s, {@code reasoning} summaries and tool
 * calls ({@code function_call}, {@code local_shell_call}, {@code custom_tool_call}) form one turn until a tool output
 * or a {@code token_count} event closes it; {@code *_output} items are the results (a shell output's exit code read
 * from its JSON {@code metadata} or its {@code Exit code: N} header). {@code event_msg token_count} gives the turn's
 * usage ({@code last_token_usage}) and the run's totals (the last {@code total_token_usage}, kept as the source's own
 * totals); {@code turn_context} the model; {@code session_meta} the run id and working directory.
 *
 * <p>Nothing is dropped silently: every other line (UI events that repeat response items, compaction summaries,
 * unknown types) is counted per reason in {@code sourceInfo.skipped} and reported by the import summary. Codex keeps
 * no cost. Task: a scenario named in the path, else the session's working directory (for {@code --task-map}).
 */
final class CodexRolloutImporter {
    private static final Pattern EXIT_HEADER = Pattern.compile("\\AExit code: (-?\\d+)\\n(?:.*\\n)*?Output:\\n(.*)\\z",
            Pattern.DOTALL);

    private CodexRolloutImporter() {
    }

    /** State of one rollout while its lines are read. */
    private static final class Reader {
        final TurnAssembler turns = new TurnAssembler();
        final StringBuilder text = new StringBuilder();
        final StringBuilder reasoning = new StringBuilder();
        final List<ToolCallRecord> calls = new ArrayList<>();
        final Map<String, Long> skipped = new LinkedHashMap<>();
        TokenUsage pendingUsage = TokenUsage.ZERO;
        Instant pendingAt;
        JsonNode totals;
        String model;
        String sessionId;
        String cwd;
        String lastText;

        boolean hasReply() {
            return text.length() > 0 || reasoning.length() > 0 || !calls.isEmpty();
        }

        void flush() {
            if (!hasReply()) {
                return;
            }
            lastText = text.toString();
            turns.assistant(new TurnAssembler.Reply(text.toString(), reasoning.toString(), List.copyOf(calls), pendingUsage,
                    null, pendingAt, null, null, null));
            text.setLength(0);
            reasoning.setLength(0);
            calls.clear();
            pendingUsage = TokenUsage.ZERO;
            pendingAt = null;
        }

        void skip(String why) {
            skipped.merge(why, 1L, Long::sum);
        }
    }

    static List<ImportedRun> read(Path file) {
        Reader r = new Reader();
        int lineNo = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = ImportJson.readTree(line.getBytes(StandardCharsets.UTF_8), file + ":" + lineNo);
                line(r, n, file + ":" + lineNo);
            }
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + Text.oneLine(e.getMessage()), e);
        }
        r.flush();
        List<Turn> built = r.turns.finish();
        String taskId = Sources.taskFromPath(file).orElse(r.cwd == null ? "unknown" : TaskIds.normalise(r.cwd));
        RunInfo run = Sources.runInfo(Sources.runId(r.sessionId, file, 0), taskId, "codex", r.model, null, null,
                RunStatus.DONE, null, built);
        ObjectNode extra = ImportJson.READER.createObjectNode();
        if (!r.skipped.isEmpty()) {
            ObjectNode s = extra.putObject("skipped");
            r.skipped.forEach(s::put);
        }
        if (r.totals != null) {
            ObjectNode t = extra.putObject("sourceTotals");
            t.put("inputTokens", ImportJson.longOf(r.totals, "input_tokens"));
            t.put("outputTokens", ImportJson.longOf(r.totals, "output_tokens"));
            t.put("kept", true);
        }
        Submission guess = r.lastText == null ? null : SubmissionGuess.fromText(r.lastText);
        Submission submission = guess != null ? guess : new Submission(List.of(), r.lastText, false);
        return List.of(new ImportedRun(new Trajectory(Trajectory.SCHEMA, run, built, submission), r.cwd,
                ImportFormat.CODEX_ROLLOUT, file.toString(), extra, null));
    }

    private static void line(Reader r, JsonNode n, String where) {
        String type = ImportJson.text(n, "type");
        JsonNode p = n.path("payload");
        if (type == null || !p.isObject()) {
            throw new BadInputException(where + ": expected {timestamp, type, payload}");
        }
        switch (type) {
            case "session_meta" -> {
                r.sessionId = ImportJson.text(p, "id");
                r.cwd = ImportJson.text(p, "cwd");
            }
            case "turn_context" -> r.model = r.model != null ? r.model : ImportJson.text(p, "model");
            case "response_item" -> responseItem(r, p, ImportJson.instant(n.get("timestamp")));
            case "event_msg" -> {
                if ("token_count".equals(ImportJson.text(p, "type"))) {
                    tokenCount(r, p);
                } else {
                    r.skip("event_msg lines (UI events repeating response items)");
                }
            }
            case "compacted" -> r.skip("compacted-history lines (summaries of earlier turns)");
            default -> r.skip("lines of unknown type");
        }
    }

    private static void tokenCount(Reader r, JsonNode p) {
        JsonNode info = p.path("info");
        if (!info.isObject()) {
            r.skip("token_count events without usage (rate-limit updates)");
            return;
        }
        JsonNode last = info.path("last_token_usage");
        long in = ImportJson.longOf(last, "input_tokens");
        long out = ImportJson.longOf(last, "output_tokens");
        TokenUsage u = new TokenUsage(in, Math.min(ImportJson.longOf(last, "cached_input_tokens"), in), out,
                Math.min(ImportJson.longOf(last, "reasoning_output_tokens"), out));
        r.pendingUsage = r.pendingUsage.plus(u);
        if (info.path("total_token_usage").isObject()) {
            r.totals = info.get("total_token_usage");
        }
        r.flush(); // a model response ends with its token count
    }

    private static void responseItem(Reader r, JsonNode p, Instant at) {
        String kind = String.valueOf(ImportJson.text(p, "type"));
        if (r.pendingAt == null) {
            r.pendingAt = at;
        }
        switch (kind) {
            case "message" -> {
                String role = String.valueOf(ImportJson.text(p, "role"));
                String text = Sources.contentText(contentItems(p.get("content")));
                if ("assistant".equals(role)) {
                    append(r.text, text);
                } else {
                    r.flush();
                    if ("user".equals(role)) {
                        r.turns.user(null, text);
                    } else {
                        r.turns.system(text);
                    }
                }
            }
            case "reasoning" -> {
                for (JsonNode s : ImportJson.elements(p.get("summary"))) {
                    append(r.reasoning, ImportJson.text(s, "text"));
                }
            }
            case "function_call" -> r.calls.add(ToolCalls.record(ImportJson.text(p, "call_id"), ImportJson.text(p, "name"),
                    commandAsText(p.get("arguments")), null));
            case "custom_tool_call" -> r.calls.add(ToolCalls.record(ImportJson.text(p, "call_id"),
                    ImportJson.text(p, "name"), ImportJson.READER.createObjectNode().put("input", ImportJson.text(p, "input")),
                    null));
            case "local_shell_call" -> {
                r.calls.add(ToolCalls.record(ImportJson.text(p, "call_id"), "shell", ImportJson.READER.createObjectNode()
                        .put("command", words(p.path("action").path("command"))), null));
            }
            case "function_call_output", "custom_tool_call_output", "local_shell_call_output" -> {
                r.flush();
                r.turns.toolResult(output(ImportJson.text(p, "call_id"), p.get("output")));
            }
            default -> r.skip("response items of type " + kind);
        }
    }

    /** Shell arguments with Codex's argv list ({@code ["bash", "-lc", "ls"]}) turned into the command text. */
    private static JsonNode commandAsText(JsonNode args) {
        JsonNode obj = args != null && args.isTextual() ? ToolCalls.parseObject(args.asText()) : args;
        if (obj == null || !obj.isObject() || !obj.path("command").isArray()) {
            return args;
        }
        ObjectNode copy = ((ObjectNode) obj).deepCopy();
        copy.put("command", words(obj.get("command")));
        return copy;
    }

    private static String words(JsonNode argv) {
        List<String> w = new ArrayList<>();
        argv.forEach(x -> w.add(x.asText()));
        if (w.size() == 3 && w.get(0).matches("(?:/bin/)?(?:ba|z)?sh") && w.get(1).matches("-l?c")) {
            return w.get(2);
        }
        return String.join(" ", w);
    }

    /** Codex content items ({@code input_text}/{@code output_text}) as the {@code {type: text}} items contentText reads. */
    private static JsonNode contentItems(JsonNode content) {
        if (content == null || !content.isArray()) {
            return content;
        }
        var out = ImportJson.READER.createArrayNode();
        for (JsonNode c : content) {
            String t = ImportJson.text(c, "text");
            if (t != null) {
                out.add(ImportJson.READER.createObjectNode().put("type", "text").put("text", t));
            }
        }
        return out;
    }

    private static ToolResultRecord output(String callId, JsonNode output) {
        String text = output == null ? "" : output.isTextual() ? output.asText()
                : output.isObject() && output.has("content") ? Sources.contentText(output.get("content"))
                : ImportJson.compact(output);
        JsonNode json = text.startsWith("{") ? ToolCalls.parseObject(text) : null;
        if (json != null && json.has("output") && json.path("metadata").has("exit_code")) {
            String out = json.path("output").asText("");
            Double secs = ImportJson.doubleOrNull(json.path("metadata"), "duration_seconds");
            return new ToolResultRecord(callId, "shell", json.path("metadata").path("exit_code").asInt(), out, "",
                    out.length(), 0, false, false, secs == null ? 0 : (long) (secs * 1000), false, null);
        }
        Matcher m = EXIT_HEADER.matcher(text);
        if (m.matches()) {
            String out = m.group(2);
            return new ToolResultRecord(callId, "shell", Integer.parseInt(m.group(1)), out, "", out.length(), 0, false,
                    false, 0, false, null);
        }
        return ShellResults.fromText(callId, "", text, false, null, 0);
    }

    private static void append(StringBuilder sb, String s) {
        if (s != null && !s.isEmpty()) {
            sb.append(sb.length() > 0 ? "\n\n" : "").append(s);
        }
    }
}
