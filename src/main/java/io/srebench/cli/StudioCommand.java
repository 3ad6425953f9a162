package io.srebench.cli;

import io.srebench.studio.StudioLauncher;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code srebench studio}: open the desktop studio. */
@Command(name = "studio", description = "Open the srebench studio (desktop app).")
public final class StudioCommand implements Callable<Integer> {
    @Option(names = "--db", description = "Store file (default: the embedded store in the user's data dir).")
    private Path db;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        if (db != null) {
            args.add("--db=" + db.toAbsolutePath());
        }
        StudioLauncher.launch(args.toArray(new String[0]));
        return 0;
    }
}
