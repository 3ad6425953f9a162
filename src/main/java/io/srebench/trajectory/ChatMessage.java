package io.srebench.trajectory;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Objects;

/**
 * One message of a provider-neutral conversation. Providers translate these into their own wire shapes;
 * the trajectory stores them as JSON with a {@code role} discriminator.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "role")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ChatMessage.System.class, name = "system"),
    @JsonSubTypes.Type(value = ChatMessage.User.class, name = "user"),
    @JsonSubTypes.Type(value = ChatMessage.Assistant.class, name = "assistant"),
    @JsonSubTypes.Type(value = ChatMessage.ToolResult.class, name = "tool"),
})
public sealed interface ChatMessage {

    /** Rough size in characters, the basis of the context estimate. */
    int chars();

    /** The harness's instructions. */
    record System(String text) implements ChatMessage {
        public System {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public int chars() {
            return text.length();
        }
    }

    /**
     * A user-role message the harness wrote.
     *
     * @param kind {@code task}, {@code turn_warning} or {@code nudge}
     */
    record User(String kind, String text) implements ChatMessage {
        public static final String TASK = "task";
        public static final String TURN_WARNING = "turn_warning";
        public static final String NUDGE = "nudge";

        public User {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public int chars() {
            return text.length();
        }
    }

    /**
     * What the agent said in one turn.
     *
     * @param text visible text, may be empty
     * @param thinking reasoning blocks in order (kept so providers that need them echoed back get them)
     * @param toolCalls tool calls in the order the agent made them
     */
    record Assistant(String text, List<Thinking> thinking, List<ToolCall> toolCalls) implements ChatMessage {
        public Assistant {
            text = text == null ? "" : text;
            thinking = thinking == null ? List.of() : List.copyOf(thinking);
            toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        }

        /** All reasoning text joined by blank lines; empty when there is none or it was redacted. */
        public String reasoningText() {
            StringBuilder sb = new StringBuilder();
            for (Thinking t : thinking) {
                if (!t.redacted() && !t.text().isEmpty()) {
                    if (sb.length() > 0) {
                        sb.append("\n\n");
                    }
                    sb.append(t.text());
                }
            }
            return sb.toString();
        }

        @Override
        public int chars() {
            int n = text.length();
            for (Thinking t : thinking) {
                n += t.text().length();
            }
            for (ToolCall c : toolCalls) {
                n += c.name().length() + c.arguments().length();
            }
            return n;
        }
    }

    /**
     * The result of one tool call as the agent sees it.
     *
     * @param callId the id of the call it answers
     * @param name the tool's name
     * @param content the rendered text
     * @param error whether the call failed (bad arguments, unknown tool)
     * @param trimmed whether the harness replaced the original content to save context
     */
    record ToolResult(String callId, String name, String content, boolean error, boolean trimmed) implements ChatMessage {
        public ToolResult {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(content, "content");
        }

        @Override
        public int chars() {
            return content.length();
        }
    }
}
