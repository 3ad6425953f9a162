package io.srebench.cli;

import io.srebench.store.SqliteStore;
import io.srebench.studio.StudioLauncher;
import io.srebench.common.BadInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srebench studio}: open the desktop studio, or render one of its views to a PNG headless. */
@Command(name = "studio", description = "Open the srebench studio, or render a view to PNG with --snapshot.")
public final class StudioCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;
    @Option(names = "--db", description = "Store file (default: the embedded store in the user's data dir).")
    private Path db;
    @Option(names = "--tasks-dir", description = "Task definitions (default: the bundled tasks/).")
    private Path tasksDir;
    @Option(names = "--demo", description = "Run the baseline agents on the bundled tasks at start, without asking.")
    private boolean demo;
    @Option(names = "--snapshot", paramLabel = "PNG", description = "Render --view to this PNG without a display and exit.")
    private Path snapshot;
    @Option(names = "--view", defaultValue = "runs", description = "View for --snapshot: runs, matrix, inspector, ...")
    private String view;
    @Option(names = "--run", description = "Run id for --view inspector/compare.")
    private Long run;
    @Option(names = "--run2", description = "Second run id for --view compare.")
    private Long run2;
    @Option(names = "--turn", description = "Turn to show (1-based; default the last).")
    private Integer turn;
    @Option(names = "--size", defaultValue = "1600x1000", description = "Image size (default ${DEFAULT-VALUE}).")
    private String size;
    @Option(names = "--dark", description = "Render with the dark theme.")
    private boolean dark;
    @Option(names = "--smoke", hidden = true, description = "Open the window, print 'studio window shown' and exit (CI).")
    private boolean smoke;

    @Override
    public Integer call() {
        Path file = db != null ? db : SqliteStore.defaultFile();
        if (snapshot != null) {
            if (run == null && ("inspector".equals(view) || "compare".equals(view))) {
                throw new BadInputException("--view " + view + " needs --run RUN_ID");
            }
            if (run2 == null && "compare".equals(view)) {
                throw new BadInputException("--view compare needs --run RUN_ID and --run2 RUN_ID");
            }
            OutputFile.check("--snapshot", snapshot);
            StudioLauncher.Snapshot shot = StudioLauncher.renderSnapshot(new StudioLauncher.SnapshotOptions(file, tasksDir, view,
                    run, run2, turn, size, snapshot, dark));
            spec.commandLine().getOut().println("wrote " + shot.file() + " (" + shot.width() + "x" + shot.height() + ")");
            return 0;
        }
        List<String> args = new ArrayList<>();
        args.add("--db=" + file.toAbsolutePath());
        if (tasksDir != null) {
            args.add("--tasks=" + tasksDir.toAbsolutePath());
        }
        if (demo) {
            args.add("--demo=true");
        }
        if (smoke) {
            args.add("--smoke=true");
        }
        preflight();
        StudioLauncher.launch(args.toArray(new String[0]));
        return 0;
    }

    /** Refuses (exit 2, with what to install) when no window can open here. */
    private static void preflight() {
        StudioPreflight.problem().ifPresent(p -> {
            throw new BadInputException(p);
        });
    }

    /** For the no-subcommand default. */
    static void openDefault() {
        preflight();
        StudioLauncher.launch(new String[] {"--db=" + SqliteStore.defaultFile().toAbsolutePath()});
    }
}
