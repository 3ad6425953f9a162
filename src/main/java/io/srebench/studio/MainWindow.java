package io.srebench.studio;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.srebench.agent.model.EndpointConfig;
import io.srebench.run.BenchmarkRunner;
import io.srebench.run.Leaderboard;
import io.srebench.run.RunQuery;
import io.srebench.run.RunRepository;
import io.srebench.run.RunSummary;
import io.srebench.run.RunnerListener;
import io.srebench.studio.app.DemoBenchmark;
import io.srebench.studio.app.StudioContext;
import io.srebench.studio.compare.CompareView;
import io.srebench.studio.endpoints.EndpointsDialog;
import io.srebench.studio.inspector.InspectorView;
import io.srebench.studio.launch.BenchmarkLauncher;
import io.srebench.studio.leaderboard.LeaderboardView;
import io.srebench.studio.leaderboard.LeaderboardViewModel;
import io.srebench.studio.matrix.MatrixView;
import io.srebench.studio.matrix.MatrixViewModel;
import io.srebench.studio.runs.RunsView;
import io.srebench.studio.runs.RunsViewModel;
import io.srebench.common.UserDirs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import io.srebench.interop.ImportService;
import io.srebench.run.TaskScoring;
import io.srebench.score.ScoreOptions;
import io.srebench.interop.html.HtmlReport;
import java.io.File;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import javafx.stage.FileChooser;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.input.TransferMode;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

/** The studio's main window content: toolbar, tabs (runs, matrix, opened runs), status bar. */
public final class MainWindow extends BorderPane {
    private final StudioContext ctx;
    private final RunsViewModel runsVm;
    private final MatrixViewModel matrixVm;
    private final RunsView runsView;
    private final MatrixView matrixView;
    private final LeaderboardViewModel leaderboardVm;
    private final LeaderboardView leaderboardView;
    private final BenchmarkLauncher launcher;
    private final TabPane tabs = new TabPane();
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final List<Runnable> disposers = new ArrayList<>();
    private RunOpener runOpener;
    private BenchmarkRunner.Handle demo;

    public MainWindow(StudioContext ctx) {
        this.ctx = ctx;
        setId("main-window");
        runsVm = new RunsViewModel(ctx.store(), ctx.executor());
        matrixVm = new MatrixViewModel(ctx.store(), ctx.executor());
        runsView = new RunsView(runsVm, this::openFromBrowser, (a, b) -> openCompare(a.id(), b.id()));
        matrixView = new MatrixView(matrixVm, this::openCell);
        matrixView.setOnCompare(c -> openCompare(c.runIds().get(0), c.runIds().get(1)));
        Tab runs = new Tab("Runs", runsView);
        Tab matrix = new Tab("Matrix", matrixView);
        leaderboardVm = new LeaderboardViewModel(ctx.store(), ctx.store(), ctx.executor());
        leaderboardView = new LeaderboardView(leaderboardVm);
        Tab leaderboard = new Tab("Leaderboard", leaderboardView);
        // the matrix ranks the benchmark the leaderboard's picker holds (the latest until one is picked)
        matrixVm.benchmarkProperty().bind(leaderboardVm.benchmarkProperty());
        disposers.add(() -> matrixVm.benchmarkProperty().unbind());
        runs.setClosable(false);
        matrix.setClosable(false);
        leaderboard.setClosable(false);
        tabs.getTabs().addAll(runs, matrix, leaderboard);
        // labels saved in an inspector since the last load show when the leaderboard or matrix is looked at again
        // (the false-positive chart was stale until Refresh: issue 13, item 10)
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b == leaderboard) {
                leaderboardVm.refresh();
            } else if (b == matrix) {
                matrixVm.refresh();
            }
        });
        launcher = ctx.workbench().map(w -> new BenchmarkLauncher(w, ctx.store(), ctx.executor(), tabs, this::refresh,
                warning -> status.setText("WARNING: " + warning))).orElse(null);
        if (launcher != null) {
            launcher.setRunOpener(this::openRun);
            launcher.setStatusSink(status::setText);
        }
        tabs.setId("main-tabs");
        setTop(toolbar());
        setCenter(tabs);
        progress.setVisible(false);
        progress.setPrefWidth(200);
        HBox bar = new HBox(12, status, progress);
        bar.setPadding(new Insets(3, 8, 3, 8));
        setBottom(bar);
        status.setText(ctx.workbench().map(w -> w.catalog().size() + " tasks in " + w.catalog().dir())
                .orElse("tasks unavailable: " + ctx.workbenchProblem()));
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            List<Path> files = e.getDragboard().hasFiles()
                    ? e.getDragboard().getFiles().stream().map(File::toPath).toList() : List.of();
            e.setDropCompleted(!files.isEmpty());
            e.consume();
            importFiles(files);
        });
        refresh();
    }

    /** Opens a run in a tab (the inspector). */
    public interface RunOpener {
        /** @param turn 1-based turn to show first, or null for the default */
        Tab open(StudioContext ctx, long runId, Integer turn);
    }

    /** Plugs in what opens a run in a tab. */
    public void setRunOpener(RunOpener opener) {
        this.runOpener = opener;
    }

    public RunsView runsView() {
        return runsView;
    }

    public MatrixView matrixView() {
        return matrixView;
    }

    public TabPane tabs() {
        return tabs;
    }

    public void refresh() {
        runsVm.refresh();
        matrixVm.refresh();
        leaderboardVm.refresh();
    }

    public LeaderboardView leaderboardView() {
        return leaderboardView;
    }

    /** Opens a run of the runs browser; a text-search hit opens at its turn with the match highlighted. */
    private void openFromBrowser(RunSummary r) {
        RunRepository.SearchHit h = runsVm.hit(r.id());
        if (h == null) {
            openRun(r.id());
            return;
        }
        openRun(r.id(), h.turnIndex() + 1);
        Tab t = tabs.getSelectionModel().getSelectedItem();
        if (t != null && t.getContent() instanceof InspectorView v) {
            v.viewModel().startSearch(runsVm.highlightFor(h));
        }
    }

    public void openRun(long runId) {
        openRun(runId, null);
    }

    public void openRun(long runId, Integer turn) {
        if (runOpener == null) {
            return;
        }
        Tab t = runOpener.open(ctx, runId, turn);
        tabs.getTabs().add(t);
        tabs.getSelectionModel().select(t);
        focusContent(t);
    }

    /**
     * Moves the keyboard focus into a freshly opened tab (the inspector's transcript), so that Enter or Space does not
     * go on to the toolbar button that kept the focus (issue 13, item 9: Enter started "New benchmark").
     */
    private static void focusContent(Tab t) {
        Runnable focus = () -> {
            if (t.getContent() instanceof InspectorView v) {
                v.focusTranscript();
            } else if (t.getContent() != null) {
                t.getContent().requestFocus();
            }
        };
        focus.run();
        javafx.application.Platform.runLater(focus);
    }

    /** Opens the comparison of two runs in a tab (refused with a message when they are of different tasks). */
    public void openCompare(long a, long b) {
        CompareView view = CompareView.open(ctx, a, b);
        Tab t = new Tab("Compare " + a + " · " + b, view);
        t.setOnClosed(e -> view.dispose());
        onDispose(view::dispose);
        tabs.getTabs().add(t);
        tabs.getSelectionModel().select(t);
        focusContent(t);
    }

    private void openCell(Leaderboard.Cell cell) {
        if (!cell.runIds().isEmpty()) {
            openRun(cell.runIds().get(0));
        }
    }

    private ToolBar toolbar() {
        Label app = new Label("srebench");
        app.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
        Label store = new Label(ctx.store().file().toString());
        store.setStyle("-fx-opacity: 0.7;");
        Button baselines = new Button("Run baselines");
        baselines.setId("run-baselines");
        baselines.setDisable(ctx.workbench().isEmpty());
        baselines.setOnAction(e -> startDemo());
        Button launch = new Button("New benchmark…");
        launch.setId("new-benchmark");
        launch.setDisable(ctx.workbench().isEmpty());
        launch.setOnAction(e -> launcher.showDialog(getScene().getWindow()));
        Button endpoints = new Button("Endpoints…");
        endpoints.setId("endpoints-button");
        endpoints.setOnAction(e -> showEndpoints());
        Button reload = new Button("Refresh");
        reload.setOnAction(e -> refresh());
        ToggleButton dark = new ToggleButton("Dark");
        dark.setId("dark-toggle");
        dark.setSelected(ctx.settings().darkMode());
        dark.selectedProperty().addListener((o, a, b) -> {
            ctx.settings().setDarkMode(b);
            applyTheme(b);
        });
        Pane grow = new Pane();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button html = new Button("HTML report…");
        html.setId("export-html");
        html.setOnAction(e -> exportHtml());
        return new ToolBar(app, store, grow, launch, baselines, endpoints, html, reload, dark);
    }

    /** Offers the demo benchmark when the store is empty; with {@code force} starts it without asking. */
    public void firstLaunch(boolean force) {
        ctx.executor().submit("count runs", () -> ctx.store().list(new RunQuery(null, null, null, null, null, null, null, 1)),
                (List<RunSummary> some) -> {
                    if (force) {
                        startDemo();
                    } else if (some.isEmpty() && ctx.workbench().isPresent()) {
                        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "The store has no runs yet. Run the offline "
                                + "baseline agents (" + String.join(", ", DemoBenchmark.AGENTS) + ") on the "
                                + ctx.workbench().get().catalog().size() + " bundled tasks now? No API key needed.",
                                ButtonType.YES, ButtonType.NO);
                        a.setHeaderText("Welcome to srebench");
                        // Escape (and the window's close box) answer No: the dialog has a cancel button
                        ((Button) a.getDialogPane().lookupButton(ButtonType.NO)).setCancelButton(true);
                        a.showAndWait().filter(b -> b == ButtonType.YES).ifPresent(b -> startDemo());
                    }
                }, e -> status.setText("cannot read the store: " + e.getMessage()));
    }

    /**
     * First launch, after the demo: opens the most interesting run (the best partial score: neither 0 nor 1, else the
     * best score) with the inspector's key guide, so the first screen says what to look at (issue 13, item 11).
     */
    void openMostInteresting() {
        ctx.executor().submit("most interesting run", () -> mostInteresting(ctx.store().list(RunQuery.all())), r -> {
            if (r == null) {
                return;
            }
            openRun(r.id());
            Tab t = tabs.getSelectionModel().getSelectedItem();
            if (t != null && t.getContent() instanceof InspectorView v) {
                v.showKeyGuide();
            }
            status.setText(String.format(Locale.ROOT, "opened run %d (%s on %s, score %.2f): the best partial score; "
                    + "j/k step, / search, ? keys", r.id(), r.agent(), r.taskId(), r.score()));
        }, e -> status.setText("cannot read the store: " + e.getMessage()));
    }

    /** The scored run with the best score below 1 and above 0, else the best scored run; null when none. */
    static RunSummary mostInteresting(List<RunSummary> runs) {
        java.util.Comparator<RunSummary> best = java.util.Comparator.comparingDouble(RunSummary::score)
                .thenComparing(java.util.Comparator.comparingLong(RunSummary::id).reversed());
        List<RunSummary> scored = runs.stream().filter(r -> r.status() == io.srebench.trajectory.RunStatus.DONE
                && r.score() != null).toList();
        return scored.stream().filter(r -> r.score() > 0 && r.score() < 1).max(best)
                .orElseGet(() -> scored.stream().max(best).orElse(null));
    }

    private void startDemo() {
        if (demo != null && demo.done() < demo.total() && !demo.isCancelled()) {
            return;
        }
        progress.setVisible(true);
        RunnerListener l = new RunnerListener() {
            private long lastRefresh;

            @Override
            public void progress(int done, int total, double cost) {
                ctx.executor().onUiThread(() -> {
                    progress.setProgress(total == 0 ? 1 : (double) done / total);
                    status.setText(String.format(Locale.ROOT, "baselines: %d / %d runs", done, total));
                    long now = System.currentTimeMillis();
                    if (done >= total || now - lastRefresh > 1500) {
                        lastRefresh = now;
                        refresh();
                    }
                    if (done >= total) {
                        progress.setVisible(false);
                        openMostInteresting();
                    }
                });
            }
        };
        try {
            demo = DemoBenchmark.start(ctx, l, w -> ctx.executor().onUiThread(() -> status.setText("WARNING: " + w)));
        } catch (RuntimeException e) {
            progress.setVisible(false);
            Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage());
            a.setHeaderText("Cannot start the baselines");
            a.show();
        }
    }

    private void showEndpoints() {
        try {
            EndpointConfig config = ctx.workbench().map(w -> w.endpoints())
                    .orElseGet(() -> EndpointConfig.load(UserDirs.current().config().resolve("endpoints.json")));
            EndpointsDialog.show(getScene().getWindow(), config, ctx.executor());
        } catch (RuntimeException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage());
            a.setHeaderText("Cannot open the endpoints");
            a.show();
        }
    }

    /**
     * Imports other tools' run files (Stirrup, Inspect, ITBench, ATIF, srebench JSONL), dropped on the
     * window, in the background; each file goes in whole or not at all, and the outcome is shown.
     */
    public void importFiles(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        status.setText("importing " + files.size() + " file(s)…");
        ctx.executor().submit("import", () -> ImportService.importFiles(files, ctx.store(),
                id -> ctx.workbench().flatMap(w -> w.catalog().find(id)), new TaskScoring(ScoreOptions.DEFAULT)),
                outcomes -> {
                    refresh();
                    StringBuilder text = new StringBuilder();
                    int runs = 0;
                    for (ImportService.FileOutcome o : outcomes) {
                        runs += o.runIds().size();
                        text.append(o.refused() ? o.error() : o.summary()).append('\n');
                    }
                    status.setText("imported " + runs + " run(s)");
                    boolean refused = outcomes.stream().anyMatch(ImportService.FileOutcome::refused);
                    Alert a = new Alert(refused ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION, text.toString());
                    a.setHeaderText(refused ? "Some files were not imported" : "Imported " + runs + " run(s)");
                    a.show();
                }, err -> {
                    Alert a = new Alert(Alert.AlertType.ERROR, err.getMessage());
                    a.setHeaderText("Import failed");
                    a.show();
                });
    }

    /** Asks where, then writes the self-contained offline HTML report of every run in the store. */
    private void exportHtml() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save HTML report");
        chooser.setInitialFileName("srebench-report.html");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML", "*.html"));
        File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            exportHtml(f.toPath());
        }
    }

    /** Writes the HTML report to {@code target} in the background (temp file, then moved in place). */
    public void exportHtml(Path target) {
        status.setText("writing " + target + "…");
        // the report covers what the leaderboard shows: the chosen benchmark (the latest by default)
        Long benchmark = leaderboardVm.benchmarkId();
        ctx.executor().submit("html report", () -> {
            Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".report-", ".html");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                HtmlReport.write(ctx.store(), benchmark, HtmlReport.Limits.DEFAULT, w);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }, p -> status.setText("wrote " + p), err -> {
            Alert a = new Alert(Alert.AlertType.ERROR, err.getMessage());
            a.setHeaderText("Cannot write the HTML report");
            a.show();
        });
    }

    /** Registers something to release when the window closes. */
    public void onDispose(Runnable r) {
        disposers.add(r);
    }

    public void dispose() {
        if (demo != null) {
            demo.cancel();
        }
        if (launcher != null) {
            launcher.dispose();
        }
        runsView.dispose();
        matrixView.dispose();
        leaderboardView.dispose();
        for (Tab t : tabs.getTabs()) {
            Node n = t.getContent();
            if (n instanceof Disposable d) {
                d.dispose();
            }
        }
        disposers.forEach(Runnable::run);
    }

    /** A tab content that holds listeners or timers to release. */
    public interface Disposable {
        void dispose();
    }

    static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
