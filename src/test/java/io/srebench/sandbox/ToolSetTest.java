package io.srebench.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolSetTest {
    @TempDir
    Path tmp;

    @Test
    void everyListedToolResolvesInsideTheSandbox() throws Exception {
        List<String> tools = ToolSet.names();
        assertTrue(tools.containsAll(List.of("bash", "cat", "grep", "sed", "awk", "jq", "find", "xargs", "diff", "zcat")));
        SandboxFixture fx = new SandboxFixture(tmp);
        try (Sandbox sb = SandboxFixture.bwrap(fx.snapshot, SandboxOptions.defaults())) {
            StringBuilder cmd = new StringBuilder("missing=0; for t in");
            tools.forEach(t -> cmd.append(' ').append(t));
            cmd.append("; do command -v \"$t\" >/dev/null || { echo \"missing: $t\"; missing=1; }; done; exit $missing");
            ExecResult r = sb.exec(cmd.toString(), Duration.ofSeconds(30));
            assertEquals("", r.stdout());
            assertEquals(0, r.exitCode());
            ExecResult works = sb.exec("echo '{\"a\":[1,2]}' | jq -c .a | tr -d '[]' | awk -F, '{print $1+$2}' | sed 's/3/three/'"
                    + " | gzip | zcat", Duration.ofSeconds(30));
            assertEquals("three\n", works.stdout(), works.stderr());
        }
    }
}
