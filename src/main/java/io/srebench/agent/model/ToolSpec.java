package io.srebench.agent.model;

import java.util.Map;
import java.util.Objects;

/**
 * A tool offered to the model.
 *
 * @param name tool name
 * @param description what it does, for the model
 * @param parameters JSON schema of its arguments (an object schema), as plain maps and lists
 */
public record ToolSpec(String name, String description, Map<String, Object> parameters) {
    public ToolSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        parameters = Map.copyOf(parameters);
    }
}
