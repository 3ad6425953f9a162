package io.srebench.interop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Path;

/** Inspect AI logs built to the published EvalLog / EvalSample shape (inspect_ai log/_log.py), for tests and benches. */
final class InspectFixture {
    static final String HEADER = """
            {"version": 2, "status": "success",
             "eval": {"eval_id": "e1", "run_id": "r1", "created": "2026-01-02T10:00:00-05:00", "task": "itbench_sre",
                      "task_id": "t1", "task_version": 0, "solver": "react", "model": "openai/gpt-4o",
                      "dataset": {"name": "itbench", "samples": 2}, "config": {}, "packages": {"inspect_ai": "0.3.210"},
                      "future_field": {"x": 1}},
             "plan": {"name": "plan", "steps": [{"solver": "react", "params": {}}], "config": {}},
             "results": {"total_samples": 2, "completed_samples": 2, "scores": []},
             "stats": {"started_at": "2026-01-02T10:00:00-05:00", "completed_at": "2026-01-02T10:05:00-05:00",
                       "model_usage": {}}}""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private InspectFixture() {
    }

    static String q(String s) {
        return TextNode.valueOf(s).toString();
    }

    /**
     * One sample with inline messages: two shell calls (one failing), then a submit call. Model events carry
     * usage and times; the first assistant text is moved to an attachment in the events (as Inspect does).
     *
     * @param pad characters of tool output to add (to make large logs)
     */
    static String sample(String id, int epoch, String scenarioMeta, int pad) {
        return sample(id, epoch, scenarioMeta, "x".repeat(pad));
    }

    /** As {@link #sample(String, int, String, int)} with the given extra tool output. */
    static String sample(String id, int epoch, String scenarioMeta, String padText) {
        String out = "alerts_at_2026-01-02T10-00-00.000000.json\n" + padText;
        String answer = "{\"entities\": [\"otel-demo/Deployment/cart\", \"otel-demo/ConfigMap/flagd-config\"]}";
        String a1 = "{\"id\": \"m3\", \"role\": \"assistant\", \"source\": \"generate\", \"model\": \"gpt-4o\", "
                + "\"content\": [{\"type\": \"reasoning\", \"reasoning\": \"Look at the alerts first.\", \"redacted\": false},"
                + " {\"type\": \"text\", \"text\": \"Listing the alerts.\"}],"
                + " \"tool_calls\": [{\"id\": \"call_1\", \"function\": \"bash\", \"arguments\": {\"cmd\": \"ls alerts\"},"
                + " \"type\": \"function\"}]}";
        String a1Ref = a1.replace("\"Listing the alerts.\"", "\"attachment://0123456789abcdef0123456789abcdef\"");
        String a2 = "{\"id\": \"m5\", \"role\": \"assistant\", \"content\": \"\", \"tool_calls\": [{\"id\": \"call_2\","
                + " \"function\": \"bash\", \"arguments\": {\"cmd\": \"cat nothing.txt\"}, \"type\": \"function\"}]}";
        String a3 = "{\"id\": \"m7\", \"role\": \"assistant\", \"content\": \"Submitting.\", \"tool_calls\": [{\"id\":"
                + " \"call_3\", \"function\": \"submit\", \"arguments\": {\"answer\": " + q(answer)
                + "}, \"type\": \"function\"}]}";
        return """
                {"id": %s, "epoch": %d, "input": "Investigate the incident.", "target": "hidden",
                 "metadata": {"scenario": %s},
                 "messages": [
                  {"id": "m1", "role": "system", "content": "You are an SRE agent."},
                  {"id": "m2", "role": "user", "source": "input", "content": "Investigate the incident."},
                  %s,
                  {"id": "m4", "role": "tool", "tool_call_id": "call_1", "function": "bash", "content": %s},
                  %s,
                  {"id": "m6", "role": "tool", "tool_call_id": "call_2", "function": "bash", "content": "",
                   "error": {"type": "unknown", "message": "cat: nothing.txt: No such file or directory"}},
                  %s,
                  {"id": "m8", "role": "tool", "tool_call_id": "call_3", "function": "submit", "content": "submitted"}],
                 "output": {"model": "openai/gpt-4o", "completion": "Submitting.",
                            "choices": [{"message": %s, "stop_reason": "tool_calls"}],
                            "usage": {"input_tokens": 1500, "output_tokens": 30, "total_tokens": 1530}},
                 "scores": {"rca": {"value": 1.0, "answer": "cart", "explanation": "ok"}},
                 "events": [
                  {"event": "sample_init", "timestamp": "2026-01-02T10:00:00-05:00", "working_start": 0, "sample": {}},
                  %s, %s, %s, %s, %s,
                  {"event": "future_event", "timestamp": "2026-01-02T10:00:09-05:00", "anything": [1, 2]}],
                 "model_usage": {"openai/gpt-4o": {"input_tokens": 3600, "output_tokens": 80, "total_tokens": 3680,
                                                   "total_cost": 0.0123}},
                 "started_at": "2026-01-02T10:00:00-05:00", "completed_at": "2026-01-02T10:00:10-05:00",
                 "total_time": 10.0, "uuid": "uuid-%s-%d",
                 "attachments": {"0123456789abcdef0123456789abcdef": "Listing the alerts."}}
                """.formatted(q(id), epoch, q(scenarioMeta), a1, q(out), a2, a3, a3,
                modelEvent("2026-01-02T10:00:01-05:00", a1Ref, 1000, 20, 800, 0.004),
                toolEvent("call_1", 0.25), modelEvent("2026-01-02T10:00:03-05:00", a2, 1100, 25, 0, 0.005),
                toolEvent("call_2", 0.5), modelEvent("2026-01-02T10:00:06-05:00", a3, 1500, 35, 0, 0.0033), id, epoch);
    }

    private static String modelEvent(String at, String message, long in, long out, long cacheRead, double cost) {
        return """
                {"event": "model", "timestamp": "%s", "working_start": 1.0, "working_time": 1.5, "model": "openai/gpt-4o",
                 "input": [], "tools": [], "tool_choice": "auto", "config": {},
                 "output": {"model": "openai/gpt-4o", "choices": [{"message": %s, "stop_reason": "tool_calls"}],
                            "usage": {"input_tokens": %d, "output_tokens": %d, "total_tokens": %d,
                                      "input_tokens_cache_read": %d, "total_cost": %s}, "time": 1.25}}"""
                .formatted(at, message, in, out, in + out + cacheRead, cacheRead, cost);
    }

    private static String toolEvent(String id, double seconds) {
        return """
                {"event": "tool", "timestamp": "2026-01-02T10:00:02-05:00", "working_start": 2.0, "type": "function",
                 "id": "%s", "function": "bash", "arguments": {"cmd": "ls"}, "result": "", "events": [],
                 "working_time": %s}""".formatted(id, seconds);
    }

    /**
     * A sample written the newer way: no inline messages, model event inputs in the message pool
     * ({@code events_data.messages} + {@code input_refs}) and long texts in attachments.
     */
    static String pooledSample(String id) {
        String longText = "The frontend-proxy alert fires because flagd-config enables a load-generator flood. ".repeat(3);
        String pool = """
                [{"role": "system", "content": "You are an SRE agent."},
                 {"role": "user", "content": "attachment://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
                 {"role": "assistant", "content": "Checking.", "tool_calls": [{"id": "c1", "function": "bash",
                   "arguments": {"cmd": "attachment://bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"}}]},
                 {"role": "tool", "tool_call_id": "c1", "function": "bash",
                  "content": "attachment://cccccccccccccccccccccccccccccccc"}]""";
        String finalMsg = "{\"role\": \"assistant\", \"id\": \"fin\","
                + " \"content\": \"attachment://dddddddddddddddddddddddddddddddd\","
                + " \"tool_calls\": [{\"id\": \"c2\", \"function\": \"submit\", \"arguments\": {\"answer\":"
                + " \"[\\\"otel-demo/ConfigMap/flagd-config\\\"]\"}}]}";
        return """
                {"id": %s, "epoch": 1, "input": "x", "target": "y", "messages": [],
                 "events": [
                  {"event": "model", "timestamp": "2026-03-01T12:00:00Z", "model": "anthropic/claude", "input": [],
                   "input_refs": [[0, 2]], "tools": [], "tool_choice": "auto", "config": {},
                   "output": {"choices": [{"message": {"role": "assistant", "content": "Checking."}}]}},
                  {"event": "model", "timestamp": "2026-03-01T12:00:05Z", "model": "anthropic/claude", "input": [],
                   "input_refs": [[0, 2], [2, 4]], "tools": [], "tool_choice": "auto", "config": {},
                   "output": {"choices": [{"message": %s, "stop_reason": "tool_calls"}],
                              "usage": {"input_tokens": 50, "output_tokens": 10, "total_tokens": 560,
                                        "input_tokens_cache_read": 400, "input_tokens_cache_write": 100}}}],
                 "events_data": {"messages": %s, "calls": []},
                 "attachments": {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa": "Investigate scenario 1.",
                                 "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb": "kubectl get pods -n otel-demo",
                                 "cccccccccccccccccccccccccccccccc": %s,
                                 "dddddddddddddddddddddddddddddddd": "Root cause found."}}
                """.formatted(q(id), finalMsg, pool, q(longText));
    }

    /** A {@code .eval} with {@code n} samples (ids scenario-1.. cycling over 5 scenarios, 2 epochs when asked). */
    static Path eval(Path file, int n, int method, int pad) throws IOException {
        ZipBuilder z = new ZipBuilder();
        z.add("_journal/start.json", "{\"version\": 2, \"eval\": {}, \"plan\": {}}", method);
        StringBuilder summaries = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            String id = "scenario_" + (i % 5 + 1) + "_" + i;
            z.add("samples/" + id + "_epoch_1.json", sample(id, 1, "Scenario-" + (i % 5 + 1), pad), method);
            summaries.append(i == 0 ? "" : ",").append("{\"id\": ").append(q(id)).append(", \"epoch\": 1}");
        }
        z.add("summaries.json", summaries.append("]").toString(), method);
        z.add("header.json", HEADER, method);
        return z.write(file);
    }

    /** The same log as one {@code .json} document. */
    static String jsonLog(int n) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER.substring(0, HEADER.lastIndexOf('}')));
        sb.append(", \"samples\": [");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append(sample("s" + i, i + 1, "incident-" + (i + 2), 0));
        }
        sb.append("], \"reductions\": []}");
        JSON.readTree(sb.toString()); // the fixture itself must be valid JSON
        return sb.toString();
    }
}
