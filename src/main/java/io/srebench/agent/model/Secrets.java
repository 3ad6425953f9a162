package io.srebench.agent.model;

/** Keeps API keys out of messages: the last line of defence when a provider echoes request data. */
public final class Secrets {
    private Secrets() {
    }

    /** {@code text} with every occurrence of {@code secret} replaced by {@code ***}. */
    public static String redact(String text, String secret) {
        if (text == null || secret == null || secret.length() < 4) {
            return text;
        }
        return text.replace(secret, "***");
    }

    /** At most {@code max} characters of {@code text} on one line. */
    public static String oneLine(String text, int max) {
        if (text == null) {
            return "";
        }
        String s = text.replaceAll("\\s+", " ").trim();
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }
}
