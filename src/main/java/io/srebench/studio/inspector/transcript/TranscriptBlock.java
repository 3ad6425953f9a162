package io.srebench.studio.inspector.transcript;

/**
 * One block of the transcript: a turn header, a note, reasoning, assistant text, a command, an output stream or
 * an error. Blocks are the unit of collapsing and of search positions.
 *
 * @param id {@code <turn>.<n>}, unique in a run
 * @param turn 0-based turn index
 * @param kind what the block is
 * @param text the full text (no trailing newline needed)
 */
public record TranscriptBlock(String id, int turn, Kind kind, String text) {
    /** Block kinds; each has a style class {@code t-<name>}. */
    public enum Kind {
        HEADER, NOTE, REASONING, ASSISTANT, COMMAND, STDOUT, STDERR, META, ERROR;

        /** The style class of the block's text. */
        public String styleClass() {
            return "t-" + name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Whether long blocks of this kind collapse. */
        public boolean collapsible() {
            return this == STDOUT || this == STDERR || this == NOTE || this == REASONING || this == ASSISTANT;
        }
    }
}
