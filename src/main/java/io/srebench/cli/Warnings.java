package io.srebench.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

/** Warnings for the terminal: one line each on stderr. */
final class Warnings {
    private Warnings() {
    }

    static Consumer<String> to(PrintWriter err) {
        return w -> {
            err.println("srebench: WARNING: " + w);
            err.flush();
        };
    }
}
