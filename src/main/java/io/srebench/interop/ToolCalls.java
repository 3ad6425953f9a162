package io.srebench.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.agent.HarnessTools;
import io.srebench.trajectory.ToolCallRecord;
import java.util.Locale;
import java.util.Set;

/**
 * Maps other harnesses' tool calls onto srebench's. A call is taken as a shell command when the tool's name is a
 * known shell tool ({@code bash}, {@code code_exec}, {@code execute_bash}, ...) and its arguments hold one string
 * field {@code command}, {@code cmd}, {@code script} or {@code keystrokes}; it becomes srebench's {@code shell} tool
 * with {@code {"command": ...}}. Every other call keeps its own name and arguments (as compact JSON text).
 */
final class ToolCalls {
    static final String SHELL = "shell";
    private static final Set<String> SHELL_TOOLS = Set.of("shell", "bash", "sh", "zsh", "code_exec", "execute_bash",
            "bash_command", "run_shell", "run_shell_command", "shell_command", "run_command", "execute_command",
            "exec", "exec_command", "terminal", "run_terminal_cmd", "shell_exec", "kubectl", "local_shell",
            "container.exec", "run_bash");
    private static final String[] COMMAND_KEYS = {"command", "cmd", "script", "keystrokes"};
    private static final Set<String> SUBMIT_TOOLS = Set.of(HarnessTools.SUBMIT, "finish", "submit_answer",
            "final_answer", "submit_result", "submit_diagnosis", "report_root_cause", "submit_root_cause");

    private ToolCalls() {
    }

    /** Whether a tool's name marks it as the final-answer tool. */
    static boolean isSubmit(String name) {
        return name != null && SUBMIT_TOOLS.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The srebench record of a call.
     *
     * @param args the arguments: a JSON object node, or a text node holding JSON text (possibly malformed)
     * @param parseError the source's note that the arguments did not parse, or null
     */
    static ToolCallRecord record(String id, String name, JsonNode args, String parseError) {
        String safeId = id == null ? "" : id;
        String safeName = name == null ? "" : name;
        String text;
        JsonNode obj = null;
        if (args == null || args.isNull() || args.isMissingNode()) {
            text = "{}";
            obj = ImportJson.READER.createObjectNode();
        } else if (args.isTextual()) {
            text = args.asText();
            obj = parseObject(text);
        } else {
            text = ImportJson.compact(args);
            obj = args;
        }
        if (parseError == null && obj != null && obj.isObject() && SHELL_TOOLS.contains(safeName.toLowerCase(Locale.ROOT))) {
            String command = commandOf(obj);
            if (command != null) {
                ObjectNode mapped = ImportJson.READER.createObjectNode().put("command", command);
                return new ToolCallRecord(safeId, SHELL, ImportJson.compact(mapped), true, null);
            }
        }
        boolean valid = parseError == null && (obj != null);
        String error = parseError != null ? parseError : obj == null ? "arguments are not a JSON object" : null;
        return new ToolCallRecord(safeId, safeName, text, valid, error);
    }

    private static String commandOf(JsonNode obj) {
        for (String k : COMMAND_KEYS) {
            JsonNode v = obj.get(k);
            if (v != null && v.isTextual()) {
                String s = v.asText();
                // terminal keystrokes end with the Enter key
                return "keystrokes".equals(k) ? s.stripTrailing() : s;
            }
        }
        return null;
    }

    /** JSON text as an object node, or null when it is not a JSON object. */
    static JsonNode parseObject(String text) {
        if (text == null || text.isBlank()) {
            return ImportJson.READER.createObjectNode();
        }
        try {
            JsonNode n = ImportJson.READER.readTree(text);
            return n != null && n.isObject() ? n : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
