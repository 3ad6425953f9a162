package io.srebench.studio.actions;

import io.srebench.studio.app.MainWindowViewModel;
import io.srebench.studio.app.StudioContext;
import io.srebench.studio.launch.BenchmarkLauncher;
import javafx.scene.control.TabPane;
import javafx.stage.Window;

/**
 * "New benchmark…": the launch dialog, and a progress tab per started or resumed benchmark. Its background work (task
 * checks, the runs) goes through the context's executor and the runner (see {@link BenchmarkLauncher}).
 */
public final class LaunchAction {
    private final BenchmarkLauncher launcher;

    /**
     * @param tabs where the benchmarks' progress tabs go
     */
    public LaunchAction(StudioContext ctx, MainWindowViewModel vm, TabPane tabs) {
        this.launcher = ctx.workbench().map(w -> new BenchmarkLauncher(w, ctx.store(), ctx.executor(), tabs, vm::refresh,
                vm::warn)).orElse(null);
        if (launcher != null) {
            launcher.setRunOpener(id -> vm.openRun(id, false));
            launcher.setStatusSink(vm::setStatus);
        }
    }

    /** Whether benchmarks can be launched here (the bundled tasks were found). */
    public boolean available() {
        return launcher != null;
    }

    /** Shows the launch dialog over {@code owner}. */
    public void run(Window owner) {
        if (launcher != null) {
            launcher.showDialog(owner);
        }
    }

    /** Cancels what is still running (the partial runs are kept and can be resumed). */
    public void dispose() {
        if (launcher != null) {
            launcher.dispose();
        }
    }
}
