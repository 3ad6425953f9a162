package io.srebench.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The commands an agent can rely on inside the sandbox, from the resource {@code tools.txt} (one name a
 * line, {@code #} comments). The same list drives {@code sandbox-image/Dockerfile} and the prompt's tool
 * description; a test checks every name resolves inside {@link BwrapSandbox}.
 */
public final class ToolSet {
    private ToolSet() {
    }

    /** The tool names, in file order. */
    public static List<String> names() {
        try (InputStream in = ToolSet.class.getResourceAsStream("tools.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource io/srebench/sandbox/tools.txt is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tools.txt", e);
        }
    }
}
