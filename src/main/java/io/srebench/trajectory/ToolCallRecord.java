package io.srebench.trajectory;

/**
 * One tool call of a turn.
 *
 * @param arguments the arguments as the model sent them (JSON text, possibly malformed)
 * @param valid whether the harness could use the arguments (known tool, well-formed, required fields present)
 * @param error why not, when {@code valid} is false
 */
public record ToolCallRecord(String id, String name, String arguments, boolean valid, String error) {
}
