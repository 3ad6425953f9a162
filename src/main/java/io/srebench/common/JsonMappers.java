package io.srebench.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one place Jackson mappers are configured. Each kind is configured once here; callers keep the mapper they get
 * in a {@code static final} field, as they did with the mapper they used to build themselves.
 *
 * <p>Every call returns a {@link ObjectMapper#copy() copy} of the configured template: an {@code ObjectMapper} is
 * mutable ({@code configure}, {@code registerModule}, ...), so handing out one shared instance would let one caller
 * change how every other caller reads and writes. A copy carries the template's configuration and nothing else;
 * once configured it is thread-safe like any mapper.
 */
public final class JsonMappers {
    /** Jackson defaults: unknown properties fail, dates as timestamps, nulls written. */
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** Jackson defaults over the YAML format (reads JSON too: YAML is a superset). */
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    /** java.time values as ISO-8601 text instead of numbers; otherwise defaults. */
    private static final ObjectMapper ISO_TIMES = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /** The trajectory log contract: ISO-8601 instants, nulls omitted, unknown fields ignored (newer writers). */
    private static final ObjectMapper TRAJECTORY = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    /**
     * Third-party logs: Python's {@code NaN}/{@code Infinity} accepted (Inspect writes them), strings up to 512 M
     * chars (whole transcripts in one field), unknown fields ignored.
     */
    private static final ObjectMapper LENIENT_IMPORT = JsonMapper.builder(JsonFactory.builder()
                    .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(512_000_000).build())
                    .build())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JsonMappers() {
    }

    /** A JSON mapper with Jackson's defaults. */
    public static ObjectMapper json() {
        return JSON.copy();
    }

    /** A YAML mapper with Jackson's defaults. */
    public static ObjectMapper yaml() {
        return YAML.copy();
    }

    /** A JSON mapper writing {@code java.time} values as ISO-8601 text (the CLI's {@code --json} output). */
    public static ObjectMapper isoTimes() {
        return ISO_TIMES.copy();
    }

    /** The trajectory mapper: ISO-8601 instants, nulls omitted, unknown fields ignored. */
    public static ObjectMapper trajectory() {
        return TRAJECTORY.copy();
    }

    /** A lenient reader for third-party JSON: NaN/Infinity, very long strings, unknown fields ignored. */
    public static ObjectMapper lenientImport() {
        return LENIENT_IMPORT.copy();
    }
}
