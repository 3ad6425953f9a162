package io.srebench.task;

import io.srebench.common.BadInputException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityRefsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "otel-demo/ConfigMap/flagd-config, otel-demo/ConfigMap/flagd-config",
        "otel-demo/cm/flagd-config, otel-demo/ConfigMap/flagd-config",
        "ConfigMap/flagd-config, dflt/ConfigMap/flagd-config",
        "deploy/checkout, dflt/Deployment/checkout",
        "' chaos-mesh/schedules.chaos-mesh.org/x ', chaos-mesh/Schedule/x",
        "Namespace/otel-demo, Namespace/otel-demo",
        "otel-demo/Namespace/otel-demo, Namespace/otel-demo",
        "node/worker-1, Node/worker-1",
    })
    void parsesStrings(String text, String expected) {
        assertEquals(expected, EntityRefs.parse(text, "dflt").toString());
    }

    @Test
    void kindNameWithoutDefaultNamespaceHasNoNamespace() {
        EntityRef e = EntityRefs.parse("Pod/x", null);
        assertNull(e.namespace());
        assertEquals("Pod/x", e.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"kind\":\"Deployment\",\"namespace\":\"otel-demo\",\"name\":\"cart\"} | otel-demo/Deployment/cart",
        "{\"kind\":\"svc\",\"name\":\"cart\"} | dflt/Service/cart",
        "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"flagd-config\",\"namespace\":\"otel-demo\"}}"
            + " | otel-demo/ConfigMap/flagd-config",
        "{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":{\"name\":\"book-info\"}} | Namespace/book-info",
        "{\"name\":\"otel-demo/ConfigMap/flagd-config\",\"contributing_factor\":true,\"reasoning\":\"r\"}"
            + " | otel-demo/ConfigMap/flagd-config",
        "\"otel-demo/Pod/ad-1\" | otel-demo/Pod/ad-1",
    })
    void parsesObjects(String node, String expected) throws Exception {
        assertEquals(expected, EntityRefs.fromNode(json(node), "dflt", "f.json: [0]", EntityRefs.Mode.STRICT).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"otel-demo/Foo/x\" | f.json: [3]: unknown kind \"Foo\"",
        "\"just-a-name\" | f.json: [3]: expected namespace/Kind/name or Kind/name, got \"just-a-name\"",
        "\"a/b/c/d\" | f.json: [3]: expected namespace/Kind/name or Kind/name, got \"a/b/c/d\"",
        "\"ns//x\" | f.json: [3]: empty part in \"ns//x\" (expected namespace/Kind/name or Kind/name)",
        "{\"kind\":\"Foo\",\"name\":\"x\"} | f.json: [3].kind: unknown kind \"Foo\"",
        "{\"kind\":\"Pod\"} | f.json: [3].name: missing",
        "{\"kind\":\"Pod\",\"name\":7} | f.json: [3].name: expected a non-empty string",
        "{\"kind\":\"Pod\",\"metadata\":{\"namespace\":\"a\"}} | f.json: [3].metadata.name: missing",
        "{\"reasoning\":\"x\"} | f.json: [3].kind: missing (expected {kind, namespace, name}, {apiVersion, kind, metadata} "
            + "or {name: \"ns/Kind/name\"})",
        "{\"name\":\"otel-demo/Bar/x\"} | f.json: [3].name: unknown kind \"Bar\"",
        "42 | f.json: [3]: expected an entity reference (string or object), got number",
    })
    void strictErrorsNameTheField(String node, String message) throws Exception {
        BadInputException e = assertThrows(BadInputException.class,
                () -> EntityRefs.fromNode(json(node), "dflt", "f.json: [3]", EntityRefs.Mode.STRICT));
        assertEquals(message, e.getMessage());
    }

    @Test
    void lenientKeepsUnknownKindsRawAndMarksGarbage() throws Exception {
        EntityRef unknown = EntityRefs.parseLenient("otel-demo/FooBar/x", "dflt");
        assertEquals("FooBar", unknown.kind());
        assertEquals("otel-demo/FooBar/x", unknown.toString());
        assertEquals("dflt/Widget/y", EntityRefs.parseLenient("Widget/y", "dflt").toString());
        EntityRef garbage = EntityRefs.parseLenient("the frontend", "dflt");
        assertEquals(EntityRefs.UNPARSEABLE_KIND, garbage.kind());
        assertEquals("the frontend", garbage.name());
        EntityRef obj = EntityRefs.fromNode(json("{\"kind\":\"Gizmo\",\"name\":\"g\"}"), "dflt", null, EntityRefs.Mode.LENIENT);
        assertEquals("dflt/Gizmo/g", obj.toString());
        EntityRef num = EntityRefs.fromNode(json("12"), "dflt", null, EntityRefs.Mode.LENIENT);
        assertEquals(EntityRefs.UNPARSEABLE_KIND, num.kind());
        assertEquals("otel-demo/Service/cart", EntityRefs.parseLenient("otel-demo/svc/cart", null).toString());
    }
}
