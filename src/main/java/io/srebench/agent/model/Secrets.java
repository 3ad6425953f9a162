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
}
