package io.srebench.agent.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which API an endpoint speaks. */
public enum EndpointKind {
    /** OpenAI's own Chat Completions API. */
    OPENAI("openai"),
    /** Anthropic's Messages API. */
    ANTHROPIC("anthropic"),
    /** Any server speaking the OpenAI Chat Completions dialect: vLLM, Ollama, LM Studio, OpenRouter, ... */
    OPENAI_COMPATIBLE("openai-compatible");

    private final String id;

    EndpointKind(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** Parses {@code openai}, {@code anthropic} or {@code openai-compatible} (case-insensitive). */
    @JsonCreator
    public static EndpointKind of(String id) {
        String s = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (EndpointKind k : values()) {
            if (k.id.equals(s)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown endpoint kind \"" + id
                + "\" (expected openai, anthropic or openai-compatible)");
    }
}
