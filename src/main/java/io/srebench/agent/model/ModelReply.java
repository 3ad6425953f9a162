package io.srebench.agent.model;

import io.srebench.trajectory.ChatMessage;

import io.srebench.trajectory.TokenUsage;

import java.util.Objects;

/**
 * What a model answered.
 *
 * @param message the assistant message (text, reasoning, tool calls)
 * @param usage tokens of the call
 * @param latencyMs wall time of the successful attempt, in milliseconds
 * @param stopReason the provider's stop/finish reason as text, or null
 */
public record ModelReply(ChatMessage.Assistant message, TokenUsage usage, long latencyMs, String stopReason) {
    public ModelReply {
        Objects.requireNonNull(message, "message");
        usage = usage == null ? TokenUsage.ZERO : usage;
    }
}
