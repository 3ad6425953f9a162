package io.srebench.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.common.JsonMappers;
import io.srebench.common.Text;
import io.srebench.trajectory.TrajectoryIO;
import io.srebench.common.BadInputException;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON reading shared by the importers: a lenient reader (Python's {@code NaN}/{@code Infinity} accepted, strings up
 * to 512 M chars) and small helpers that read optional fields without failing on an unexpected type.
 */
final class ImportJson {
    /** Reads third-party JSON; Inspect writes non-standard NaN / Infinity constants. */
    static final ObjectMapper READER = JsonMappers.lenientImport();

    private ImportJson() {
    }

    static JsonNode readTree(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readTree(in, file.toString());
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + Text.oneLine(e.getMessage()), e);
        }
    }

    static JsonNode readTree(InputStream in, String where) {
        try {
            JsonNode n = READER.readTree(in);
            if (n == null || n.isMissingNode()) {
                throw new BadInputException(where + ": empty file");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new BadInputException(where + ": malformed JSON: " + Text.oneLine(e.getOriginalMessage())
                    + location(e), e);
        } catch (IOException e) {
            throw new BadInputException(where + ": cannot read: " + Text.oneLine(e.getMessage()), e);
        }
    }

    static JsonNode readTree(byte[] bytes, String where) {
        return readTree(new ByteArrayInputStream(bytes), where);
    }

    static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    /** A text field, or null when absent, null or not a scalar. */
    static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    static long longOf(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v != null && v.isNumber() ? v.asLong() : 0;
    }

    static Double doubleOrNull(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v != null && v.isNumber() && Double.isFinite(v.asDouble()) ? v.asDouble() : null;
    }

    /** Parses ISO-8601 with offset or Z, or epoch seconds; null when absent or unparsable. */
    static Instant instant(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            double s = v.asDouble();
            // perf_counter values (Stirrup) are small; only plausible wall-clock epochs are taken
            return s > 1_000_000_000d && s < 10_000_000_000d ? Instant.ofEpochMilli((long) (s * 1000)) : null;
        }
        String s = v.asText().trim();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e2) {
                try {
                    return java.time.LocalDateTime.parse(s.replace(' ', 'T')).toInstant(java.time.ZoneOffset.UTC);
                } catch (DateTimeParseException e3) {
                    return null;
                }
            }
        }
    }

    static String compact(JsonNode n) {
        try {
            return TrajectoryIO.MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String compact(Object o) {
        try {
            return TrajectoryIO.MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Iterates the fields of an object node (empty for anything else). */
    static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode n) {
        if (n == null || !n.isObject()) {
            return java.util.List.of();
        }
        return () -> {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            return it;
        };
    }

    /** A JSON string or array node's elements as an iterable; empty for anything else. */
    static Iterable<JsonNode> elements(JsonNode n) {
        return n != null && n.isArray() ? n : java.util.List.of();
    }
}
