package io.srebench.trajectory;

import java.util.Objects;

/**
 * A tool call as the model produced it.
 *
 * @param id the provider's call id (the harness generates one when a provider gave none)
 * @param name the tool name
 * @param arguments the arguments as JSON text, exactly as received; may be malformed
 */
public record ToolCall(String id, String name, String arguments) {
    public ToolCall {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        arguments = arguments == null ? "" : arguments;
    }
}
