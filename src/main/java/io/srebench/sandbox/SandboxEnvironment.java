package io.srebench.sandbox;

import java.util.Map;

/**
 * The complete environment of a sandboxed command. It is fixed: nothing is inherited from the host
 * process, so API keys and tokens in srebench's own environment never reach an agent's command.
 */
public final class SandboxEnvironment {
    /** Search path inside the sandbox. */
    public static final String PATH = "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin";

    private SandboxEnvironment() {
    }

    /** The variables a command sees, with {@code home} as HOME (the scratch directory). */
    public static Map<String, String> of(String home) {
        return Map.of("PATH", PATH, "HOME", home, "LANG", "C.UTF-8", "TERM", "dumb", "USER", "sandbox",
                "LOGNAME", "sandbox", "SHELL", "/bin/bash");
    }
}
