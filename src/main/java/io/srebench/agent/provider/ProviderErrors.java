package io.srebench.agent.provider;

import io.srebench.agent.model.ModelCallException;
import io.srebench.agent.model.ModelCallException.Kind;
import io.srebench.agent.model.Secrets;
import io.srebench.common.Text;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Maps SDK failures of either provider to {@link ModelCallException}s with one-line, key-free messages. */
final class ProviderErrors {
    private static final String[] CONTEXT_PHRASES = {
        "context_length_exceeded", "maximum context length", "context length", "context window", "prompt is too long",
        "too many tokens", "input is too long", "exceeds the context", "reduce the length",
    };

    private ProviderErrors() {
    }

    /** An HTTP error response. */
    static ModelCallException http(String endpoint, int status, String apiMessage, String code, List<String> retryAfterMs,
                                   List<String> retryAfter, String key) {
        String msg = Text.clip(Text.collapse(Secrets.redact(apiMessage, key)), 300, "...");
        String text = "endpoint '" + endpoint + "': HTTP " + status + (msg.isEmpty() ? "" : ": " + msg);
        Duration ra = parseRetryAfter(retryAfterMs, retryAfter);
        if (isContextLength(status, msg, code)) {
            return new ModelCallException(text + " (context length exceeded)", Kind.CONTEXT_LENGTH, false, status, null);
        }
        if (status == 429) {
            return new ModelCallException(text, Kind.RATE_LIMITED, true, status, ra);
        }
        if (status == 408) {
            return new ModelCallException(text, Kind.TIMEOUT, true, status, ra);
        }
        if (status >= 500 || status == 409) {
            return new ModelCallException(text, Kind.SERVER_ERROR, true, status, ra);
        }
        if (status == 401 || status == 403) {
            return new ModelCallException(text, Kind.AUTH, false, status, null);
        }
        return new ModelCallException(text, Kind.BAD_REQUEST, false, status, null);
    }

    /** A failure without an HTTP response: timeout, refused or reset connection. */
    static ModelCallException io(String endpoint, Throwable e, String key) {
        boolean timeout = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof SocketTimeoutException || t instanceof InterruptedIOException || m.contains("timeout")
                    || m.contains("timed out")) {
                timeout = true;
                break;
            }
        }
        String why = Text.clip(Text.collapse(Secrets.redact(rootMessage(e), key)), 200, "...");
        return new ModelCallException("endpoint '" + endpoint + "': " + (timeout ? "request timed out" : "connection failed")
                + (why.isEmpty() ? "" : ": " + why), timeout ? Kind.TIMEOUT : Kind.CONNECTION, true, 0, null);
    }

    /** A response we could not understand. */
    static ModelCallException badResponse(String endpoint, Throwable e, String key) {
        // Jackson appends where it stopped ("at [Source: ...; line: 1, column: 2]"): noise in a one-line error
        String why = rootMessage(e).replaceFirst("(?s)\\s*at \\[Source:.*$", "");
        return new ModelCallException("endpoint '" + endpoint + "': unreadable response: "
                + Text.clip(Text.collapse(Secrets.redact(why, key)), 200, "..."), Kind.BAD_RESPONSE, false, 0, null);
    }

    static boolean isContextLength(int status, String message, String code) {
        if (status == 413) {
            return true;
        }
        if (status != 400 && status != 422) {
            return false;
        }
        String m = (message + " " + code).toLowerCase(Locale.ROOT);
        for (String p : CONTEXT_PHRASES) {
            if (m.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** {@code retry-after-ms}, else {@code retry-after} as seconds or an HTTP date; null when absent or unreadable. */
    static Duration parseRetryAfter(List<String> retryAfterMs, List<String> retryAfter) {
        try {
            if (retryAfterMs != null && !retryAfterMs.isEmpty()) {
                return Duration.ofMillis((long) Double.parseDouble(retryAfterMs.get(0).trim()));
            }
            if (retryAfter != null && !retryAfter.isEmpty()) {
                String v = retryAfter.get(0).trim();
                if (v.matches("\\d+(\\.\\d+)?")) {
                    return Duration.ofMillis((long) (Double.parseDouble(v) * 1000));
                }
                ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(when.getZone()), when);
                return d.isNegative() ? Duration.ZERO : d;
            }
        } catch (RuntimeException ignored) {
            // an unreadable header means "no hint": the backoff schedule applies
            return null;
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
