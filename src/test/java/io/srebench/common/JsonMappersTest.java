package io.srebench.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonMappersTest {
    record Point(int x, String label) {
    }

    record Stamp(Instant at, String note) {
    }

    @Test
    void plainJsonKeepsJacksonDefaults() throws Exception {
        ObjectMapper m = JsonMappers.json();
        assertEquals("{\"x\":1,\"label\":null}", m.writeValueAsString(new Point(1, null)));
        assertThrows(UnrecognizedPropertyException.class, () -> m.readValue("{\"x\":1,\"y\":2}", Point.class));
    }

    @Test
    void aCallerConfiguringItsMapperDoesNotChangeAnyoneElses() throws Exception {
        ObjectMapper mine = JsonMappers.json();
        mine.enable(SerializationFeature.INDENT_OUTPUT).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        ObjectMapper theirs = JsonMappers.json();
        assertNotSame(mine, theirs);
        assertEquals("{\"x\":1,\"label\":\"a\"}", theirs.writeValueAsString(new Point(1, "a")));
        assertTrue(theirs.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    }

    @Test
    void yamlReadsYamlAndJson() throws Exception {
        ObjectMapper y = JsonMappers.yaml();
        assertEquals(3, y.readTree("a:\n  b: 3\n").path("a").path("b").asInt());
        assertEquals("v", y.readTree("{\"k\": \"v\"}").path("k").asText());
    }

    @Test
    void isoTimesWritesInstantsAsText() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", Instant.parse("2026-01-02T03:04:05Z"));
        m.put("none", null);
        assertEquals("{\"at\":\"2026-01-02T03:04:05Z\",\"none\":null}", JsonMappers.isoTimes().writeValueAsString(m));
    }

    @Test
    void trajectoryOmitsNullsAndIgnoresUnknownFields() throws Exception {
        ObjectMapper t = JsonMappers.trajectory();
        Stamp noNote = new Stamp(Instant.parse("2026-01-02T03:04:05Z"), null);
        assertEquals("{\"at\":\"2026-01-02T03:04:05Z\"}", t.writeValueAsString(noNote));
        assertEquals("n", t.readValue("{\"note\":\"n\",\"later\":1}", Stamp.class).note());
    }

    @Test
    void lenientImportAcceptsNanAndVeryLongStrings() throws Exception {
        ObjectMapper r = JsonMappers.lenientImport();
        assertTrue(Double.isNaN(r.readTree("{\"v\": NaN}").path("v").asDouble()));
        String longText = "x".repeat(25_000_000);
        assertEquals(longText.length(), r.readTree("\"" + longText + "\"").asText().length());
        assertThrows(Exception.class, () -> JsonMappers.json().readTree("{\"v\": NaN}"));
    }
}
