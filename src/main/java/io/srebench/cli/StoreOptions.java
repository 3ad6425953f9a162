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

    /** Opens the store; a {@code --db} whose directory does not exist is refused, never created. */
    public SqliteStore open() {
        if (db != null) {
            Path parent = db.toAbsolutePath().normalize().getParent();
            if (parent == null || !java.nio.file.Files.isDirectory(parent)) {
                throw new io.srebench.common.BadInputException("--db: " + db + ": directory " + parent
                        + " does not exist (it is not created)");
            }
        }
        return SqliteStore.open(file());
    }
}
