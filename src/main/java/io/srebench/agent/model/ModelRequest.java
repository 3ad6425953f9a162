package io.srebench.agent.model;

import io.srebench.trajectory.ChatMessage;

import java.util.List;

/** One model call: the conversation so far and the tools the model may call. */
public record ModelRequest(List<ChatMessage> messages, List<ToolSpec> tools) {
    public ModelRequest {
        messages = List.copyOf(messages);
        tools = List.copyOf(tools);
    }
}
