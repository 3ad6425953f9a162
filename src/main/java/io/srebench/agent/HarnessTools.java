package io.srebench.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.agent.model.ToolSpec;
import io.srebench.common.JsonMappers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The two tools every agent gets, and strict parsing of their arguments. */
public final class HarnessTools {
    public static final String SHELL = "shell";
    public static final String SUBMIT = "submit";
    private static final ObjectMapper JSON = JsonMappers.json();

    private HarnessTools() {
    }

    /** Parsed arguments of a call, or the reason they are unusable. */
    public record Parsed(String command, List<String> entities, String reasoning, String error) {
        public boolean valid() {
            return error == null;
        }
    }

    public static List<ToolSpec> specs(LoopConfig config) {
        ToolSpec shell = new ToolSpec(SHELL, "Run one bash command in the sandbox (snapshot read-only at /snapshot, "
                + "scratch at /work). Returns exit code, stdout and stderr, each cut to 20000 characters. Killed after "
                + config.commandTimeout().toSeconds() + " s.",
                Map.of("type", "object",
                        "properties", Map.of("command", Map.of("type", "string", "description", "the bash command")),
                        "required", List.of("command")));
        ToolSpec submit = new ToolSpec(SUBMIT, "Submit the final answer and end the session: the independent root-cause "
                + "entities as namespace/Kind/name strings.",
                Map.of("type", "object",
                        "properties", Map.of(
                                "entities", Map.of("type", "array", "items", Map.of("type", "string"),
                                        "description", "root-cause entities, e.g. otel-demo/Deployment/cart"),
                                "reasoning", Map.of("type", "string", "description", "a short justification")),
                        "required", List.of("entities")));
        return List.of(shell, submit);
    }

    /** Parses a call's arguments; never throws. */
    public static Parsed parse(String tool, String arguments) {
        JsonNode args;
        try {
            args = arguments == null || arguments.isBlank() ? JSON.createObjectNode() : JSON.readTree(arguments);
        } catch (JsonProcessingException e) {
            return bad("arguments are not valid JSON (" + e.getOriginalMessage().replace('\n', ' ') + ")");
        }
        if (args == null || !args.isObject()) {
            return bad("arguments must be a JSON object");
        }
        if (SHELL.equals(tool)) {
            JsonNode c = args.get("command");
            if (c == null || !c.isTextual() || c.asText().isBlank()) {
                return bad("shell needs a non-empty string field \"command\"");
            }
            return new Parsed(c.asText(), null, null, null);
        }
        if (SUBMIT.equals(tool)) {
            JsonNode e = args.get("entities");
            if (e == null || !e.isArray()) {
                return bad("submit needs an array of strings \"entities\"");
            }
            List<String> entities = new ArrayList<>();
            for (JsonNode n : e) {
                if (!n.isTextual()) {
                    return bad("submit: every entity must be a string such as \"otel-demo/Deployment/cart\"");
                }
                if (!n.asText().isBlank()) {
                    entities.add(n.asText().trim());
                }
            }
            JsonNode r = args.get("reasoning");
            if (r != null && !r.isNull() && !r.isTextual()) {
                return bad("submit: \"reasoning\" must be a string");
            }
            return new Parsed(null, entities, r == null || r.isNull() ? null : r.asText(), null);
        }
        return bad(tool + " is not a valid tool (use shell or submit)");
    }

    private static Parsed bad(String why) {
        return new Parsed(null, null, null, why);
    }
}
