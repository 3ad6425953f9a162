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
 */
public record LoopConfig(int maxTurns, Duration commandTimeout, long contextBudgetTokens, int warnTurns) {
    public static final LoopConfig DEFAULT = new LoopConfig(100, Duration.ofSeconds(300), 150_000, 5);

    public LoopConfig {
        if (maxTurns < 1) {
            throw new IllegalArgumentException("maxTurns must be at least 1");
        }
        if (commandTimeout.isNegative() || commandTimeout.isZero()) {
            throw new IllegalArgumentException("commandTimeout must be positive");
        }
    }

    public LoopConfig withMaxTurns(int n) {
        return new LoopConfig(n, commandTimeout, contextBudgetTokens, warnTurns);
    }

    public LoopConfig withContextBudget(long tokens) {
        return new LoopConfig(maxTurns, commandTimeout, tokens, warnTurns);
    }

    public LoopConfig withCommandTimeout(Duration d) {
        return new LoopConfig(maxTurns, d, contextBudgetTokens, warnTurns);
    }
}
