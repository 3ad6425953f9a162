package io.srebench.trajectory;

import java.time.Instant;

/**
 * Run metadata.
 *
 * @param runId unique id of the run
 * @param taskId the task's id
 * @param agent the agent's registry name ({@code model}, {@code alert-echo}, {@code topology-walk}, {@code oracle})
 * @param endpoint the model endpoint; null for agents that use no model
 * @param sandboxBackend {@code bwrap} or {@code process}
 * @param endedAt null while running
 * @param status null while running
 * @param error one line when {@code status} is errored (or interrupted), else null
 * @param maxTurns the turn cap
 * @param commandTimeoutSeconds per shell command
 * @param contextBudgetTokens estimated-token budget above which old tool outputs are trimmed
 */
public record RunInfo(String runId, String taskId, String agent, EndpointInfo endpoint, String sandboxBackend,
                      Instant startedAt, Instant endedAt, RunStatus status, String error, int maxTurns,
                      long commandTimeoutSeconds, long contextBudgetTokens) {

    public RunInfo ended(Instant at, RunStatus s, String err) {
        return new RunInfo(runId, taskId, agent, endpoint, sandboxBackend, startedAt, at, s, err, maxTurns,
                commandTimeoutSeconds, contextBudgetTokens);
    }
}
