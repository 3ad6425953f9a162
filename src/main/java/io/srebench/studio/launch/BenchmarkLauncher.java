package io.srebench.studio.launch;

import io.srebench.run.RunRepository;
import io.srebench.run.Workbench;
import io.srebench.studio.app.BackgroundExecutor;
import io.srebench.studio.app.DialogStages;
import io.srebench.studio.app.StudioView;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the "New benchmark" dialog and shows each started or resumed benchmark in a progress tab of the
 * main window. One progress tab per benchmark: resuming a benchmark whose tab is open selects that tab.
 * {@link #dispose()} cancels what is still running (its partial runs are kept and can be resumed).
 */
public final class BenchmarkLauncher {
    private final Workbench workbench;
    private final RunRepository repo;
    private final BackgroundExecutor executor;
    private final TabPane tabs;
    private final Runnable runsChanged;
    private final Consumer<String> warnings;
    private final Map<Long, Open> open = new LinkedHashMap<>();
    private java.util.function.LongConsumer runOpener = id -> { };
    private Consumer<String> statusSink = s -> { };

    private record Open(Tab tab, ProgressViewModel vm, ProgressView view) {
    }

    /**
     * @param runsChanged refreshes the runs browser (called throttled while runs finish)
     * @param warnings shows a warning line (sandbox fallback)
     */
    public BenchmarkLauncher(Workbench workbench, RunRepository repo, BackgroundExecutor executor, TabPane tabs,
                             Runnable runsChanged, Consumer<String> warnings) {
        this.workbench = workbench;
        this.repo = repo;
        this.executor = executor;
        this.tabs = tabs;
        this.runsChanged = runsChanged;
        this.warnings = warnings;
    }

    /** Shows the dialog; returns its stage. */
    public Stage showDialog(Window owner) {
        LaunchViewModel vm = new LaunchViewModel(workbench, repo, executor);
        Stage stage = new Stage();
        LaunchView[] view = new LaunchView[1];
        view[0] = new LaunchView(vm, () -> {
            try {
                ProgressViewModel p = vm.start(runsChanged, warnings, System::currentTimeMillis);
                show(p);
                stage.close();
            } catch (RuntimeException e) {
                error("Cannot start the benchmark", e);
            }
        }, choice -> {
            Open o = open.get(choice.id());
            if (o == null) {
                o = show(vm.open(choice.id(), runsChanged, warnings, System::currentTimeMillis));
            }
            o.vm().resume();
            tabs.getSelectionModel().select(o.tab());
            stage.close();
        });
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle("New benchmark");
        stage.setScene(new Scene(DialogStages.withCloseBar(view[0], stage, "Cancel", "launch-cancel"), 980, 700));
        stage.setOnHidden(e -> view[0].dispose());
        stage.show();
        return stage;
    }

    /** Opens a run of a benchmark tab (the main window's inspector tabs). */
    public void setRunOpener(java.util.function.LongConsumer opener) {
        this.runOpener = opener == null ? id -> { } : opener;
    }

    /** Where the benchmarks' progress lines go besides their tab (the main window's status bar). */
    public void setStatusSink(Consumer<String> sink) {
        this.statusSink = sink == null ? s -> { } : sink;
    }

    private Open show(ProgressViewModel p) {
        ProgressView v = new ProgressView(p);
        v.setOnOpenRun(id -> runOpener.accept(id));
        javafx.beans.value.ChangeListener<String> status = (o, a, b) -> statusSink.accept("benchmark #" + p.benchmarkId()
                + ": " + b);
        p.statusLineProperty().addListener(status);
        v.setUserData((Runnable) () -> p.statusLineProperty().removeListener(status));
        Tab tab = new Tab("Benchmark #" + p.benchmarkId(), v);
        tab.setId("benchmark-tab-" + p.benchmarkId());
        tab.setUserData(StudioView.BENCHMARK);
        Open o = new Open(tab, p, v);
        tab.setOnClosed(e -> {
            ((Runnable) v.getUserData()).run();
            v.dispose();
            open.remove(p.benchmarkId());
        });
        open.put(p.benchmarkId(), o);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        return o;
    }

    /** The progress model of an open benchmark tab, or null. */
    public ProgressViewModel progress(long benchmarkId) {
        Open o = open.get(benchmarkId);
        return o == null ? null : o.vm();
    }

    private static void error(String header, RuntimeException e) {
        Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage());
        a.setHeaderText(header);
        a.show();
    }

    public void dispose() {
        for (Open o : open.values()) {
            o.vm().cancel();
            ((Runnable) o.view().getUserData()).run();
            o.view().dispose();
        }
        open.clear();
    }
}
