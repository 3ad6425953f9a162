package io.srebench;

import io.srebench.cli.SrebenchCommand;

/**
 * Entry point. Deliberately not a JavaFX {@code Application}: the CLI must run without the
 * JavaFX toolkit, and a launcher class that extends Application cannot start from a plain
 * classpath jar. With no arguments it opens the studio.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(SrebenchCommand.execute(args));
    }
}
