package io.srebench.studio.inspector;

import io.srebench.studio.inspector.transcript.SearchMatch;

/**
 * Where the transcript should show: a turn, or a search match in it. A new focus (new {@code seq}) is made on every
 * navigation, so navigating to the same place twice still scrolls.
 *
 * @param turn the 0-based turn
 * @param match the match to show, or null for the turn's start
 * @param scroll false when the user clicked into the transcript (it must not jump)
 * @param seq increasing number
 */
public record Focus(int turn, SearchMatch match, boolean scroll, long seq) {
}
