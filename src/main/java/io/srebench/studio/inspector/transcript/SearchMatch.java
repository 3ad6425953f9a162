package io.srebench.studio.inspector.transcript;

/**
 * One occurrence of the search text.
 *
 * @param turn 0-based turn
 * @param blockId the block holding it
 * @param offset offset in the block's full text
 * @param length length of the match
 */
public record SearchMatch(int turn, String blockId, int offset, int length) {
}
