package io.srebench.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxFactoryTest {
    @TempDir
    Path tmp;

    @Test
    void picksBwrapWhenItWorksAndWarnsOtherwise() throws Exception {
        SandboxFixture fx = new SandboxFixture(tmp);
        if (SandboxFactory.bwrapRequired()) {
            assertTrue(SandboxFactory.bwrapAvailable(), "required but unusable: " + SandboxFactory.warning().orElse(""));
        }
        try (Sandbox sb = SandboxFactory.create(fx.snapshot, SandboxOptions.defaults())) {
            assertEquals(SandboxFactory.backend(), sb.backend());
            if ("bwrap".equals(sb.backend())) {
                assertTrue(SandboxFactory.warning().isEmpty());
            } else {
                assertTrue(SandboxFactory.warning().orElseThrow().contains("ground truth"));
            }
        }
    }
}
