package io.srebench.task.tsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TsvValuesTest {
    @Test
    void pythonDictReprWithBothQuoteStylesAndNesting() {
        Map<String, Object> m = TsvValues.parseMap("{'k8s.pod.name': 'cart-1', \"it's\": 'x', 'n': 3, 'f': -2.5e3,"
                + " 'ok': True, 'no': False, 'nil': None, 'nested': {'a': [1, 'two', (3, 4)]}, 'esc': 'a\\'b\\n\\x41',"
                + " 'nan': nan, 'big': 123456789012345678901234567890,}");
        assertEquals("cart-1", m.get("k8s.pod.name"));
        assertEquals("x", m.get("it's"));
        assertEquals(3L, m.get("n"));
        assertEquals(-2500.0, m.get("f"));
        assertEquals(Boolean.TRUE, m.get("ok"));
        assertEquals(Boolean.FALSE, m.get("no"));
        assertTrue(m.containsKey("nil"));
        assertNull(m.get("nil"));
        assertEquals(Map.of("a", List.of(1L, "two", List.of(3L, 4L))), m.get("nested"));
        assertEquals("a'b\nA", m.get("esc"));
        assertTrue(Double.isNaN((Double) m.get("nan")));
        assertEquals(new java.math.BigInteger("123456789012345678901234567890"), m.get("big"));
    }

    @Test
    void emptyMapsAndJson() {
        assertEquals(Map.of(), TsvValues.parseMap(null));
        assertEquals(Map.of(), TsvValues.parseMap("{}"));
        Map<String, Object> json = TsvValues.parseMap("{\"a\": true, \"b\": null, \"c\": \"x\\/y\\u00e9\"}");
        assertEquals(Boolean.TRUE, json.get("a"));
        assertEquals("x/yé", json.get("c"));
    }

    @Test
    void goMapsWithSpacesColonsAndNesting() {
        Map<String, Object> m = TsvValues.parseMap("map[k8s.namespace.name:otel-demo k8s.pod.name:cart-1]");
        assertEquals(Map.of("k8s.namespace.name", "otel-demo", "k8s.pod.name", "cart-1"), m);
        Map<String, Object> tricky = TsvValues.parseMap("map[http.method:GET /api/cart a:b url.full:http://x:8080/p?q=1"
                + " zz:map[inner:v w:2]]");
        assertEquals("GET /api/cart a:b", tricky.get("http.method"), "a:b sorts before http.method so it is value text");
        assertEquals("http://x:8080/p?q=1", tricky.get("url.full"));
        assertEquals(Map.of("inner", "v", "w", "2"), tricky.get("zz"));
        assertEquals(Map.of(), TsvValues.parseMap("map[]"));
    }

    @Test
    void badMapsThrowWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TsvValues.parseMap("{'a': }"));
        assertTrue(e.getMessage().contains("neither a Python literal nor JSON"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TsvValues.parseMap("[1, 2]"));
        assertThrows(IllegalArgumentException.class, () -> TsvValues.parseMap("{'a': 'unterminated}"));
    }

    @Test
    void timestampsInEveryDialect() {
        Instant base = Instant.parse("2025-12-01T21:16:24Z");
        assertEquals(base, Timestamps.parse("2025-12-01 21:16:24"));
        assertEquals(base.plusMillis(123), Timestamps.parse("2025-12-01 21:16:24.123"));
        assertEquals(base.plusNanos(123_456_000), Timestamps.parse("2025-12-01 21:16:24.123456"));
        assertEquals(base.plusNanos(123_456_789), Timestamps.parse("2025-12-01 21:16:24.123456789"));
        assertEquals(base.plusNanos(504_135_780), Timestamps.parse("2025-12-01T21:16:24.50413578Z"));
        assertEquals(base, Timestamps.parse("2025-12-01T22:16:24+01:00"));
        assertEquals(base, Timestamps.parse("2025-12-01T20:16:24-0100"));
        assertEquals(base.plusNanos(123_456_789), Timestamps.parse("2025-12-01 21:16:24.123456789 +0000 UTC"));
        assertEquals(base, Timestamps.parse("2025-12-01 22:16:24 +0100 CET m=+0.000123"));
        for (String bad : Arrays.asList("2025-12-01", "yesterday", "2025-13-01 00:00:00", "2025-12-01 21:16:24.1234567890",
                "2025-12-01 21:16:24 junk")) {
            assertThrows(IllegalArgumentException.class, () -> Timestamps.parse(bad), bad);
        }
    }
}
