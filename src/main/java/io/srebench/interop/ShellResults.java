package io.srebench.interop;

import io.srebench.trajectory.ToolResultRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a tool's output text into a {@link ToolResultRecord}. Stirrup's {@code code_exec} layout
 * ({@code <shell_results><exit_code>N</exit_code><stdout>…</stdout><stderr>…</stderr></shell_results>}, or
 * {@code <error_kind>…</error_kind><details>…</details>}) is taken apart; the payload is not XML-escaped, so the
 * parts are found by their outermost tags. Any other text becomes stdout with an unknown exit code.
 */
final class ShellResults {
    private static final Pattern WRAPPED = Pattern.compile("\\A\\s*<shell_results>\\n?(.*)</shell_results>\\s*\\z",
            Pattern.DOTALL);
    private static final Pattern EXIT = Pattern.compile("\\A\\s*<exit_code>\\s*(-?\\d+)\\s*</exit_code>\\n?", Pattern.DOTALL);
    private static final Pattern ERROR_KIND = Pattern.compile("<error_kind>(.*?)</error_kind>", Pattern.DOTALL);

    private ShellResults() {
    }

    /** A result from output text; {@code failed} marks a call the source flagged as failed. */
    static ToolResultRecord fromText(String callId, String tool, String text, boolean failed, String errorMessage,
                                     long durationMs) {
        String content = text == null ? "" : text;
        Matcher w = WRAPPED.matcher(content);
        if (w.matches()) {
            ToolResultRecord r = fromShellResults(callId, tool, w.group(1), durationMs);
            if (r != null) {
                return r;
            }
        }
        if (errorMessage != null) {
            return new ToolResultRecord(callId, tool, null, content.isEmpty() ? null : content, null, content.length(), 0,
                    false, false, durationMs, errorMessage.toLowerCase(java.util.Locale.ROOT).contains("timeout"),
                    errorMessage);
        }
        if (failed && !content.isEmpty() && content.length() < 2000) {
            return new ToolResultRecord(callId, tool, null, null, null, 0, 0, false, false, durationMs, false, content);
        }
        return new ToolResultRecord(callId, tool, null, content, null, content.length(), 0, false, false, durationMs,
                false, null);
    }

    private static ToolResultRecord fromShellResults(String callId, String tool, String body, long durationMs) {
        Matcher exit = EXIT.matcher(body);
        if (exit.find()) {
            String rest = body.substring(exit.end());
            String stdout = section(rest, "stdout");
            String stderr = section(rest, "stderr");
            int code;
            try {
                code = Integer.parseInt(exit.group(1));
            } catch (NumberFormatException e) {
                return null;
            }
            return new ToolResultRecord(callId, tool, code, stdout == null ? "" : stdout, stderr == null ? "" : stderr,
                    stdout == null ? 0 : stdout.length(), stderr == null ? 0 : stderr.length(),
                    stdout != null && isTruncated(stdout), stderr != null && isTruncated(stderr), durationMs, false, null);
        }
        Matcher kind = ERROR_KIND.matcher(body);
        if (kind.find()) {
            String k = kind.group(1).trim();
            String details = section(body, "details");
            String advice = section(body, "advice");
            String msg = k + (details == null || details.isBlank() ? "" : ": " + details.strip())
                    + (advice == null || advice.isBlank() ? "" : " (" + advice.strip() + ")");
            return new ToolResultRecord(callId, tool, null, null, null, 0, 0, false, false, durationMs,
                    "timeout".equalsIgnoreCase(k), msg);
        }
        return null;
    }

    /** Text between the first {@code <tag>} and the last {@code </tag>} (payloads are not escaped). */
    private static String section(String s, String tag) {
        String open = "<" + tag + ">";
        String close = "</" + tag + ">";
        int a = "stderr".equals(tag) ? s.lastIndexOf(open) : s.indexOf(open);
        if (a < 0) {
            return null;
        }
        int from = a + open.length();
        int b = s.lastIndexOf(close);
        if ("stdout".equals(tag)) {
            // stdout may contain "</stdout>" itself; it ends at the last "</stdout>" before the stderr section
            int stderrOpen = s.lastIndexOf("<stderr>");
            int cut = stderrOpen > from ? s.lastIndexOf(close, stderrOpen) : b;
            b = cut >= from ? cut : b;
        }
        return b < from ? s.substring(from) : s.substring(from, b);
    }

    private static boolean isTruncated(String s) {
        return s.contains("characters truncated") || s.contains("[truncated") || s.contains("... truncated");
    }
}
