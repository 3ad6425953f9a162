package io.srebench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.srebench.common.JsonMappers;

/** The CLI's JSON writer: ISO-8601 times, pretty-printed for people, stable field order. */
final class Json {
    static final ObjectMapper MAPPER = JsonMappers.isoTimes();

    private Json() {
    }

    static String pretty(Object o) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String compact(Object o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
