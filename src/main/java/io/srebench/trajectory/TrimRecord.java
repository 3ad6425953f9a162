package io.srebench.trajectory;

/**
 * One tool output the harness replaced by a placeholder before a turn, to fit the context budget.
 *
 * @param callId the call whose output was removed
 * @param originalChars length of the removed content
 * @param reason {@code budget} (estimate over the budget) or {@code context_length_error} (the provider refused)
 */
public record TrimRecord(String callId, int originalChars, long estimatedTokensBefore, long estimatedTokensAfter,
                         String reason) {
}
