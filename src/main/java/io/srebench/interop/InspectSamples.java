package io.srebench.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one Inspect {@code EvalSample} into a srebench run. {@code attachment://} references are resolved first
 * (in the whole sample); the conversation is the sample's {@code messages}, or, when a log dropped them, the last
 * model event's input (expanded from the message pool {@code events_data.messages} — or the interim
 * {@code message_pool} — through {@code input_refs}) plus its output. Assistant messages and model events are paired
 * by {@link ModelEventPairing} (one to one or not: every event's usage lands on a turn) for token usage, cost, timing
 * and stop reason; tool messages are matched to tool events by call id for durations. The sample's {@code
 * model_usage} is kept as {@code sourceTotals}.
 */
final class InspectSamples {
    private static final String ATTACHMENT = "attachment://";
    private static final String[] TASK_KEYS = {"task_id", "scenario_id", "scenario", "incident_id", "incident", "task"};

    private InspectSamples() {
    }

    /**
     * @param header the log header (EvalLog without samples), or an empty object
     * @param where names the sample in error messages ({@code file!samples/x.json})
     */
    static ImportedRun convert(Path file, ImportFormat format, JsonNode header, JsonNode sampleNode, int index,
                               String where) {
        if (!sampleNode.isObject()) {
            throw new BadInputException(where + ": expected a sample object");
        }
        ObjectNode sample = (ObjectNode) sampleNode;
        JsonNode id = sample.get("id");
        if (id == null || id.isNull() || id.isContainerNode()) {
            throw new BadInputException(where + ": id: missing");
        }
        JsonNode attachments = sample.get("attachments");
        if (attachments != null && attachments.isObject() && attachments.size() > 0) {
            resolve(sample, attachments);
        }
        JsonNode messages = sample.get("messages");
        if (messages != null && !messages.isNull() && !messages.isArray()) {
            throw new BadInputException(where + ": messages: expected a list");
        }
        List<JsonNode> modelEvents = new ArrayList<>();
        Map<String, JsonNode> toolEvents = new HashMap<>();
        for (JsonNode e : ImportJson.elements(sample.get("events"))) {
            String kind = ImportJson.text(e, "event");
            if ("model".equals(kind) && !"grader".equals(ImportJson.text(e, "role")) && e.path("error").isMissingNode()) {
                modelEvents.add(e);
            } else if ("tool".equals(kind) && ImportJson.text(e, "id") != null) {
                toolEvents.put(ImportJson.text(e, "id"), e);
            }
        }
        List<JsonNode> conversation = new ArrayList<>();
        if (messages != null && messages.size() > 0) {
            messages.forEach(conversation::add);
        } else if (!modelEvents.isEmpty()) {
            conversation.addAll(expandInput(modelEvents.get(modelEvents.size() - 1), sample, where));
            conversation.add(modelEvents.get(modelEvents.size() - 1).path("output").path("choices").path(0).path("message"));
        } else if (messages == null) {
            throw new BadInputException(where + ": messages: missing (and no model events to rebuild them from)");
        }
        Submission[] submit = {null};
        List<Turn> turns = buildTurns(conversation, modelEvents, toolEvents, submit, where);
        String completion = ImportJson.text(sample.path("output"), "completion");
        Submission submission = submit[0];
        if (submission == null && completion != null) {
            Submission s = SubmissionGuess.fromText(completion);
            submission = s != null ? s : new Submission(List.of(), completion, false);
        }
        String error = sample.get("error") == null || sample.get("error").isNull() ? null
                : sample.get("error").isObject() ? ImportJson.text(sample.get("error"), "message") : sample.get("error").asText();
        JsonNode eval = header.path("eval");
        String sourceTask = sourceTask(sample, eval);
        String taskId = TaskIds.scenarioId(sourceTask).orElseGet(() -> Sources.taskFromPath(file).orElse(
                TaskIds.normalise(sourceTask)));
        String model = ImportJson.text(eval, "model");
        String agent = agentName(header);
        RunInfo info = Sources.runInfo(Sources.runId(ImportJson.text(sample, "uuid"), file, index), taskId,
                agent != null ? agent : model != null ? model : "inspect", model,
                ImportJson.instant(sample.get("started_at")), ImportJson.instant(sample.get("completed_at")),
                error != null ? RunStatus.ERRORED : RunStatus.DONE, error == null ? null : Text.oneLine(error), turns);
        ObjectNode extra = ImportJson.READER.createObjectNode();
        extra.set("sample", id);
        extra.put("epoch", sample.path("epoch").asInt(1));
        putIfText(extra, "evalTask", ImportJson.text(eval, "task"));
        putIfText(extra, "evalId", ImportJson.text(eval, "eval_id"));
        if (sample.get("scores") != null && sample.get("scores").isObject()) {
            ObjectNode scores = extra.putObject("scores");
            for (Map.Entry<String, JsonNode> s : ImportJson.fields(sample.get("scores"))) {
                scores.set(s.getKey(), s.getValue().path("value"));
            }
        }
        if (sample.path("limit").isObject()) {
            extra.set("limit", sample.get("limit"));
        }
        Double total = totalCost(sample.path("model_usage"));
        if (total != null) {
            extra.put("totalCostUsd", total);
        }
        sourceTotals(sample.path("model_usage"), total, turns, extra);
        if (submission != null && !submission.submitted()) {
            extra.put("submissionRecognised", false);
        }
        return new ImportedRun(new Trajectory(Trajectory.SCHEMA, info, turns, error != null ? null
                : submission == null ? Submission.none() : submission), sourceTask,
                format, file.toString(), extra, null);
    }

    private static void putIfText(ObjectNode o, String k, String v) {
        if (v != null) {
            o.put(k, v);
        }
    }

    private static String sourceTask(JsonNode sample, JsonNode eval) {
        List<String> candidates = new ArrayList<>();
        for (String k : TASK_KEYS) {
            String v = ImportJson.text(sample.path("metadata"), k);
            if (v != null) {
                candidates.add(v);
            }
        }
        candidates.add(sample.get("id").asText());
        String task = ImportJson.text(eval, "task");
        if (task != null) {
            candidates.add(task);
        }
        for (String c : candidates) {
            if (TaskIds.scenarioId(c).isPresent()) {
                return c;
            }
        }
        return candidates.get(0);
    }

    private static String agentName(JsonNode header) {
        String solver = ImportJson.text(header.path("eval"), "solver");
        if (solver != null) {
            return solver;
        }
        JsonNode steps = header.path("plan").path("steps");
        if (steps.isArray() && steps.size() > 0) {
            List<String> names = new ArrayList<>();
            for (JsonNode s : steps) {
                String n = ImportJson.text(s, "solver");
                if (n != null) {
                    names.add(n);
                }
            }
            return names.isEmpty() ? null : String.join("+", names);
        }
        return null;
    }

    private static List<Turn> buildTurns(List<JsonNode> conversation, List<JsonNode> modelEvents,
                                         Map<String, JsonNode> toolEvents, Submission[] submit, String where) {
        List<JsonNode> assistants = conversation.stream().filter(m -> "assistant".equals(ImportJson.text(m, "role")))
                .toList();
        List<ModelEventPairing.Events> paired = ModelEventPairing.pair(assistants, modelEvents);
        int next = 0;
        TurnAssembler turns = new TurnAssembler();
        for (int i = 0; i < conversation.size(); i++) {
            JsonNode m = conversation.get(i);
            String role = ImportJson.text(m, "role");
            if (role == null) {
                throw new BadInputException(where + ": messages[" + i + "].role: missing");
            }
            switch (role) {
                case "system" -> turns.system(Sources.contentText(m.get("content")));
                case "user" -> turns.user(null, Sources.contentText(m.get("content")));
                case "assistant" -> turns.assistant(reply(m, paired.get(next++), submit));
                case "tool" -> turns.toolResult(toolResult(m, toolEvents, turns));
                default -> throw new BadInputException(where + ": messages[" + i + "].role: unknown role \"" + role + "\"");
            }
        }
        return turns.finish();
    }

    private static TurnAssembler.Reply reply(JsonNode m, ModelEventPairing.Events events, Submission[] submit) {
        JsonNode event = events.own();
        StringBuilder text = new StringBuilder();
        StringBuilder reasoning = new StringBuilder();
        JsonNode content = m.get("content");
        if (content != null && content.isArray()) {
            for (JsonNode item : content) {
                String type = ImportJson.text(item, "type");
                if ("reasoning".equals(type)) {
                    if (!item.path("redacted").asBoolean(false)) {
                        append(reasoning, ImportJson.text(item, "reasoning"));
                    } else {
                        append(reasoning, ImportJson.text(item, "summary"));
                    }
                } else if ("text".equals(type)) {
                    append(text, ImportJson.text(item, "text"));
                }
            }
        } else {
            append(text, Sources.contentText(content));
        }
        List<ToolCallRecord> calls = new ArrayList<>();
        for (JsonNode c : ImportJson.elements(m.get("tool_calls"))) {
            String fn = ImportJson.text(c, "function");
            calls.add(ToolCalls.record(ImportJson.text(c, "id"), fn, c.get("arguments"), ImportJson.text(c, "parse_error")));
            if (ToolCalls.isSubmit(fn)) {
                Submission s = SubmissionGuess.fromArguments(c.get("arguments"));
                submit[0] = s != null ? s : new Submission(List.of(), ImportJson.text(c.path("arguments"), "answer"), false);
            }
        }
        TokenUsage extraUsage = TokenUsage.ZERO;
        Double extraCost = null;
        for (JsonNode e : events.extra()) {
            extraUsage = extraUsage.plus(usage(e.path("output").path("usage")));
            Double c = ImportJson.doubleOrNull(e.path("output").path("usage"), "total_cost");
            extraCost = c == null ? extraCost : (extraCost == null ? 0 : extraCost) + c;
        }
        if (event == null) {
            return new TurnAssembler.Reply(text.toString(), reasoning.toString(), calls, extraUsage, extraCost, null, null,
                    null, null);
        }
        JsonNode out = event.path("output");
        JsonNode usage = out.path("usage");
        Double cost = ImportJson.doubleOrNull(usage, "total_cost");
        if (extraCost != null) {
            cost = (cost == null ? 0 : cost) + extraCost;
        }
        Instant start = ImportJson.instant(event.get("timestamp"));
        Instant end = ImportJson.instant(event.get("completed"));
        Double wt = ImportJson.doubleOrNull(event, "working_time");
        Double time = ImportJson.doubleOrNull(out, "time");
        if (end == null && start != null && wt != null) {
            end = start.plus(Duration.ofNanos((long) (wt * 1e9)));
        }
        Long latency = time != null ? Long.valueOf((long) (time * 1000)) : wt != null ? Long.valueOf((long) (wt * 1000)) : null;
        return new TurnAssembler.Reply(text.toString(), reasoning.toString(), calls, usage(usage).plus(extraUsage),
                cost, start, end, latency,
                ImportJson.text(out.path("choices").path(0), "stop_reason"));
    }

    /**
     * Inspect's ModelUsage as srebench counts tokens. Inspect's {@code input_tokens} excludes cache reads/writes for
     * some providers and includes them for others; {@code total_tokens} tells which: when it equals input + output +
     * cache reads + cache writes the cache counts are added to the input.
     */
    static TokenUsage usage(JsonNode u) {
        if (u == null || !u.isObject()) {
            return TokenUsage.ZERO;
        }
        long in = ImportJson.longOf(u, "input_tokens");
        long out = ImportJson.longOf(u, "output_tokens");
        long read = ImportJson.longOf(u, "input_tokens_cache_read");
        long write = ImportJson.longOf(u, "input_tokens_cache_write");
        long total = ImportJson.longOf(u, "total_tokens");
        long reasoning = ImportJson.longOf(u, "reasoning_tokens");
        boolean cacheSeparate = (read + write) > 0 && total == in + out + read + write;
        long input = cacheSeparate ? in + read + write : in;
        return new TokenUsage(input, Math.min(read, input), out, Math.min(reasoning, out));
    }

    /**
     * The sample's own totals ({@code model_usage}, all models) as {@code sourceTotals}, when it has any. The model
     * events are the finer record, so their sum is kept unless they carry no usage at all ({@code kept}).
     */
    private static void sourceTotals(JsonNode modelUsage, Double cost, List<Turn> turns, ObjectNode extra) {
        TokenUsage sum = TokenUsage.ZERO;
        boolean any = false;
        for (Map.Entry<String, JsonNode> e : ImportJson.fields(modelUsage)) {
            sum = sum.plus(usage(e.getValue()));
            any = true;
        }
        if (!any) {
            return;
        }
        ObjectNode t = extra.putObject("sourceTotals");
        t.put("inputTokens", sum.input());
        t.put("outputTokens", sum.output());
        if (cost != null) {
            t.put("costUsd", cost);
        }
        TokenUsage events = TokenUsage.ZERO;
        for (Turn turn : turns) {
            events = events.plus(turn.usage());
        }
        t.put("kept", events.input() + events.output() == 0);
    }

    private static Double totalCost(JsonNode modelUsage) {
        Double sum = null;
        for (Map.Entry<String, JsonNode> e : ImportJson.fields(modelUsage)) {
            Double c = ImportJson.doubleOrNull(e.getValue(), "total_cost");
            if (c != null) {
                sum = (sum == null ? 0 : sum) + c;
            }
        }
        return sum;
    }

    private static ToolResultRecord toolResult(JsonNode m, Map<String, JsonNode> toolEvents, TurnAssembler turns) {
        String callId = ImportJson.text(m, "tool_call_id");
        String fn = ImportJson.text(m, "function");
        String tool = turns.callName(callId) != null ? turns.callName(callId) : fn == null ? "" : fn;
        JsonNode ev = callId == null ? null : toolEvents.get(callId);
        Double wt = ev == null ? null : ImportJson.doubleOrNull(ev, "working_time");
        long ms = wt == null ? 0 : (long) (wt * 1000);
        JsonNode err = m.get("error");
        String errorMessage = null;
        if (err != null && err.isObject()) {
            String type = ImportJson.text(err, "type");
            String msg = ImportJson.text(err, "message");
            errorMessage = (type == null ? "" : type + ": ") + (msg == null ? "" : msg);
        }
        String text = Sources.contentText(m.get("content"));
        ToolResultRecord r = ShellResults.fromText(callId, tool, text, false, errorMessage, ms);
        if (errorMessage != null && err.path("type").asText("").toLowerCase(Locale.ROOT).equals("timeout")) {
            r = new ToolResultRecord(r.callId(), r.tool(), r.exitCode(), r.stdout(), r.stderr(), r.stdoutChars(),
                    r.stderrChars(), r.stdoutTruncated(), r.stderrTruncated(), r.durationMs(), true, r.error());
        }
        if (ev != null && ev.path("truncated").isArray() && r.stdout() != null) {
            long from = ev.get("truncated").path(0).asLong(r.stdoutChars());
            r = new ToolResultRecord(r.callId(), r.tool(), r.exitCode(), r.stdout(), r.stderr(), Math.max(from,
                    r.stdoutChars()), r.stderrChars(), true, r.stderrTruncated(), r.durationMs(), r.timedOut(), r.error());
        }
        return r;
    }

    /** A model event's input: inline {@code input}, or the pool ranges of {@code input_refs}. */
    static List<JsonNode> expandInput(JsonNode event, JsonNode sample, String where) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode refs = event.get("input_refs");
        if (refs == null || !refs.isArray()) {
            ImportJson.elements(event.get("input")).forEach(out::add);
            return out;
        }
        JsonNode pool = sample.path("events_data").path("messages");
        if (!pool.isArray()) {
            pool = sample.path("message_pool");
        }
        if (!pool.isArray()) {
            throw new BadInputException(where + ": events_data.messages: missing (a model event has input_refs)");
        }
        for (JsonNode r : refs) {
            int a = r.path(0).asInt(-1);
            int b = r.path(1).asInt(-1);
            if (!r.isArray() || a < 0 || b < a || b > pool.size()) {
                throw new BadInputException(where + ": input_refs: range " + r + " outside the message pool of "
                        + pool.size());
            }
            for (int i = a; i < b; i++) {
                out.add(pool.get(i));
            }
        }
        return out;
    }

    /** Replaces every {@code attachment://<key>} string (at any depth) by the attachment's text. */
    static void resolve(JsonNode node, JsonNode attachments) {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String k : names) {
                if ("attachments".equals(k) && node.get(k) == attachments) {
                    continue;
                }
                JsonNode v = o.get(k);
                if (v.isTextual()) {
                    String r = lookup(v.asText(), attachments);
                    if (r != null) {
                        o.set(k, TextNode.valueOf(r));
                    }
                } else if (v.isContainerNode()) {
                    resolve(v, attachments);
                }
            }
        } else if (node.isArray()) {
            ArrayNode a = (ArrayNode) node;
            for (int i = 0; i < a.size(); i++) {
                JsonNode v = a.get(i);
                if (v.isTextual()) {
                    String r = lookup(v.asText(), attachments);
                    if (r != null) {
                        a.set(i, TextNode.valueOf(r));
                    }
                } else if (v.isContainerNode()) {
                    resolve(v, attachments);
                }
            }
        }
    }

    private static String lookup(String s, JsonNode attachments) {
        if (!s.startsWith(ATTACHMENT)) {
            return null;
        }
        JsonNode v = attachments.get(s.substring(ATTACHMENT.length()));
        return v != null && v.isTextual() ? v.asText() : null;
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
