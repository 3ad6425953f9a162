package io.srebench.cli;

import io.srebench.store.SqliteStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import picocli.CommandLine;

/** Runs the CLI in-process and captures stdout, stderr and the exit code. */
public record CliRunner(int exit, String out, String err) {
    public static CliRunner run(String... args) {
        return run(SrebenchCommand.newCommandLine(), args);
    }

    /** Runs {@code args} on {@code cl} (a command line built with a test factory, say), capturing its output. */
    public static CliRunner run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRunner(code, out.toString(), err.toString());
    }

    /** Runs {@code args} followed by {@code --db db}. */
    public static CliRunner onDb(Path db, String... args) {
        String[] full = Arrays.copyOf(args, args.length + 2);
        full[args.length] = "--db";
        full[args.length + 1] = db.toString();
        return run(full);
    }

    /** Creates the store {@code dir/s.db}, lets {@code fill} write to it, closes it and returns its path. */
    public static Path storeIn(Path dir, Consumer<SqliteStore> fill) {
        Path db = dir.resolve("s.db");
        try (SqliteStore s = SqliteStore.open(db)) {
            fill.accept(s);
        }
        return db;
    }
}
