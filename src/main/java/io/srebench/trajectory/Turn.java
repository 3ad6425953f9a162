package io.srebench.trajectory;

import java.time.Instant;
import java.util.List;

/**
 * One turn: one agent reply (one model call) and the tool calls it made.
 *
 * <p>The conversation the agent saw in turn n is: the {@code inputDelta}s, assistant replies and rendered tool
 * results of turns 1..n-1 in order, then turn n's {@code inputDelta}. {@code inputDelta} holds what the harness
 * added: the system and task prompts (turn 1), a nudge answering a reply without tool calls, a turn warning
 * (user messages of kind {@code nudge} / {@code turn_warning}).
 *
 * @param index from 1
 * @param reasoning the reasoning text the provider returned, or empty
 * @param usage tokens of the model call (zero for agents without a model)
 * @param modelLatencyMs wall time of the agent's reply (for model agents: the successful HTTP attempt)
 * @param toolTimeMs wall time of this turn's tool calls
 * @param costUsd cost of the model call; null when the model's price is unknown
 * @param trims tool outputs removed from the conversation before this turn's model call
 * @param malformedCalls tool calls of this turn the harness rejected
 * @param stopReason the provider's stop reason, or null
 */
public record Turn(int index, Instant startedAt, Instant endedAt, List<ChatMessage> inputDelta, String assistantText,
                   String reasoning, List<ToolCallRecord> toolCalls, List<ToolResultRecord> toolResults, TokenUsage usage,
                   long modelLatencyMs, long toolTimeMs, Double costUsd, List<TrimRecord> trims, int malformedCalls,
                   String stopReason) {
    public Turn {
        inputDelta = inputDelta == null ? List.of() : List.copyOf(inputDelta);
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        toolResults = toolResults == null ? List.of() : List.copyOf(toolResults);
        trims = trims == null ? List.of() : List.copyOf(trims);
        usage = usage == null ? TokenUsage.ZERO : usage;
        assistantText = assistantText == null ? "" : assistantText;
        reasoning = reasoning == null ? "" : reasoning;
    }

    /** The harness notes of a kind ({@link ChatMessage.User#NUDGE}, {@link ChatMessage.User#TURN_WARNING}) sent this turn. */
    public List<String> notes(String kind) {
        return inputDelta.stream().filter(m -> m instanceof ChatMessage.User u && u.kind().equals(kind))
                .map(m -> ((ChatMessage.User) m).text()).toList();
    }
}
