package io.srebench.studio.compare;

/** How the two transcripts of a comparison line up. */
public enum AlignMode {
    /** Turn N of one run beside turn N of the other. */
    BY_TURN("by turn"),
    /** The turns where both runs first touch the same entity beside each other; the turns between padded with gaps. */
    BY_FIRST_TOUCH("by first touch");

    private final String text;

    AlignMode(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
