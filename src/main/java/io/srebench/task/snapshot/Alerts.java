package io.srebench.task.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.common.BadInputException;
import io.srebench.common.JsonMappers;
import io.srebench.task.tsv.Timestamps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads alert poll files ({@code alerts/alerts_at_*.json}, formats.md 1.3.1). Accepted document shapes: a bare
 * array of alerts, {@code {"data": {"alerts": [...]}}}, {@code {"alerts": [...]}}, or a single alert object.
 * Label and annotation values that are not strings are kept as their JSON text. Malformed JSON, a non-object
 * alert, a missing {@code alertname} or an unparsable time is a {@link BadInputException} naming the file and
 * the alert's index. Files are small (one poll each), so each is read whole.
 */
public final class Alerts {
    private static final ObjectMapper JSON = JsonMappers.json();

    private Alerts() {
    }

    /** Every alert file of a snapshot, oldest first (see {@link SnapshotIndex#alertFiles()}). */
    public static List<AlertSnapshot> readAll(Path snapshotDir) {
        List<AlertSnapshot> out = new ArrayList<>();
        for (Path f : SnapshotIndex.of(snapshotDir).alertFiles()) {
            out.add(read(f));
        }
        return out;
    }

    /** One alert file. */
    public static AlertSnapshot read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new BadInputException(file + (loc == null ? "" : ":" + loc.getLineNr()) + ": malformed JSON: "
                    + e.getOriginalMessage().replaceAll("\\s+", " "), e);
        } catch (IOException e) {
            if (!Files.exists(file)) {
                throw new BadInputException(file + ": no such file");
            }
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (root == null || root.isMissingNode()) {
            throw new BadInputException(file + ": empty file, expected a JSON array of alerts");
        }
        Instant at = null;
        String prefix = "";
        JsonNode items;
        if (root.isArray()) {
            items = root;
        } else if (root.isObject()) {
            JsonNode ts = root.get("timestamp");
            if (ts != null && ts.isTextual()) {
                at = time(file, "timestamp", ts.asText());
            }
            if (root.path("data").path("alerts").isArray()) {
                items = root.path("data").path("alerts");
                prefix = "data.alerts";
            } else if (root.path("alerts").isArray()) {
                items = root.path("alerts");
                prefix = "alerts";
            } else {
                items = JSON.createArrayNode().add(root);
                prefix = null;
            }
        } else {
            throw new BadInputException(file + ": expected a JSON array or object of alerts");
        }
        if (at == null) {
            at = AlertFileNames.time(file.getFileName().toString()).orElse(null);
        }
        List<Alert> alerts = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            alerts.add(alert(file, prefix == null ? "" : prefix + "[" + i + "].", items.get(i)));
        }
        return new AlertSnapshot(file, at, alerts);
    }

    private static Alert alert(Path file, String field, JsonNode a) {
        if (!a.isObject()) {
            throw new BadInputException(file + ": " + field + ": expected an alert object");
        }
        Map<String, String> labels = strings(a.get("labels"));
        String name = labels.get("alertname");
        if (name == null && a.path("alertname").isValueNode()) {
            name = a.get("alertname").asText();
        }
        if (name == null || name.isBlank()) {
            throw new BadInputException(file + ": " + field + "labels.alertname: missing");
        }
        JsonNode active = a.hasNonNull("activeAt") ? a.get("activeAt") : a.get("startsAt");
        String activeField = a.hasNonNull("activeAt") ? "activeAt" : "startsAt";
        Instant activeAt = active == null || active.isNull() ? null : time(file, field + activeField, active.asText());
        JsonNode keep = a.get("keepFiringSince");
        Instant keepSince = keep == null || keep.isNull() || keep.asText().isBlank()
                ? null : time(file, field + "keepFiringSince", keep.asText());
        JsonNode value = a.get("value");
        JsonNode state = a.get("state");
        if (state == null && a.path("status").path("state").isTextual()) {
            state = a.path("status").path("state");
        }
        return new Alert(name, labels, strings(a.get("annotations")), state == null || state.isNull() ? null : state.asText(),
                activeAt, value == null || value.isNull() ? null : value.asText(), keepSince);
    }

    private static Instant time(Path file, String field, String text) {
        try {
            return Timestamps.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file + ": " + field + ": " + e.getMessage());
        }
    }

    private static Map<String, String> strings(JsonNode obj) {
        Map<String, String> m = new LinkedHashMap<>();
        if (obj != null && obj.isObject()) {
            obj.properties().forEach(e -> {
                JsonNode v = e.getValue();
                if (v != null && !v.isNull()) {
                    m.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
                }
            });
        }
        return m;
    }
}
