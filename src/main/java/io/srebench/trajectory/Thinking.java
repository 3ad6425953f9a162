package io.srebench.trajectory;

/**
 * One reasoning block of an assistant message.
 *
 * @param text the reasoning text (for a redacted block: the provider's opaque data)
 * @param signature the provider's signature, needed to echo Anthropic thinking back; null if none
 * @param redacted whether {@code text} is opaque redacted data rather than readable reasoning
 */
public record Thinking(String text, String signature, boolean redacted) {
    public Thinking {
        text = text == null ? "" : text;
    }

    public static Thinking plain(String text) {
        return new Thinking(text, null, false);
    }
}
