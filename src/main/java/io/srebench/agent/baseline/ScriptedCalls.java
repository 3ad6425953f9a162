package io.srebench.agent.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.agent.HarnessTools;
import io.srebench.common.JsonMappers;
import io.srebench.trajectory.ToolCall;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the tool calls scripted agents make, with deterministic ids. */
public final class ScriptedCalls {
    private static final ObjectMapper JSON = JsonMappers.json();

    private ScriptedCalls() {
    }

    public static ToolCall shell(int turn, int n, String command) {
        return new ToolCall("t" + turn + "c" + n, HarnessTools.SHELL, json(Map.of("command", command)));
    }

    public static ToolCall submit(int turn, List<String> entities, String reasoning) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("entities", entities);
        args.put("reasoning", reasoning);
        return new ToolCall("t" + turn + "submit", HarnessTools.SUBMIT, json(args));
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
