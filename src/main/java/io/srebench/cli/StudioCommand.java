package io.srebench.cli;

import io.srebench.studio.StudioLauncher;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code srebench studio}: open the desktop studio. */
@Command(name = "studio", description = "Open the srebench studio (desktop app).")
public final class StudioCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        StudioLauncher.launch(new String[0]);
        return 0;
    }
}
