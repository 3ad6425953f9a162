package io.srebench.interop;

/**
 * Files of other agents' formats that used to be misread as Stirrup (SWE-agent, mini-swe-agent, plain chat), Codex
 * rollouts, and IBM's ground-truth list; written from the formats' published field lists (formats.md section 6 for
 * SWE-agent; the mini-swe-agent 1.x and Codex rollout shapes from their public documentation and schemas).
 */
final class ForeignFixtures {
    /** SWE-agent {@code .traj} (v1 shape): trajectory, history, info with model_stats, replay_config. */
    static final String SWE_AGENT_TRAJ = """
            {"trajectory": [
               {"action": "ls -la", "observation": "total 8\\nREADME.md\\n", "response": "Let me look.\\n```\\nls -la\\n```",
                "thought": "Let me look.", "execution_time": 0.12, "state": {"open_file": "n/a", "working_dir": "/repo"},
                "query": [{"role": "system", "content": "You are a helpful assistant."}], "extra_info": {}},
               {"action": "submit", "observation": "diff --git a/x b/x", "response": "Done.\\n```\\nsubmit\\n```",
                "thought": "Done.", "execution_time": 0.5, "state": {"open_file": "n/a", "working_dir": "/repo"},
                "query": [], "extra_info": {}}],
             "history": [
               {"role": "system", "content": "You are a helpful assistant.", "agent": "main", "message_type": "system"},
               {"role": "user", "content": "Fix the bug.", "agent": "main", "message_type": "observation"},
               {"role": "assistant", "content": "Let me look.", "thought": "Let me look.", "action": "ls -la",
                "agent": "main", "message_type": "action"},
               {"role": "user", "content": "total 8", "agent": "main", "message_type": "observation"}],
             "info": {"exit_status": "submitted", "submission": "diff --git a/x b/x",
                      "model_stats": {"instance_cost": 1.27, "tokens_sent": 120000, "tokens_received": 2612,
                                      "api_calls": 2},
                      "swe_agent_version": "1.1.0"},
             "replay_config": "{\\"agent\\": {}}", "environment": "swe_main"}
            """;

    /** mini-swe-agent 1.x trajectory: info, messages (incl. a final "exit" role), trajectory_format. */
    static final String MINI_SWE_AGENT = """
            {"info": {"exit_status": "Submitted", "submission": "", "model_stats": {"instance_cost": 0.031,
                      "api_calls": 2}, "mini_version": "1.9.0", "config": {"agent": {}, "model": {}}},
             "messages": [
               {"role": "system", "content": "You are a helpful assistant that can interact with a computer."},
               {"role": "user", "content": "Please solve this issue."},
               {"role": "assistant", "content": "THOUGHT: look\\n```bash\\nls\\n```"},
               {"role": "user", "content": "<returncode>0</returncode>\\n<output>a.txt</output>"},
               {"role": "exit", "content": "", "extra": {"exit_status": "Submitted"}}],
             "trajectory_format": "mini-swe-agent-1"}
            """;

    /** Codex CLI rollout JSONL: one {timestamp, type, payload} object per line. */
    static final String CODEX_ROLLOUT = String.join("\n",
            "{\"timestamp\":\"2026-03-01T10:00:00.000Z\",\"type\":\"session_meta\",\"payload\":{\"id\":\"s-1\","
                    + "\"cwd\":\"/w\",\"cli_version\":\"0.50.0\"}}",
            "{\"timestamp\":\"2026-03-01T10:00:01.000Z\",\"type\":\"turn_context\",\"payload\":{\"cwd\":\"/w\","
                    + "\"model\":\"gpt-5-codex\"}}",
            "{\"timestamp\":\"2026-03-01T10:00:02.000Z\",\"type\":\"response_item\",\"payload\":{\"type\":"
                    + "\"function_call\",\"name\":\"shell\",\"arguments\":\"{\\\"command\\\":[\\\"ls\\\"]}\","
                    + "\"call_id\":\"c1\"}}",
            "{\"timestamp\":\"2026-03-01T10:00:02.500Z\",\"type\":\"event_msg\",\"payload\":{\"type\":"
                    + "\"token_count\",\"info\":{\"total_token_usage\":{\"input_tokens\":1200,\"cached_input_tokens\":800,"
                    + "\"output_tokens\":40,\"total_tokens\":1240},\"last_token_usage\":{\"input_tokens\":1200,"
                    + "\"cached_input_tokens\":800,\"output_tokens\":40,\"total_tokens\":1240}}}}",
            "{\"timestamp\":\"2026-03-01T10:00:03.000Z\",\"type\":\"response_item\",\"payload\":{\"type\":"
                    + "\"function_call_output\",\"call_id\":\"c1\",\"output\":\"a.txt\"}}",
            "{\"timestamp\":\"2026-03-01T10:00:03.100Z\",\"type\":\"event_msg\",\"payload\":{\"type\":"
                    + "\"exec_command_end\",\"call_id\":\"c1\",\"exit_code\":0}}",
            "");

    /** A plain OpenAI chat transcript: messages without any Stirrup marks. */
    static final String OPENAI_CHAT = """
            {"model": "gpt-4o", "messages": [
               {"role": "system", "content": "You are an SRE."},
               {"role": "user", "content": "Why is cart failing?"},
               {"role": "assistant", "content": null, "tool_calls": [{"id": "t1", "type": "function",
                 "function": {"name": "bash", "arguments": "{}"}}]},
               {"role": "tool", "tool_call_id": "t1", "content": "ok"}]}
            """;

    /** IBM's multi-scenario ground truths: a list of v1 ground truths with ids. */
    static final String IBM_GROUND_TRUTHS = """
            [{"id": "2", "groups": [{"id": "g1", "kind": "ConfigMap", "namespace": "otel-demo", "name": "flagd-config",
               "root_cause": true}], "propagations": []},
             {"id": "3", "groups": [{"id": "g1", "kind": "Service", "namespace": "otel-demo", "name": "ad",
               "root_cause": true}], "propagations": []}]
            """;

    private ForeignFixtures() {
    }
}
