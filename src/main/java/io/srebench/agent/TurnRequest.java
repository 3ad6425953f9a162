package io.srebench.agent;

import io.srebench.trajectory.ChatMessage;
import java.util.List;

/**
 * What the loop hands an agent each turn.
 *
 * @param turn the turn number, from 1
 * @param turnsLeft turns left including this one
 * @param messages the conversation as the model should see it (trimmed to the context budget)
 * @param previousOutcomes structured results of the previous turn's tool calls, in call order
 */
public record TurnRequest(int turn, int turnsLeft, List<ChatMessage> messages, List<ToolOutcome> previousOutcomes) {
    public TurnRequest {
        messages = List.copyOf(messages);
        previousOutcomes = List.copyOf(previousOutcomes);
    }
}
