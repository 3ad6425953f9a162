package io.srebench.agent;

import java.time.Duration;

/**
 * Limits of a run.
 *
 * @param maxTurns turn cap (ITBench-AA: 100)
 * @param commandTimeout per shell command (ITBench-AA: 300 s)
 * @param contextBudgetTokens estimated tokens (characters / 4) above which the oldest tool outputs are replaced
 *     by a placeholder before a model call
 * @param warnTurns how many final turns carry a "N turns left" warning
 * @param maxToolCallsPerReply how many shell calls of one reply run (default {@value #DEFAULT_MAX_TOOL_CALLS});
 *     the excess is answered with an error result the model sees, and counted as rejected in the turn
 */
public record LoopConfig(int maxTurns, Duration commandTimeout, long contextBudgetTokens, int warnTurns,
                         int maxToolCallsPerReply) {
    /** Default per-reply cap on shell calls: the turn cap alone does not bound work when one reply can run 500. */
    public static final int DEFAULT_MAX_TOOL_CALLS = 16;
    public static final LoopConfig DEFAULT = new LoopConfig(100, Duration.ofSeconds(300), 150_000, 5);

    public LoopConfig {
        if (maxTurns < 1) {
            throw new IllegalArgumentException("maxTurns must be at least 1");
        }
        if (maxToolCallsPerReply < 1) {
            throw new IllegalArgumentException("maxToolCallsPerReply must be at least 1");
        }
        if (commandTimeout.isNegative() || commandTimeout.isZero()) {
            throw new IllegalArgumentException("commandTimeout must be positive");
        }
    }

    /** With the default per-reply tool call cap. */
    public LoopConfig(int maxTurns, Duration commandTimeout, long contextBudgetTokens, int warnTurns) {
        this(maxTurns, commandTimeout, contextBudgetTokens, warnTurns, DEFAULT_MAX_TOOL_CALLS);
    }

    public LoopConfig withMaxTurns(int n) {
        return new LoopConfig(n, commandTimeout, contextBudgetTokens, warnTurns, maxToolCallsPerReply);
    }

    public LoopConfig withContextBudget(long tokens) {
        return new LoopConfig(maxTurns, commandTimeout, tokens, warnTurns, maxToolCallsPerReply);
    }

    public LoopConfig withCommandTimeout(Duration d) {
        return new LoopConfig(maxTurns, d, contextBudgetTokens, warnTurns, maxToolCallsPerReply);
    }

    public LoopConfig withMaxToolCallsPerReply(int n) {
        return new LoopConfig(maxTurns, commandTimeout, contextBudgetTokens, warnTurns, n);
    }
}
