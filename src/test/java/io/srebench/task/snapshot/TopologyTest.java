package io.srebench.task.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.common.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopologyTest {
    @TempDir
    Path tmp;

    @Test
    void nodesEdgesAndBothMetaSpellings() throws IOException {
        Path f = Files.writeString(tmp.resolve("topology.json"), """
                {"nodes": [{"id": "Deployment/cart", "kind": "Deployment", "name": "cart", "namespace": "otel-demo"},
                           {"id": "frontend", "kind": "App", "name": "frontend"}],
                 "edges": [{"source": "frontend", "relation": "calls", "target": "cart", "meta": {"protocol": "grpc"}},
                           {"source": "Namespace/otel-demo", "relation": "contains", "target": "Deployment/cart",
                            "metadata": {"weight": 2}},
                           {"source": "cart", "relation": "IS_ALIAS", "target": "Deployment/cart"}]}
                """);
        Topology t = Topology.read(f);
        assertEquals(2, t.nodes().size());
        assertEquals("otel-demo", t.node("Deployment/cart").orElseThrow().namespace());
        assertEquals(Topology.Relation.CALLS, t.edges().get(0).relation());
        assertEquals(Map.of("protocol", "grpc"), t.edges().get(0).meta());
        assertEquals(Map.of("weight", 2), t.edges().get(1).meta());
        assertEquals(Topology.Relation.IS_ALIAS, t.edges().get(2).relation());
        assertEquals(2, t.incoming("Deployment/cart").size());
        assertEquals("depends_on", Topology.Relation.DEPENDS_ON.wire());
    }

    @Test
    void unknownRelationAndMissingIdNameTheField() throws IOException {
        Path f = Files.writeString(tmp.resolve("t.json"), "{\"nodes\": [], \"edges\": [{\"source\": \"a\", \"target\": \"b\","
                + " \"relation\": \"owns\"}]}");
        assertEquals(f + ": edges[0].relation: unknown relation \"owns\" (expected contains|depends_on|calls|is_alias)",
                assertThrows(BadInputException.class, () -> Topology.read(f)).getMessage());
        Path g = Files.writeString(tmp.resolve("u.json"), "{\"nodes\": [{\"kind\": \"Pod\"}]}");
        assertEquals(g + ": nodes[0].id: missing", assertThrows(BadInputException.class, () -> Topology.read(g)).getMessage());
        Path h = Files.writeString(tmp.resolve("v.json"), "{\"nodes\": [");
        assertTrue(assertThrows(BadInputException.class, () -> Topology.read(h)).getMessage()
                .startsWith(h + ":1: malformed JSON"));
    }
}
