package io.srebench.studio.inspector.transcript;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The transcript as the text area shows it: the visible text, contiguous style runs covering it, where each
 * turn's paragraphs are, and the clickable expand/collapse lines. Immutable; built by {@link TranscriptBuilder}.
 *
 * @param text visible text (collapsed blocks cut to their first lines)
 * @param runLengths lengths of consecutive style runs; they sum to {@code text.length()}
 * @param runStyles style classes of each run
 * @param turnFirstParagraph first paragraph of each turn (by position in the run's turn list)
 * @param turnLastParagraph last paragraph of each turn
 * @param toggles paragraph -&gt; block id of an expand/collapse line
 * @param blocks block id -&gt; {@code {document offset, visible length}}
 */
public record TranscriptDoc(String text, int[] runLengths, List<List<String>> runStyles, int[] turnFirstParagraph,
                            int[] turnLastParagraph, Map<Integer, String> toggles, Map<String, int[]> blocks) {
    /** An empty document. */
    public static TranscriptDoc empty() {
        return new TranscriptDoc("", new int[0], List.of(), new int[0], new int[0], Map.of(), Map.of());
    }

    /** Document offset of a match, or empty when it lies in a collapsed (hidden) part. */
    public OptionalInt offsetOf(SearchMatch m) {
        int[] b = blocks.get(m.blockId());
        if (b == null || m.offset() + m.length() > b[1]) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(b[0] + m.offset());
    }

    /** Number of turns laid out. */
    public int turns() {
        return turnFirstParagraph.length;
    }

    /** The turn position whose paragraphs include {@code paragraph}, or -1. */
    public int turnAtParagraph(int paragraph) {
        for (int i = 0; i < turnFirstParagraph.length; i++) {
            if (paragraph >= turnFirstParagraph[i] && paragraph <= turnLastParagraph[i]) {
                return i;
            }
        }
        return -1;
    }
}
