package io.srebench.agent;

/** Tool-error text the agent reads when a call cannot run (results of commands: {@code ToolResultFormat}). */
public final class ShellResultFormat {
    private ShellResultFormat() {
    }

    public static String error(String message) {
        return "Error: " + message;
    }
}
