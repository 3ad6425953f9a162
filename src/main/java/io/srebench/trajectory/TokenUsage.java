package io.srebench.trajectory;

/**
 * Tokens of one model call.
 *
 * @param input all prompt tokens, cached ones included (for Anthropic: input + cache read + cache write)
 * @param cachedInput the part of {@code input} served from the provider's prompt cache
 * @param output all completion tokens, reasoning included
 * @param reasoning the part of {@code output} spent on reasoning, when the provider reports it (else 0)
 */
public record TokenUsage(long input, long cachedInput, long output, long reasoning) {
    public static final TokenUsage ZERO = new TokenUsage(0, 0, 0, 0);

    public TokenUsage plus(TokenUsage o) {
        return new TokenUsage(input + o.input, cachedInput + o.cachedInput, output + o.output, reasoning + o.reasoning);
    }
}
