package io.srebench.studio.inspector.transcript;

import io.srebench.task.mention.MentionMatcher;
import java.util.ArrayList;
import java.util.List;

/** Case-insensitive plain-text search over the full text of every block (collapsed parts included). */
public final class TranscriptSearch {
    /** At most this many matches are returned. */
    public static final int LIMIT = 20_000;

    private TranscriptSearch() {
    }

    /** Matches of {@code query} in document order; empty for a blank query. */
    public static List<SearchMatch> find(List<List<TranscriptBlock>> turns, String query) {
        List<SearchMatch> out = new ArrayList<>();
        if (query == null || query.isBlank()) {
            return out;
        }
        String q = MentionMatcher.lower(query);
        for (List<TranscriptBlock> blocks : turns) {
            for (TranscriptBlock b : blocks) {
                String lower = MentionMatcher.lower(b.text());
                for (int i = lower.indexOf(q); i >= 0; i = lower.indexOf(q, i + q.length())) {
                    out.add(new SearchMatch(b.turn(), b.id(), i, q.length()));
                    if (out.size() >= LIMIT) {
                        return out;
                    }
                }
            }
        }
        return out;
    }
}
