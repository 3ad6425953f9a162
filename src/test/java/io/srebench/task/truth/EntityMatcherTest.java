package io.srebench.task.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.task.EntityRef;
import io.srebench.task.EntityRefs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityMatcherTest {
    private static EntityRef e(String s) {
        return EntityRefs.parse(s, null);
    }

    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource({
        "load-generator-.*, otel-demo/Pod/load-generator-5d8f7c-abcde, true",
        "load-generator-.*, otel-demo/Pod/load-generator, false",
        ".*product-catalog, otel-demo/Pod/product-catalog-network-delay, true",
        "cart, otel-demo/Pod/valkey-cart, false",
        "cart, otel-demo/Pod/cart-7d9f, true",
        "cart\\b, otel-demo/Pod/cart-7d9f, true",
        "cart\\b, otel-demo/Pod/cartservice, false",
        "Frontend-Proxy, otel-demo/Pod/frontend-proxy-1, true",
        "load-generator-.*, other/Pod/load-generator-5d8f7c-abcde, false",
        "load-generator-.*, otel-demo/Service/load-generator-x, false",
    })
    void filtersMatchAtTheStartCaseInsensitively(String filter, String entity, boolean expected) {
        EntityMatcher m = EntityMatcher.group("g", "Pod", "otel-demo", List.of(filter));
        assertEquals(expected, m.matches(e(entity)));
    }

    @Test
    void exactMatcherIgnoresCaseOfNamespaceAndNameButNotKind() {
        EntityMatcher m = EntityMatcher.exact(e("otel-demo/ConfigMap/flagd-config"));
        assertTrue(m.matches(e("OTEL-DEMO/cm/Flagd-Config")));
        assertFalse(m.matches(e("otel-demo/Secret/flagd-config")));
        assertFalse(m.matches(e("ConfigMap/flagd-config")));
        assertFalse(m.matches(e("otel-demo/ConfigMap/flagd-config-2")));
        assertTrue(m.isExact());
        assertEquals("otel-demo/ConfigMap/flagd-config", m.describe());
    }

    @Test
    void clusterScopedKindsIgnoreNamespaceAndMissingNamespaceMatchesAny() {
        EntityMatcher ns = EntityMatcher.group("n", "Namespace", "book-info", List.of("book-info"));
        assertTrue(ns.matches(e("Namespace/book-info")));
        assertEquals("Namespace/~book-info (v1 group n)", ns.describe());
        EntityMatcher anyNs = EntityMatcher.groupByName("g", "Pod", null, "x");
        assertTrue(anyNs.matches(e("a/Pod/x")));
        assertTrue(anyNs.matches(e("Pod/x")));
        assertFalse(anyNs.matches(e("a/Pod/x-1")));
        assertEquals("*/Pod/x (v1 group g)", anyNs.describe());
    }

    @Test
    void knowsFiltersThatMatchEveryName() {
        assertTrue(EntityMatcher.group("g", "Pod", "a", List.of(".*")).matchesAnyName());
        assertTrue(EntityMatcher.group("g", "Pod", "a", List.of("x", "(foo)?")).matchesAnyName());
        assertFalse(EntityMatcher.group("g", "Pod", "a", List.of("productpage-v1-*")).matchesAnyName());
        assertFalse(EntityMatcher.exact(e("a/Pod/x")).matchesAnyName());
    }
}
