package io.srebench.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.srebench.common.BadInputException;
import io.srebench.task.EntityRef;
import io.srebench.task.EntityRefs;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionsTest {
    private static List<String> strict(String json) {
        return Submissions.parse(json, "sub.json", "otel-demo", EntityRefs.Mode.STRICT).stream()
                .map(EntityRef::toString).toList();
    }

    @Test
    void readsListsOfStringsAndObjects() {
        assertEquals(List.of("otel-demo/ConfigMap/flagd-config", "otel-demo/Deployment/cart", "chaos-mesh/Schedule/s"),
                strict("[\"otel-demo/ConfigMap/flagd-config\", {\"kind\": \"deploy\", \"name\": \"cart\"},"
                        + " {\"apiVersion\": \"chaos-mesh.org/v1alpha1\", \"kind\": \"Schedule\","
                        + " \"metadata\": {\"name\": \"s\", \"namespace\": \"chaos-mesh\"}}]"));
        assertEquals(List.of(), strict("[]"));
    }

    @Test
    void readsItbenchAgentOutputAndSkipsNonContributingEntities() {
        String out = "{\"entities\": [{\"name\": \"otel-demo/ConfigMap/flagd-config\", \"contributing_factor\": true},"
                + " {\"name\": \"otel-demo/Service/frontend\", \"contributing_factor\": false},"
                + " {\"name\": \"otel-demo/Pod/ad-1\"}], \"propagations\": [], \"alerts_explained\": []}";
        assertEquals(List.of("otel-demo/ConfigMap/flagd-config", "otel-demo/Pod/ad-1"), strict(out));
    }

    @Test
    void strictErrorsNameTheIndex() {
        assertEquals("sub.json: [1]: unknown kind \"Foo\"", assertThrows(BadInputException.class,
                () -> strict("[\"otel-demo/Pod/a\", \"otel-demo/Foo/b\"]")).getMessage());
        assertEquals("sub.json: entities[0].name: unknown kind \"Foo\"", assertThrows(BadInputException.class,
                () -> strict("{\"entities\": [{\"name\": \"x/Foo/y\"}]}")).getMessage());
        assertEquals("sub.json: expected a JSON list of entities or an object with an \"entities\" list, got string",
                assertThrows(BadInputException.class, () -> strict("\"otel-demo/Pod/a\"")).getMessage());
        assertEquals("sub.json: entities: missing (expected a JSON list of entities or an object with an \"entities\" list)",
                assertThrows(BadInputException.class, () -> strict("{\"answer\": []}")).getMessage());
        assertEquals("sub.json: empty submission", assertThrows(BadInputException.class, () -> strict(" ")).getMessage());
    }

    @Test
    void lenientKeepsBadItems() {
        List<EntityRef> refs = Submissions.parse("[\"otel-demo/Foo/b\", 7, \"Pod/a\"]", "answer", "otel-demo",
                EntityRefs.Mode.LENIENT);
        assertEquals(List.of("otel-demo/Foo/b", "?/7", "otel-demo/Pod/a"), refs.stream().map(EntityRef::toString).toList());
        assertThrows(BadInputException.class, () -> Submissions.parse("[", "answer", null, EntityRefs.Mode.LENIENT));
    }
}
