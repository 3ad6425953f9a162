package io.srebench.agent;

import io.srebench.trajectory.ChatMessage;
import io.srebench.agent.model.ToolSpec;
import io.srebench.trajectory.TrimRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the conversation under a token budget by replacing the oldest tool outputs with a placeholder.
 *
 * <p>The estimate is characters / 4 plus a few tokens per message: crude, provider-independent, and it errs
 * high for code-like output. Only tool results are trimmed, oldest first; results at or after
 * {@code protectFrom} (the latest turn's) are never touched, so a conversation can stay over budget.
 */
public final class ContextTrimmer {
    private static final int PER_MESSAGE_TOKENS = 4;

    private ContextTrimmer() {
    }

    public static long estimateTokens(List<ChatMessage> messages, List<ToolSpec> tools) {
        long chars = 0;
        for (ChatMessage m : messages) {
            chars += m.chars();
        }
        for (ToolSpec t : tools) {
            chars += t.description().length() + t.parameters().toString().length();
        }
        return chars / 4 + (long) PER_MESSAGE_TOKENS * messages.size();
    }

    /**
     * Trims {@code conversation} in place until its estimate is at most {@code budget}.
     *
     * @return what was trimmed, in order
     */
    public static List<TrimRecord> fit(List<ChatMessage> conversation, List<ToolSpec> tools, long budget, int protectFrom,
                                       String reason) {
        List<TrimRecord> trims = new ArrayList<>();
        long estimate = estimateTokens(conversation, tools);
        for (int i = 0; i < protectFrom && i < conversation.size() && estimate > budget; i++) {
            if (conversation.get(i) instanceof ChatMessage.ToolResult r && !r.trimmed()) {
                ChatMessage.ToolResult replaced = new ChatMessage.ToolResult(r.callId(), r.name(),
                        Prompts.trimmedPlaceholder(), r.error(), true);
                conversation.set(i, replaced);
                long after = estimate - (r.content().length() - replaced.content().length()) / 4;
                trims.add(new TrimRecord(r.callId(), r.content().length(), estimate, after, reason));
                estimate = after;
            }
        }
        return trims;
    }
}
