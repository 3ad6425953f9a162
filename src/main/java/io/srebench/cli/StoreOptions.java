package io.srebench.cli;

import io.srebench.store.SqliteStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --db FILE}: which store to use; the embedded default store when absent. */
public final class StoreOptions {
    @Option(names = "--db", paramLabel = "FILE",
            description = "SQLite store (default: srebench.db in the user's data dir, e.g. ~/.local/share/srebench).")
    Path db;

    public Path file() {
        return db != null ? db : SqliteStore.defaultFile();
    }

    public SqliteStore open() {
        return SqliteStore.open(file());
    }
}
