package io.srebench.studio.inspector.transcript;

import io.srebench.trajectory.ChatMessage;
import io.srebench.trajectory.TokenUsage;
import io.srebench.trajectory.ToolResultRecord;
import io.srebench.trajectory.TrimRecord;
import io.srebench.trajectory.Turn;
import io.srebench.studio.kit.InspectedTurn;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a turn into transcript blocks. Output texts are referenced, not copied. */
public final class TranscriptBlocks {
    /** The sandbox's truncation marker line. */
    public static final Pattern TRUNCATION = Pattern.compile("\\[\\.\\.\\. (\\d+) characters truncated \\.\\.\\.\\]");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private TranscriptBlocks() {
    }

    /** The blocks of one turn, in display order. */
    public static List<TranscriptBlock> of(InspectedTurn t) {
        List<TranscriptBlock> out = new ArrayList<>();
        Adder add = (kind, text) -> out.add(new TranscriptBlock(t.index() + "." + out.size(), t.index(), kind, text));
        add.add(TranscriptBlock.Kind.HEADER, header(t));
        if (t.parseError() != null) {
            add.add(TranscriptBlock.Kind.ERROR, t.parseError());
            return out;
        }
        Turn turn = t.turn();
        for (ChatMessage m : turn.inputDelta()) {
            if (m instanceof ChatMessage.User u) {
                add.add(TranscriptBlock.Kind.NOTE, "[" + u.kind().replace('_', ' ') + "] " + u.text());
            } else if (m instanceof ChatMessage.System s) {
                add.add(TranscriptBlock.Kind.NOTE, "[system prompt] " + s.text());
            }
        }
        for (TrimRecord tr : turn.trims()) {
            add.add(TranscriptBlock.Kind.NOTE, String.format(Locale.ROOT,
                    "[trimmed from context: output of %s, %,d chars (%s)]", tr.callId(), tr.originalChars(), tr.reason()));
        }
        if (!turn.reasoning().isBlank()) {
            add.add(TranscriptBlock.Kind.REASONING, "reasoning: " + turn.reasoning().strip());
        }
        if (!turn.assistantText().isBlank()) {
            add.add(TranscriptBlock.Kind.ASSISTANT, turn.assistantText().strip());
        }
        for (InspectedTurn.Step s : t.steps()) {
            step(s, add);
        }
        return out;
    }

    private static void step(InspectedTurn.Step s, Adder add) {
        String prefix = "shell".equals(s.tool()) ? "$ " : s.tool() + ": ";
        add.add(TranscriptBlock.Kind.COMMAND, prefix + s.command());
        if (!s.call().valid()) {
            add.add(TranscriptBlock.Kind.ERROR, "invalid call: " + (s.call().error() == null ? "rejected" : s.call().error()));
        }
        ToolResultRecord r = s.result();
        if (r == null) {
            return;
        }
        if (r.stdout() != null && !r.stdout().isEmpty()) {
            add.add(TranscriptBlock.Kind.STDOUT, stripNewline(r.stdout()));
        }
        if (r.stderr() != null && !r.stderr().isEmpty()) {
            add.add(TranscriptBlock.Kind.STDERR, stripNewline(r.stderr()));
        }
        if (r.error() != null) {
            add.add(TranscriptBlock.Kind.ERROR, "tool error: " + r.error());
        }
        String meta = meta(r);
        if (!meta.isEmpty()) {
            boolean bad = r.timedOut() || (r.exitCode() != null && r.exitCode() != 0);
            add.add(bad ? TranscriptBlock.Kind.ERROR : TranscriptBlock.Kind.META, meta);
        }
    }

    private static String meta(ToolResultRecord r) {
        List<String> parts = new ArrayList<>();
        if (r.exitCode() != null) {
            parts.add("exit " + r.exitCode());
        }
        if (r.timedOut()) {
            parts.add("TIMED OUT");
        }
        if (r.exitCode() != null || r.durationMs() > 0) {
            parts.add(r.durationMs() + " ms");
        }
        if (r.stdoutTruncated()) {
            parts.add(String.format(Locale.ROOT, "stdout truncated: %,d of %,d chars dropped",
                    dropped(r.stdout(), r.stdoutChars()), r.stdoutChars()));
        }
        if (r.stderrTruncated()) {
            parts.add(String.format(Locale.ROOT, "stderr truncated: %,d of %,d chars dropped",
                    dropped(r.stderr(), r.stderrChars()), r.stderrChars()));
        }
        return parts.isEmpty() ? "" : "[" + String.join(" · ", parts) + "]";
    }

    /** Characters the sandbox dropped: from its marker when present, else written minus kept. */
    static long dropped(String kept, long written) {
        if (kept != null) {
            Matcher m = TRUNCATION.matcher(kept);
            if (m.find()) {
                return Long.parseLong(m.group(1));
            }
        }
        return Math.max(0, written - (kept == null ? 0 : kept.length()));
    }

    /** The header line of a turn: index, time, tokens, cost, latencies. */
    public static String header(InspectedTurn t) {
        StringBuilder sb = new StringBuilder("━━ turn ").append(t.index() + 1);
        Turn turn = t.turn();
        if (turn == null) {
            return sb.append(" ━━").toString();
        }
        if (turn.endedAt() != null) {
            sb.append(" · ").append(TIME.format(turn.endedAt()));
        }
        TokenUsage u = turn.usage();
        sb.append(String.format(Locale.ROOT, " · tokens in %,d (cached %,d) out %,d (reasoning %,d)", u.input(),
                u.cachedInput(), u.output(), u.reasoning()));
        sb.append(turn.costUsd() == null ? " · cost ?" : String.format(Locale.ROOT, " · $%.4f", turn.costUsd()));
        sb.append(String.format(Locale.ROOT, " · model %.1f s · tools %.1f s", turn.modelLatencyMs() / 1000.0,
                turn.toolTimeMs() / 1000.0));
        if (turn.malformedCalls() > 0) {
            sb.append(" · ").append(turn.malformedCalls()).append(" malformed call(s)");
        }
        return sb.append(" ━━").toString();
    }

    private static String stripNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    @FunctionalInterface
    private interface Adder {
        void add(TranscriptBlock.Kind kind, String text);
    }
}
