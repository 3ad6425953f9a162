package io.srebench.interop;

import io.srebench.trajectory.ChatMessage;
import io.srebench.trajectory.TokenUsage;
import io.srebench.trajectory.ToolCallRecord;
import io.srebench.trajectory.ToolResultRecord;
import io.srebench.trajectory.Turn;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds srebench turns from a conversation read message by message: system and user messages become the next
 * turn's {@code inputDelta}; each assistant message starts a turn; tool messages attach to the calls of the turn
 * before them (by call id, or in call order when the source gives no ids). A tool message that answers no call
 * of the current turn is kept as a result of its own, so nothing the agent saw is dropped.
 */
final class TurnAssembler {
    /** One assistant reply as the source recorded it; null fields are unknown. */
    record Reply(String text, String reasoning, List<ToolCallRecord> calls, TokenUsage usage, Double costUsd,
                 Instant startedAt, Instant endedAt, Long latencyMs, String stopReason) {
    }

    private final List<ChatMessage> pendingInput = new ArrayList<>();
    private final List<Turn> turns = new ArrayList<>();
    private Reply current;
    private List<ChatMessage> currentInput;
    private final List<ToolResultRecord> currentResults = new ArrayList<>();
    private boolean sawTask;

    void system(String text) {
        pendingInput.add(new ChatMessage.System(text == null ? "" : text));
    }

    /** A user message; {@code kind} null means the task (first one) or a plain user message ({@code user}). */
    void user(String kind, String text) {
        String k = kind;
        if (k == null || k.isBlank() || "user".equals(k)) {
            k = sawTask ? "user" : ChatMessage.User.TASK;
        }
        sawTask = true;
        pendingInput.add(new ChatMessage.User(k, text == null ? "" : text));
    }

    void assistant(Reply reply) {
        flush();
        current = reply;
        currentInput = new ArrayList<>(pendingInput);
        pendingInput.clear();
    }

    /** Whether an assistant reply is open (tool results attach to it). */
    boolean inTurn() {
        return current != null;
    }

    /** The tool name of a call of the open turn, or null. */
    String callName(String callId) {
        if (current == null || callId == null) {
            return null;
        }
        for (ToolCallRecord c : current.calls()) {
            if (callId.equals(c.id())) {
                return c.name();
            }
        }
        return null;
    }

    /**
     * Attaches a tool result to the open turn. A null or unknown call id is paired with the first call that has no
     * result yet; the result takes that call's (mapped) tool name.
     */
    void toolResult(ToolResultRecord r) {
        if (current == null) {
            // a tool message before any reply: keep what it said as input
            pendingInput.add(new ChatMessage.ToolResult(r.callId() == null ? "" : r.callId(), r.tool(),
                    r.stdout() != null ? r.stdout() : r.error() != null ? r.error() : "", r.error() != null, false));
            return;
        }
        ToolCallRecord match = null;
        for (ToolCallRecord c : current.calls()) {
            if (r.callId() != null && r.callId().equals(c.id())) {
                match = c;
                break;
            }
        }
        if (match == null) {
            for (ToolCallRecord c : current.calls()) {
                if (!answered(c.id())) {
                    match = c;
                    break;
                }
            }
        }
        if (match != null) {
            r = new ToolResultRecord(match.id(), match.name(), r.exitCode(), r.stdout(), r.stderr(), r.stdoutChars(),
                    r.stderrChars(), r.stdoutTruncated(), r.stderrTruncated(), r.durationMs(), r.timedOut(), r.error());
        }
        currentResults.add(r);
    }

    private boolean answered(String callId) {
        for (ToolResultRecord r : currentResults) {
            if (callId.equals(r.callId())) {
                return true;
            }
        }
        return false;
    }

    /** The turns built so far plus the open one; input left after the last reply is dropped. */
    List<Turn> finish() {
        flush();
        return List.copyOf(turns);
    }

    /** Input messages after the last reply (e.g. a final user message), not part of any turn. */
    List<ChatMessage> trailingInput() {
        return List.copyOf(pendingInput);
    }

    private void flush() {
        if (current == null) {
            return;
        }
        Reply r = current;
        long toolMs = 0;
        for (ToolResultRecord t : currentResults) {
            toolMs += t.durationMs();
        }
        int malformed = 0;
        for (ToolCallRecord c : r.calls()) {
            if (!c.valid()) {
                malformed++;
            }
        }
        long latency = r.latencyMs() != null ? r.latencyMs()
                : r.startedAt() != null && r.endedAt() != null ? Math.max(0, Duration.between(r.startedAt(), r.endedAt())
                .toMillis()) : 0;
        turns.add(new Turn(turns.size() + 1, r.startedAt(), r.endedAt(), currentInput, r.text(), r.reasoning(), r.calls(),
                currentResults, r.usage(), latency, toolMs, r.costUsd(), List.of(), malformed, r.stopReason()));
        current = null;
        currentInput = null;
        currentResults.clear();
    }
}
