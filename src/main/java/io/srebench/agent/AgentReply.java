package io.srebench.agent;

import io.srebench.trajectory.ChatMessage;
import io.srebench.trajectory.TokenUsage;
import io.srebench.trajectory.ToolCall;
import java.util.List;
import java.util.Objects;

/**
 * An agent's reply for one turn.
 *
 * @param message text, reasoning and tool calls
 * @param usage tokens spent (zero for agents without a model)
 * @param latencyMs model latency, or -1 to let the loop use the measured time of {@link Agent#act}
 * @param costUsd cost of the turn; null when unknown
 * @param stopReason provider stop reason, or null
 */
public record AgentReply(ChatMessage.Assistant message, TokenUsage usage, long latencyMs, Double costUsd,
                         String stopReason) {
    public AgentReply {
        Objects.requireNonNull(message, "message");
        usage = usage == null ? TokenUsage.ZERO : usage;
    }

    /** A reply of an agent without a model: free, no tokens. */
    public static AgentReply scripted(String text, List<ToolCall> calls) {
        return new AgentReply(new ChatMessage.Assistant(text, List.of(), calls), TokenUsage.ZERO, -1, 0.0, null);
    }
}
