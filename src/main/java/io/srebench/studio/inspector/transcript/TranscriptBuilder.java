package io.srebench.studio.inspector.transcript;

import io.srebench.task.mention.MentionMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * Lays transcript blocks out as a {@link TranscriptDoc}: each block on its own lines with its kind's style;
 * blocks longer than {@link #COLLAPSE_LINES} cut to their first {@link #HEAD_LINES} lines plus a
 * {@code [+ N more lines]} line unless expanded (then followed by a {@code [- collapse]} line); entity names,
 * search matches and truncation markers styled on top. Pure and thread-safe: run it off the UI thread.
 */
public final class TranscriptBuilder {
    /** Blocks with more lines than this collapse. */
    public static final int COLLAPSE_LINES = 40;
    /** Lines a collapsed block still shows. */
    public static final int HEAD_LINES = 12;

    private final StringBuilder text = new StringBuilder();
    private final List<Integer> runLengths = new ArrayList<>();
    private final List<List<String>> runStyles = new ArrayList<>();
    private final Map<Integer, String> toggles = new HashMap<>();
    private final Map<String, int[]> blocks = new HashMap<>();
    private int paragraph;

    private TranscriptBuilder() {
    }

    /**
     * Builds the document.
     *
     * @param turns blocks of each turn, in turn order
     * @param expanded ids of blocks shown in full
     * @param entities names to highlight
     * @param matches search matches (any order) to highlight where visible
     */
    public static TranscriptDoc build(List<List<TranscriptBlock>> turns, Set<String> expanded, MentionMatcher entities,
                                      Collection<SearchMatch> matches) {
        Map<String, List<SearchMatch>> byBlock = new HashMap<>();
        for (SearchMatch m : matches) {
            byBlock.computeIfAbsent(m.blockId(), k -> new ArrayList<>()).add(m);
        }
        TranscriptBuilder b = new TranscriptBuilder();
        int[] first = new int[turns.size()];
        int[] last = new int[turns.size()];
        for (int t = 0; t < turns.size(); t++) {
            first[t] = b.paragraph;
            for (TranscriptBlock block : turns.get(t)) {
                b.block(block, expanded.contains(block.id()), entities, byBlock.getOrDefault(block.id(), List.of()));
            }
            last[t] = Math.max(first[t], b.paragraph - 1);
        }
        int[] lengths = b.runLengths.stream().mapToInt(Integer::intValue).toArray();
        return new TranscriptDoc(b.text.toString(), lengths, List.copyOf(b.runStyles), first, last, Map.copyOf(b.toggles),
                Map.copyOf(b.blocks));
    }

    private void block(TranscriptBlock block, boolean expanded, MentionMatcher entities, List<SearchMatch> matches) {
        String full = block.text();
        int lines = lineCount(full);
        boolean collapse = block.kind().collapsible() && lines > COLLAPSE_LINES;
        String visible = collapse && !expanded ? full.substring(0, endOfLine(full, HEAD_LINES)) : full;
        int start = text.length();
        blocks.put(block.id(), new int[] {start, visible.length()});
        styled(visible, block.kind().styleClass(), overlays(block, visible, entities, matches));
        paragraph += lineCount(visible);
        text.append('\n');
        extendLastRun(1);
        if (collapse) {
            String line = expanded ? "[- collapse " + String.format(Locale.ROOT, "%,d", lines - HEAD_LINES) + " lines]"
                    : "[+ " + String.format(Locale.ROOT, "%,d", lines - HEAD_LINES) + " more lines]";
            toggles.put(paragraph, block.id());
            styled(line, "t-toggle", new TreeMap<>());
            text.append('\n');
            extendLastRun(1);
            paragraph++;
        }
    }

    /** Overlay style boundaries: offset -&gt; classes to add from there on (sweep representation). */
    private static TreeMap<Integer, List<String[]>> overlays(TranscriptBlock block, String visible, MentionMatcher entities,
                                                            List<SearchMatch> matches) {
        TreeMap<Integer, List<String[]>> events = new TreeMap<>();
        if (block.kind() != TranscriptBlock.Kind.HEADER) {
            for (int[] s : entities.spans(visible)) {
                event(events, s[0], s[1], "t-entity");
            }
        }
        Matcher m = TranscriptBlocks.TRUNCATION.matcher(visible);
        while (m.find()) {
            event(events, m.start(), m.end(), "t-truncated");
        }
        for (SearchMatch sm : matches) {
            if (sm.offset() + sm.length() <= visible.length()) {
                event(events, sm.offset(), sm.offset() + sm.length(), "t-match");
            }
        }
        return events;
    }

    private static void event(TreeMap<Integer, List<String[]>> events, int from, int to, String style) {
        if (to > from) {
            events.computeIfAbsent(from, k -> new ArrayList<>()).add(new String[] {"+", style});
            events.computeIfAbsent(to, k -> new ArrayList<>()).add(new String[] {"-", style});
        }
    }

    private void styled(String s, String base, TreeMap<Integer, List<String[]>> events) {
        text.append(s);
        Map<String, Integer> active = new TreeMap<>();
        int pos = 0;
        for (Map.Entry<Integer, List<String[]>> e : events.entrySet()) {
            int at = Math.min(e.getKey(), s.length());
            addRun(at - pos, base, active);
            pos = at;
            for (String[] ev : e.getValue()) {
                active.merge(ev[1], "+".equals(ev[0]) ? 1 : -1, Integer::sum);
                active.remove(ev[1], 0);
            }
        }
        addRun(s.length() - pos, base, active);
    }

    private void addRun(int length, String base, Map<String, Integer> active) {
        if (length <= 0) {
            return;
        }
        List<String> styles = new ArrayList<>(active.size() + 1);
        styles.add(base);
        styles.addAll(active.keySet());
        List<String> frozen = List.copyOf(styles);
        int last = runStyles.size() - 1;
        if (last >= 0 && runStyles.get(last).equals(frozen)) {
            runLengths.set(last, runLengths.get(last) + length);
        } else {
            runLengths.add(length);
            runStyles.add(frozen);
        }
    }

    private void extendLastRun(int n) {
        if (runLengths.isEmpty()) {
            runLengths.add(n);
            runStyles.add(List.of());
        } else {
            runLengths.set(runLengths.size() - 1, runLengths.get(runLengths.size() - 1) + n);
        }
    }

    /** Lines in {@code s} (1 for a string without newline, including the empty string). */
    static int lineCount(String s) {
        int n = 1;
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }

    /** Offset of the end of line {@code lines} (exclusive of its newline). */
    static int endOfLine(String s, int lines) {
        int i = -1;
        for (int k = 0; k < lines; k++) {
            i = s.indexOf('\n', i + 1);
            if (i < 0) {
                return s.length();
            }
        }
        return i;
    }
}
