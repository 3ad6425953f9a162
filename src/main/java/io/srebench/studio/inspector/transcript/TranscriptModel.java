package io.srebench.studio.inspector.transcript;

import io.srebench.studio.kit.Jobs;
import io.srebench.task.mention.MentionMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State of the transcript pane: the blocks of every turn, which long blocks are expanded, the search and its
 * matches, and the laid-out document. Building the document and searching run on the background executor; a
 * result that arrives after a newer request is dropped.
 */
public final class TranscriptModel {
    private final Jobs jobs;
    private final Consumer<SearchMatch> onMatch;
    private final List<List<TranscriptBlock>> blocks = new ArrayList<>();
    private final Set<String> expanded = new HashSet<>();
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<List<SearchMatch>> matches = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyIntegerWrapper currentMatch = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper matchLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TranscriptDoc> doc = new ReadOnlyObjectWrapper<>(TranscriptDoc.empty());
    private MentionMatcher entities = new MentionMatcher(List.of());
    private String searched = "";
    private boolean building;
    private boolean dirty;
    private long searchGeneration;

    /** @param onMatch called when navigation moves to a match (the inspector moves to its turn) */
    public TranscriptModel(Jobs jobs, Consumer<SearchMatch> onMatch) {
        this.jobs = jobs;
        this.onMatch = onMatch;
    }

    /** Adds the blocks of newly loaded turns and relays the document out (and re-runs an active search). */
    public void addTurns(List<List<TranscriptBlock>> more) {
        blocks.addAll(more);
        if (!searched.isEmpty()) {
            runSearch(searched, false);
        } else {
            rebuild();
        }
    }

    /** Names highlighted as entity mentions. */
    public void setEntities(MentionMatcher m) {
        entities = m;
        rebuild();
    }

    /** Expands a collapsed block or collapses an expanded one. */
    public void toggle(String blockId) {
        if (!expanded.remove(blockId)) {
            expanded.add(blockId);
        }
        rebuild();
    }

    public boolean isExpanded(String blockId) {
        return expanded.contains(blockId);
    }

    /** Searches for {@link #queryProperty()} and moves to the first match at or after {@code fromTurn}. */
    public void search(int fromTurn) {
        String q = query.get() == null ? "" : query.get().strip();
        searched = q;
        if (q.isEmpty()) {
            matches.set(List.of());
            currentMatch.set(-1);
            updateLabel();
            rebuild();
            return;
        }
        runSearch(q, true, fromTurn);
    }

    private void runSearch(String q, boolean move) {
        runSearch(q, move, 0);
    }

    private void runSearch(String q, boolean move, int fromTurn) {
        long mine = ++searchGeneration;
        List<List<TranscriptBlock>> snapshot = List.copyOf(blocks);
        jobs.submit("search transcript", () -> TranscriptSearch.find(snapshot, q), found -> {
            if (mine != searchGeneration) {
                return;
            }
            matches.set(List.copyOf(found));
            if (move) {
                int first = -1;
                for (int i = 0; i < found.size() && first < 0; i++) {
                    if (found.get(i).turn() >= fromTurn) {
                        first = i;
                    }
                }
                currentMatch.set(found.isEmpty() ? -1 : Math.max(first, 0));
            } else if (currentMatch.get() >= found.size()) {
                currentMatch.set(found.size() - 1);
            }
            updateLabel();
            revealCurrent();
            rebuild();
            if (move && currentMatch.get() >= 0) {
                onMatch.accept(found.get(currentMatch.get()));
            }
        }, e -> matchLabel.set("search failed: " + e.getMessage()));
    }

    /** Moves to the next match (wrapping); no-op without matches. */
    public void nextMatch() {
        step(1);
    }

    /** Moves to the previous match (wrapping). */
    public void previousMatch() {
        step(-1);
    }

    private void step(int delta) {
        List<SearchMatch> m = matches.get();
        if (m.isEmpty()) {
            return;
        }
        int i = currentMatch.get() < 0 ? 0 : Math.floorMod(currentMatch.get() + delta, m.size());
        currentMatch.set(i);
        updateLabel();
        if (revealCurrent()) {
            rebuild();
        }
        onMatch.accept(m.get(i));
    }

    /** Expands the block of the current match if the match is hidden; true when it did. */
    private boolean revealCurrent() {
        SearchMatch m = current();
        if (m == null) {
            return false;
        }
        OptionalInt at = doc.get().offsetOf(m);
        if (at.isEmpty() && !expanded.contains(m.blockId())) {
            String full = blockText(m.blockId());
            if (full != null && m.offset() + m.length() > TranscriptBuilder.endOfLine(full, TranscriptBuilder.HEAD_LINES)) {
                expanded.add(m.blockId());
                return true;
            }
        }
        return false;
    }

    private String blockText(String id) {
        int dot = id.indexOf('.');
        int turn = Integer.parseInt(id.substring(0, dot));
        for (List<TranscriptBlock> bs : blocks) {
            if (!bs.isEmpty() && bs.get(0).turn() == turn) {
                for (TranscriptBlock b : bs) {
                    if (b.id().equals(id)) {
                        return b.text();
                    }
                }
            }
        }
        return null;
    }

    /** The current match, or null. */
    public SearchMatch current() {
        int i = currentMatch.get();
        List<SearchMatch> m = matches.get();
        return i >= 0 && i < m.size() ? m.get(i) : null;
    }

    private void updateLabel() {
        if (searched.isEmpty()) {
            matchLabel.set("");
        } else if (matches.get().isEmpty()) {
            matchLabel.set("no matches");
        } else {
            String more = matches.get().size() >= TranscriptSearch.LIMIT ? "+" : "";
            matchLabel.set(String.format(Locale.ROOT, "match %d / %d%s", currentMatch.get() + 1, matches.get().size(), more));
        }
    }

    /**
     * Lays the document out again. At most one layout runs at a time: requests while one runs are merged into one
     * more layout with the inputs as they are when it ends (a burst of changes costs two layouts, not one each).
     */
    private void rebuild() {
        if (building) {
            dirty = true;
            return;
        }
        building = true;
        dirty = false;
        List<List<TranscriptBlock>> b = List.copyOf(blocks);
        Set<String> ex = Set.copyOf(expanded);
        MentionMatcher e = entities;
        List<SearchMatch> m = matches.get();
        jobs.submit("lay out transcript", () -> TranscriptBuilder.build(b, ex, e, m), d -> {
            building = false;
            if (dirty) {
                rebuild();
            } else {
                doc.set(d);
            }
        }, err -> {
            building = false;
            matchLabel.set("transcript failed: " + err.getMessage());
        });
    }

    /** Whether a layout is running or due (the document is not yet the latest). */
    public boolean isLayingOut() {
        return building || dirty;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyObjectProperty<List<SearchMatch>> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty currentMatchProperty() {
        return currentMatch.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty matchLabelProperty() {
        return matchLabel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TranscriptDoc> docProperty() {
        return doc.getReadOnlyProperty();
    }

    /** Blocks of every turn loaded so far (read-only view). */
    public List<List<TranscriptBlock>> blocks() {
        return java.util.Collections.unmodifiableList(blocks);
    }
}
