package io.srebench.studio;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.srebench.run.Leaderboard;
import io.srebench.run.RunRepository;
import io.srebench.run.RunSummary;
import io.srebench.studio.actions.DemoAction;
import io.srebench.studio.actions.EndpointsAction;
import io.srebench.studio.actions.ExportHtmlAction;
import io.srebench.studio.actions.ImportAction;
import io.srebench.studio.actions.LaunchAction;
import io.srebench.studio.app.MainWindowViewModel;
import io.srebench.studio.app.NoticeDialogs;
import io.srebench.studio.app.StudioContext;
import io.srebench.studio.app.StudioView;
import io.srebench.studio.compare.CompareView;
import io.srebench.studio.inspector.InspectorView;
import io.srebench.studio.leaderboard.LeaderboardView;
import io.srebench.studio.leaderboard.LeaderboardViewModel;
import io.srebench.studio.matrix.MatrixView;
import io.srebench.studio.matrix.MatrixViewModel;
import io.srebench.studio.runs.RunsView;
import io.srebench.studio.runs.RunsViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The studio's main window content: toolbar, tabs (runs, matrix, leaderboard, opened runs), status bar. Its state
 * lives in {@link MainWindowViewModel} (the selected view, the status line, progress, notices), which this view binds
 * to; the toolbar's buttons and file drops run the actions of {@code io.srebench.studio.actions}. Tabs carry their
 * {@link StudioView} as user data and are selected by it.
 */
public final class MainWindow extends BorderPane {
    private final StudioContext ctx;
    private final MainWindowViewModel vm;
    private final RunsViewModel runsVm;
    private final RunsView runsView;
    private final MatrixView matrixView;
    private final LeaderboardView leaderboardView;
    private final TabPane tabs = new TabPane();
    private final ImportAction importAction;
    private final ExportHtmlAction exportAction;
    private final DemoAction demoAction;
    private final LaunchAction launchAction;
    private final EndpointsAction endpointsAction;
    private final List<Runnable> disposers = new ArrayList<>();
    private RunOpener runOpener;

    public MainWindow(StudioContext ctx) {
        this.ctx = ctx;
        this.vm = new MainWindowViewModel(ctx);
        setId("main-window");
        runsVm = new RunsViewModel(ctx.store(), ctx.executor());
        MatrixViewModel matrixVm = new MatrixViewModel(ctx.store(), ctx.executor());
        LeaderboardViewModel leaderboardVm = new LeaderboardViewModel(ctx.store(), ctx.store(), ctx.executor());
        runsView = new RunsView(runsVm, this::openFromBrowser, (a, b) -> openCompare(a.id(), b.id()));
        matrixView = new MatrixView(matrixVm, this::openCell);
        matrixView.setOnCompare(c -> openCompare(c.runIds().get(0), c.runIds().get(1)));
        leaderboardView = new LeaderboardView(leaderboardVm);
        // the matrix ranks the benchmark the leaderboard's picker holds (the latest until one is picked)
        matrixVm.benchmarkProperty().bind(leaderboardVm.benchmarkProperty());
        disposers.add(() -> matrixVm.benchmarkProperty().unbind());
        vm.addRefresher(runsVm::refresh);
        vm.addRefresher(matrixVm::refresh);
        vm.addRefresher(leaderboardVm::refresh);
        vm.refreshWhenShown(StudioView.LEADERBOARD, leaderboardVm::refresh);
        vm.refreshWhenShown(StudioView.MATRIX, matrixVm::refresh);
        tabs.getTabs().addAll(fixedTab(StudioView.RUNS, runsView), fixedTab(StudioView.MATRIX, matrixView),
                fixedTab(StudioView.LEADERBOARD, leaderboardView));
        tabs.setId("main-tabs");
        bindSelection();

        importAction = new ImportAction(ctx, vm);
        exportAction = new ExportHtmlAction(ctx, vm, leaderboardVm::benchmarkId);
        demoAction = new DemoAction(ctx, vm);
        launchAction = new LaunchAction(ctx, vm, tabs);
        endpointsAction = new EndpointsAction(ctx, vm);
        vm.setRunOpener(this::openFromModel);
        vm.setConfirmer(NoticeDialogs::confirm);
        vm.noticeProperty().addListener((o, a, n) -> NoticeDialogs.show(n));

        setTop(MainToolbar.create(ctx, new MainToolbar.Handlers(
                launchAction.available() ? () -> launchAction.run(owner()) : null,
                demoAction.available() ? demoAction::start : null,
                () -> endpointsAction.run(owner()), this::chooseHtmlTarget, this::refresh)));
        setCenter(tabs);
        setBottom(statusBar());
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
            importAction.run(files);
        });
        refresh();
    }

    private static Tab fixedTab(StudioView view, Node content) {
        Tab t = new Tab(view.fixedTitle(), content);
        t.setUserData(view);
        t.setClosable(false);
        return t;
    }

    /** The tab pane's selection and the view-model's selected view follow each other. */
    private void bindSelection() {
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b.getUserData() instanceof StudioView v) {
                vm.select(v);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            Tab current = tabs.getSelectionModel().getSelectedItem();
            if (b == null || current != null && current.getUserData() == b) {
                return;
            }
            // the fixed view's one tab, else the latest opened tab of that kind
            for (int i = tabs.getTabs().size() - 1; i >= 0; i--) {
                if (tabs.getTabs().get(i).getUserData() == b) {
                    tabs.getSelectionModel().select(i);
                    return;
                }
            }
        });
    }

    private HBox statusBar() {
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        ProgressBar progress = new ProgressBar(0);
        progress.setPrefWidth(200);
        progress.visibleProperty().bind(vm.busyProperty());
        progress.progressProperty().bind(vm.progressProperty());
        HBox bar = new HBox(12, status, progress);
        bar.setPadding(new Insets(3, 8, 3, 8));
        return bar;
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

    public MainWindowViewModel viewModel() {
        return vm;
    }

    public RunsView runsView() {
        return runsView;
    }

    public MatrixView matrixView() {
        return matrixView;
    }

    public LeaderboardView leaderboardView() {
        return leaderboardView;
    }

    public TabPane tabs() {
        return tabs;
    }

    /** Selects the tab of {@code view} (for an opened kind, the latest such tab). */
    public void select(StudioView view) {
        vm.select(view);
    }

    public void refresh() {
        vm.refresh();
    }

    /** Opens a run of the runs browser; a text-search hit opens at its turn with the match highlighted. */
    private void openFromBrowser(RunSummary r) {
        RunRepository.SearchHit h = runsVm.hit(r.id());
        if (h == null) {
            openRun(r.id());
            return;
        }
        openRun(r.id(), h.turnIndex() + 1);
        if (selectedContent() instanceof InspectorView v) {
            v.viewModel().startSearch(runsVm.highlightFor(h));
        }
    }

    private void openFromModel(long runId, boolean keyGuide) {
        openRun(runId);
        if (keyGuide && selectedContent() instanceof InspectorView v) {
            v.showKeyGuide();
        }
    }

    private Node selectedContent() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return t == null ? null : t.getContent();
    }

    public void openRun(long runId) {
        openRun(runId, null);
    }

    public void openRun(long runId, Integer turn) {
        if (runOpener == null) {
            return;
        }
        Tab t = runOpener.open(ctx, runId, turn);
        t.setUserData(StudioView.INSPECTOR);
        addAndSelect(t);
    }

    /** Opens the comparison of two runs in a tab (refused with a message when they are of different tasks). */
    public void openCompare(long a, long b) {
        CompareView view = CompareView.open(ctx, a, b);
        Tab t = new Tab("Compare " + a + " · " + b, view);
        t.setUserData(StudioView.COMPARE);
        t.setOnClosed(e -> view.dispose());
        onDispose(view::dispose);
        addAndSelect(t);
    }

    private void addAndSelect(Tab t) {
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
        Platform.runLater(focus);
    }

    private void openCell(Leaderboard.Cell cell) {
        if (!cell.runIds().isEmpty()) {
            openRun(cell.runIds().get(0));
        }
    }

    private Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** Offers the demo benchmark when the store is empty; with {@code force} starts it without asking. */
    public void firstLaunch(boolean force) {
        demoAction.offer(force);
    }

    /** Opens the best partial-score run with the inspector's key guide (what the demo does when it ends). */
    void openMostInteresting() {
        demoAction.openMostInteresting();
    }

    /** Imports other tools' run files, as when they are dropped on the window. */
    public void importFiles(List<Path> files) {
        importAction.run(files);
    }

    /** Asks where, then writes the self-contained offline HTML report of the leaderboard's benchmark. */
    private void chooseHtmlTarget() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save HTML report");
        chooser.setInitialFileName("srebench-report.html");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML", "*.html"));
        File f = chooser.showSaveDialog(owner());
        if (f != null) {
            exportHtml(f.toPath());
        }
    }

    /** Writes the HTML report to {@code target} in the background. */
    public void exportHtml(Path target) {
        exportAction.run(target);
    }

    /** Registers something to release when the window closes. */
    public void onDispose(Runnable r) {
        disposers.add(r);
    }

    public void dispose() {
        demoAction.dispose();
        launchAction.dispose();
        runsView.dispose();
        matrixView.dispose();
        leaderboardView.dispose();
        for (Tab t : tabs.getTabs()) {
            if (t.getContent() instanceof Disposable d) {
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
