package io.srebench.arch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every GitHub action the workflows use is pinned to a full commit SHA; the package workflow runs on v* tags. */
class WorkflowPinsTest {
    private static final Path WORKFLOWS = Path.of(".github", "workflows");
    private static final Pattern USES = Pattern.compile("uses:\\s*(\\S+)");
    private static final Pattern PINNED = Pattern.compile("[\\w.-]+/[\\w./-]+@[0-9a-f]{40}");

    @Test
    void actionsArePinnedByCommitSha() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(WORKFLOWS)) {
            files = s.filter(p -> p.toString().endsWith(".yml")).toList();
        }
        assertFalse(files.isEmpty());
        int uses = 0;
        for (Path f : files) {
            Matcher m = USES.matcher(Files.readString(f, StandardCharsets.UTF_8));
            while (m.find()) {
                uses++;
                assertTrue(PINNED.matcher(m.group(1)).matches(), f + ": not pinned by SHA: " + m.group(1));
            }
        }
        assertTrue(uses >= 4, "found " + uses + " uses");
    }

    @Test
    void packagesAreBuiltOnVersionTags() throws IOException {
        String wf = Files.readString(WORKFLOWS.resolve("package.yml"), StandardCharsets.UTF_8);
        assertTrue(wf.contains("tags: ['v*']"));
        assertTrue(wf.contains("-Ppackage,deb"));
    }
}
