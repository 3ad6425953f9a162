package io.srebench.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files in each third-party format, built from the formats' published field lists (formats.md sections 1.5, 3-5). */
final class Fixtures {
    /** Stirrup v0.2 history as {@code [[m.model_dump(mode="json") for m in g] for g in history]}: two groups. */
    static final String STIRRUP_V02 = """
            [[
             {"role": "system", "content": "You are an AI agent. Finish within 30 steps."},
             {"role": "user", "kind": "user", "content": "Find the root cause of the incident in /snapshot."},
             {"id": "4f1c0d9e6a2b4c0f8e7d6c5b4a392817", "provider_response_id": null, "role": "assistant",
              "blocks": [{"kind": "reasoning", "content": "Start with the alerts."},
                         {"kind": "text", "text": "Listing alerts.", "signature": null},
                         {"kind": "tool_call", "signature": null, "name": "code_exec",
                          "arguments": "{\\"cmd\\": \\"ls /snapshot/alerts\\"}", "tool_call_id": "call_1",
                          "has_provider_tool_call_id": true}],
              "token_usage": {"input": 812, "answer": 30, "reasoning": 4}, "metadata": {},
              "request_start_time": 1032.5, "request_end_time": 1033.9},
             {"role": "tool", "content": \
            "<shell_results>\\n<exit_code>0</exit_code>\\n<stdout>alerts_at_2026.json\\n</stdout>\\n\
            <stderr></stderr>\\n</shell_results>",
              "tool_call_id": "call_1", "name": "code_exec", "args_was_valid": true, "success": true,
              "tool_start_time": 1033.9, "tool_end_time": 1034.15}
            ],[
             {"role": "system", "content": "You are an AI agent. Finish within 30 steps."},
             {"role": "user", "kind": "summary", "content": "So far: listed alerts.", "replaced_ids": \
            ["4f1c0d9e6a2b4c0f8e7d6c5b4a392817"]},
             {"id": "7a1c0d9e6a2b4c0f8e7d6c5b4a392817", "provider_response_id": "resp_1", "role": "assistant",
              "blocks": [{"kind": "signed_reasoning", "signature": "sig", "content": "Grep the events."},
                         {"kind": "tool_call", "signature": null, "name": "code_exec",
                          "arguments": "{\\"cmd\\": \\"grep -c Warning k8s_events_raw.tsv\\"}", "tool_call_id": "call_2",
                          "has_provider_tool_call_id": true},
                         {"kind": "tool_call", "signature": null, "name": "code_exec", "arguments": "{\\"cmd\\": 12}",
                          "tool_call_id": "call_3", "has_provider_tool_call_id": true}],
              "token_usage": {"input": 1200, "answer": 40, "reasoning": 10}, "metadata": {"model": "gpt-5"},
              "request_start_time": 1040.0, "request_end_time": 1041.0},
             {"role": "tool", "content": "<shell_results>\\n<error_kind>timeout</error_kind>\\n<details>command ran \
            longer than 60 s</details>\\n</shell_results>",
              "tool_call_id": "call_2", "name": "code_exec", "args_was_valid": true, "success": false},
             {"role": "tool", "content": "Tool arguments are not valid", "tool_call_id": "call_3", "name": "code_exec",
              "args_was_valid": false, "success": false},
             {"role": "user", "kind": "turn_warning", "content": "2 turns left."},
             {"id": "9a2e0d9e6a2b4c0f8e7d6c5b4a392817", "provider_response_id": null, "role": "assistant",
              "blocks": [{"kind": "tool_call", "signature": null, "name": "finish",
                          "arguments": "{\\"reason\\": \\"```json\\\\n{\\\\\\"entities\\\\\\": \
            [\\\\\\"otel-demo/ConfigMap/flagd-config\\\\\\"]}\\\\n```\\", \\"paths\\": []}",
                          "tool_call_id": "call_4", "has_provider_tool_call_id": true}],
              "token_usage": {"input": 1300, "answer": 18, "reasoning": 0}, "metadata": {},
              "request_start_time": 1042.1, "request_end_time": 1042.8},
             {"role": "tool", "content": "done", "tool_call_id": "call_4", "name": "finish", "args_was_valid": true,
              "success": true, "tool_start_time": 1042.8, "tool_end_time": 1042.8}
            ]]
            """;

    /** Stirrup v0.1 messages in a wrapper object with finish_params and run_metadata. */
    static final String STIRRUP_V01 = """
            {"agent_name": "sre-stirrup", "task_id": "scenario_7",
             "history": [
              {"role": "system", "content": "You are an AI agent."},
              {"role": "user", "content": "Diagnose."},
              {"role": "assistant", "content": "Looking.", "reasoning": {"signature": null, "content": "Alerts first."},
               "tool_calls": [{"name": "code_exec", "arguments": "{\\"cmd\\": \\"head -n 3 otel_logs_raw.tsv\\"}", \
            "tool_call_id": null}],
               "token_usage": {"input": 500, "output": 20}},
              {"role": "tool", "content": \
            "<shell_results>\\n<exit_code>2</exit_code>\\n<stdout></stdout>\\n<stderr>head: cannot \
            open</stderr>\\n</shell_results>",
               "tool_call_id": null, "name": "code_exec", "success": true},
              {"role": "assistant", "content": [{"kind": "text", "text": "Done."}], "tool_calls": [],
               "token_usage": {"input": 600, "answer": 5, "reasoning": 0}}
             ],
             "finish_params": {"reason": "flagd config", "paths": [], "entities": [
                {"name": "otel-demo/ConfigMap/flagd-config", "contributing_factor": true},
                {"name": "otel-demo/Service/frontend", "contributing_factor": false}]},
             "run_metadata": {"token_usage": [], "_model_speed": {"model_slug": "openai/gpt-4.1", "num_calls": 2}}}
            """;

    static final String ITBENCH_OUTPUT = """
            {"entities": [
               {"name": "otel-demo/ConfigMap/flagd-config", "contributing_factor": true, "reasoning": "flag flipped",
                "evidence": "configmap diff"},
               {"name": "otel-demo/Service/frontend-proxy", "contributing_factor": false, "reasoning": "symptom"}],
             "propagations": [{"source": "otel-demo/ConfigMap/flagd-config", "target": "otel-demo/Service/frontend-proxy",
                               "condition": "flag on", "effect": "load"}],
             "alerts_explained": [{"alert": "HighRequestErrorRate", "explanation": "load", "explained": true}]}
            """;

    static final String ITBENCH_TRACE = """
            {"role": "system", "content": "You are an SRE."}
            {"role": "user", "content": "Investigate."}
            {"role": "assistant", "content": null, "tool_calls": [{"id": "t1", "type": "function", "function": {"name": \
            "execute_bash", "arguments": "{\\"command\\": \\"kubectl get cm -n otel-demo\\"}"}}], "usage": \
            {"prompt_tokens": 700, "completion_tokens": 15, "prompt_tokens_details": {"cached_tokens": 600}}, \
            "timestamp": "2026-02-01T08:00:00Z"}
            {"role": "tool", "tool_call_id": "t1", "content": "flagd-config   1   3d"}
            {"event": "progress", "note": "not a message"}
            {"message": {"role": "assistant", "content": "The flag config is the cause."}, "timestamp": "2026-02-01T08:00:05Z"}
            """;

    static final String ATIF = """
            {"schema_version": "ATIF-v1.6", "session_id": "run-7",
             "agent": {"name": "terminus-2", "version": "0.3.0", "model_name": "anthropic/claude-sonnet-4"},
             "steps": [
              {"step_id": 1, "source": "system", "message": "You are a terminal agent."},
              {"step_id": 2, "source": "user", "message": [{"type": "text", "text": "Find the root cause."}]},
              {"step_id": 3, "source": "agent", "message": "Listing.", "timestamp": "2026-02-09T08:20:06Z",
               "reasoning_content": "Check files.", "model_name": "anthropic/claude-sonnet-4",
               "tool_calls": [{"tool_call_id": "c1", "function_name": "bash_command",
                               "arguments": {"keystrokes": "ls alerts\\n", "duration": 0.1}}],
               "observation": {"results": [{"source_call_id": "c1", "content": "alerts_at_x.json\\n"}]},
               "metrics": {"prompt_tokens": 900, "completion_tokens": 12, "cached_tokens": 640, "cost_usd": 0.0011,
                           "extra": {"reasoning_tokens": 4}}},
              {"step_id": 4, "source": "agent", "message": "Submitting.", "timestamp": "2026-02-09T08:20:09Z",
               "tool_calls": [{"tool_call_id": "c2", "function_name": "submit",
                               "arguments": {"entities": ["otel-demo/Deployment/cart"], "reasoning": "OOM"}}],
               "observation": {"results": [{"source_call_id": "c2", "content": "ok"}]},
               "metrics": {"prompt_tokens": 1000, "completion_tokens": 20, "cost_usd": 0.002}}],
             "final_metrics": {"total_prompt_tokens": 1900, "total_completion_tokens": 32, "total_cost_usd": 0.0031,
                               "total_steps": 4}}
            """;

    private Fixtures() {
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, text);
    }

    /** ITBench outputs tree: {@code outputs/Scenario-3/1/outputs/agent_output.json} with a trace, and trial 2 without. */
    static Path itbenchTree(Path root) throws IOException {
        write(root.resolve("Scenario-3/1/outputs/agent_output.json"), ITBENCH_OUTPUT);
        write(root.resolve("Scenario-3/1/trace.jsonl"), ITBENCH_TRACE);
        write(root.resolve("incident_4/2/agent_response.json"), "\"Final answer:\\n```json\\n{\\\"entities\\\": "
                + "[{\\\"name\\\": \\\"otel-demo/Deployment/cart\\\"}]}\\n```\"");
        return root;
    }
}
