package io.srebench.task.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.common.BadInputException;
import io.srebench.task.LiteFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertsTest {
    @TempDir
    Path tmp;

    @Test
    void bareArrayFilesInTimeOrder() {
        Path dir = LiteFixture.write(tmp.resolve("Scenario-1"));
        List<AlertSnapshot> all = Alerts.readAll(dir);
        assertEquals(2, all.size());
        assertEquals(Instant.parse("2025-12-01T21:16:00Z"), all.get(0).at());
        assertTrue(all.get(0).alerts().isEmpty());
        Alert a = all.get(1).alerts().get(0);
        assertEquals("HighErrorRate", a.name());
        assertEquals("firing", a.state());
        assertEquals(Instant.parse("2025-12-01T21:12:40.50413578Z"), a.activeAt());
        assertEquals(0.25, a.numericValue());
        assertEquals(new Alert.Entity("service_name", "ad"), a.entity().orElseThrow());
        assertEquals(Duration.ofSeconds(259).plusNanos(495_864_220), a.activeFor(all.get(1).at()).orElseThrow());
        assertEquals(Map.of("summary", "errors"), a.annotations());
    }

    @Test
    void prometheusApiShapeWithTimestampAndOtherShapes() throws IOException {
        Path api = Files.writeString(tmp.resolve("alerts_at_2025-12-15T18-17-09.387695.json"), """
                {"timestamp": "2025-12-15T18:30:00Z", "data": {"alerts": [
                  {"labels": {"alertname": "PodDown", "pod": "cart-1", "job": "kube", "severity": 2},
                   "state": "pending", "activeAt": "2025-12-15T18:12:40Z", "value": "1e+00",
                   "keepFiringSince": "2025-12-15T18:20:00Z"}]}}
                """);
        AlertSnapshot s = Alerts.read(api);
        assertEquals(Instant.parse("2025-12-15T18:30:00Z"), s.at(), "top-level timestamp wins over the name");
        Alert a = s.alerts().get(0);
        assertEquals("2", a.severity(), "non-string label values kept as text");
        assertEquals(new Alert.Entity("pod", "cart-1"), a.entity().orElseThrow());
        assertEquals(1.0, a.numericValue());
        assertEquals(Instant.parse("2025-12-15T18:20:00Z"), a.keepFiringSince());

        Path wrapped = Files.writeString(tmp.resolve("alerts_at_2025-12-15T18-18-09.000000.json"),
                "{\"alerts\": [{\"labels\": {\"alertname\": \"A\", \"namespace\": \"ns\"},"
                        + " \"startsAt\": \"2025-12-15T18:00:00Z\"}]}");
        AlertSnapshot w = Alerts.read(wrapped);
        assertEquals(Instant.parse("2025-12-15T18:18:09Z"), w.at());
        assertEquals(Instant.parse("2025-12-15T18:00:00Z"), w.alerts().get(0).activeAt(), "startsAt fallback");
        assertEquals(new Alert.Entity("namespace", "ns"), w.alerts().get(0).entity().orElseThrow());
        assertTrue(Double.isNaN(w.alerts().get(0).numericValue()));

        Path single = Files.writeString(tmp.resolve("one.json"), "{\"labels\": {\"alertname\": \"Solo\"}}");
        AlertSnapshot one = Alerts.read(single);
        assertNull(one.at());
        assertEquals("Solo", one.alerts().get(0).name());
        assertTrue(one.alerts().get(0).entity().isEmpty());
    }

    @Test
    void badFilesNameFileAndField() throws IOException {
        Path broken = Files.writeString(tmp.resolve("a.json"), "[\n{\"labels\": \n");
        BadInputException e = assertThrows(BadInputException.class, () -> Alerts.read(broken));
        assertTrue(e.getMessage().startsWith(broken + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("malformed JSON"));
        Path noName = Files.writeString(tmp.resolve("b.json"), "{\"data\": {\"alerts\": [{\"labels\": {}}]}}");
        assertEquals(noName + ": data.alerts[0].labels.alertname: missing",
                assertThrows(BadInputException.class, () -> Alerts.read(noName)).getMessage());
        Path badTime = Files.writeString(tmp.resolve("c.json"), "[{\"labels\": {\"alertname\": \"x\"}, \"activeAt\": \"soon\"}]");
        assertTrue(assertThrows(BadInputException.class, () -> Alerts.read(badTime)).getMessage()
                .startsWith(badTime + ": [0].activeAt: not a timestamp"));
    }
}
