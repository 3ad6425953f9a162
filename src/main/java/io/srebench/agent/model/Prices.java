package io.srebench.agent.model;

import io.srebench.trajectory.TokenUsage;

/**
 * List prices in USD per million tokens.
 *
 * @param input uncached input
 * @param cachedInput input served from the prompt cache; null means "same as input"
 * @param output output (reasoning included)
 */
public record Prices(double input, Double cachedInput, double output) {

    /** Cost of one call. Anthropic cache writes are priced as plain input (their surcharge is not modelled). */
    public double cost(TokenUsage u) {
        double cached = cachedInput == null ? input : cachedInput;
        long uncached = Math.max(0, u.input() - u.cachedInput());
        return (uncached * input + u.cachedInput() * cached + u.output() * output) / 1_000_000.0;
    }
}
