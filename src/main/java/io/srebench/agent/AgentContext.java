package io.srebench.agent;

import io.srebench.agent.model.ToolSpec;
import java.util.List;

/**
 * What an agent is told at the start of a run.
 *
 * @param taskId the task's id
 * @param snapshotDescription a line about the snapshot (application, namespace), may be empty
 * @param defaultNamespace the namespace entities fall back to, or null
 * @param systemPrompt the harness's system prompt (model agents send it; baselines may ignore it)
 * @param taskPrompt the task message
 * @param tools the tools offered ({@code shell}, {@code submit}); calls are executed by the loop
 * @param maxTurns the turn budget
 */
public record AgentContext(String taskId, String snapshotDescription, String defaultNamespace, String systemPrompt,
                           String taskPrompt, List<ToolSpec> tools, int maxTurns) {
    public AgentContext {
        tools = List.copyOf(tools);
    }
}
