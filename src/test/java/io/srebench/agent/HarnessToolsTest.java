package io.srebench.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HarnessToolsTest {
    @Test
    void parsesGoodCalls() {
        assertEquals("ls -la", HarnessTools.parse("shell", "{\"command\": \"ls -la\"}").command());
        HarnessTools.Parsed s = HarnessTools.parse("submit", "{\"entities\": [\" a/Service/b \", \"\"]}");
        assertEquals(List.of("a/Service/b"), s.entities());
        assertNull(s.reasoning());
        assertTrue(HarnessTools.parse("submit", "{\"entities\": []}").valid());
    }

    @Test
    void rejectsMalformedCallsWithAReason() {
        assertTrue(HarnessTools.parse("shell", "{\"command\": ").error().contains("not valid JSON"));
        assertTrue(HarnessTools.parse("shell", "[1]").error().contains("JSON object"));
        assertTrue(HarnessTools.parse("shell", "{\"cmd\": \"ls\"}").error().contains("\"command\""));
        assertTrue(HarnessTools.parse("submit", "{\"entities\": \"a/Service/b\"}").error().contains("array"));
        assertTrue(HarnessTools.parse("submit", "{\"entities\": [1]}").error().contains("string"));
        assertTrue(HarnessTools.parse("python", "{}").error().contains("not a valid tool"));
        assertFalse(HarnessTools.parse("shell", "").valid());
    }

    @Test
    void systemPromptStatesTheRules() {
        String p = Prompts.system(LoopConfig.DEFAULT);
        for (String must : List.of("/snapshot", "read-only", "/work", "namespace/Kind/name", "independent root causes",
                "alerts/alerts_at_", "k8s_events_raw.tsv", "otel_traces_raw.tsv", "metrics/pod_", "topology.json",
                "productcatalogservice", "does not by itself", "300 seconds", "100 turns")) {
            assertTrue(p.contains(must), must);
        }
    }
}
