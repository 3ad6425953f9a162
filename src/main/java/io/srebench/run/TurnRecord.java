package io.srebench.run;

import java.time.Instant;

/**
 * One turn as the store keeps it: the turn's full JSON (trajectory schema) plus the text to index
 * for search (commands and outputs). The store does not interpret the JSON.
 *
 * @param index 0-based turn index within the run
 * @param at when the turn completed
 * @param json the turn as JSON text
 * @param searchText commands, outputs and reasoning to index for full-text search
 */
public record TurnRecord(int index, Instant at, String json, String searchText) {
}
