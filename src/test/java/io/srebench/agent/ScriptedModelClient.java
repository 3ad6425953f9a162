package io.srebench.agent;

import io.srebench.trajectory.ChatMessage;
import io.srebench.agent.model.ModelCallException;
import io.srebench.agent.model.ModelClient;
import io.srebench.agent.model.ModelReply;
import io.srebench.agent.model.ModelRequest;
import io.srebench.trajectory.TokenUsage;
import io.srebench.trajectory.ToolCall;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A model double: replays scripted replies (or failures) in order and records every request. */
public final class ScriptedModelClient implements ModelClient {
    private final Deque<Object> script = new ArrayDeque<>();
    public final List<ModelRequest> requests = new ArrayList<>();

    public ScriptedModelClient reply(String text, ToolCall... calls) {
        script.add(new ModelReply(new ChatMessage.Assistant(text, List.of(), List.of(calls)),
                new TokenUsage(1000, 200, 100, 20), 50, "tool_calls"));
        return this;
    }

    public ScriptedModelClient fail(ModelCallException e) {
        script.add(e);
        return this;
    }

    @Override
    public ModelReply complete(ModelRequest request) throws ModelCallException {
        requests.add(request);
        Object next = script.isEmpty() ? null : script.poll();
        if (next == null) {
            return new ModelReply(new ChatMessage.Assistant("still thinking", List.of(), List.of()), TokenUsage.ZERO, 1, "stop");
        }
        if (next instanceof ModelCallException e) {
            throw e;
        }
        return (ModelReply) next;
    }

    public static ToolCall shell(String id, String command) {
        return new ToolCall(id, "shell", "{\"command\": " + quote(command) + "}");
    }

    public static ToolCall submit(String id, String... entities) {
        StringBuilder sb = new StringBuilder("{\"entities\": [");
        for (int i = 0; i < entities.length; i++) {
            sb.append(i > 0 ? ", " : "").append(quote(entities[i]));
        }
        return new ToolCall(id, "submit", sb.append("], \"reasoning\": \"because\"}").toString());
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
