package io.srebench.studio.leaderboard;

import io.srebench.run.AnnotationLabel;
import io.srebench.run.Leaderboard;
import io.srebench.run.ParetoFrontier;
import io.srebench.studio.app.Subscriptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * The leaderboard tab: the per-agent table and four charts (cost per task vs accuracy with the Pareto
 * frontier, turns vs accuracy, false-positive labels per agent, and across the whole width the score distribution
 * per task and agent, see {@link ScoreDistributionChart}). Only binds
 * to {@link LeaderboardViewModel}; {@link #dispose()} releases its listeners.
 */
public final class LeaderboardView extends BorderPane {
    /** Series name of the frontier line in the cost chart. */
    public static final String FRONTIER = "Pareto frontier";

    private final LeaderboardViewModel vm;
    private final Subscriptions subs = new Subscriptions();
    private final TableView<Leaderboard.AgentRow> table = new TableView<>();
    private static final String COST_AXIS = "cost per task (USD)";
    private final LineChart<Number, Number> costChart = new LineChart<>(axis(COST_AXIS), axis("accuracy"));
    private final ScatterChart<Number, Number> turnsChart = new ScatterChart<>(axis("turns per task"), axis("accuracy"));
    private final ScoreDistributionChart taskChart = new ScoreDistributionChart("Score distribution per task");
    private final StackedBarChart<String, Number> fpChart = new StackedBarChart<>(new CategoryAxis(), axis("labels"));
    private final Label message = new Label();

    public LeaderboardView(LeaderboardViewModel vm) {
        this.vm = vm;
        setId("leaderboard");
        table.setId("leaderboard-table");
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("agent", Leaderboard.AgentRow::agent));
        table.getColumns().add(column("accuracy", a -> String.format(Locale.ROOT, "%.1f%% ± %.1f", a.accuracy() * 100,
                a.spread() * 100)));
        table.getColumns().add(column("pass rate", a -> String.format(Locale.ROOT, "%.0f%%", a.passRate() * 100)));
        table.getColumns().add(column("cost / task", a -> String.format(Locale.ROOT, "$%.4f", a.costPerTask())));
        table.getColumns().add(column("turns / task", a -> String.format(Locale.ROOT, "%.1f", a.turnsPerTask())));
        table.getColumns().add(column("tokens / task", a -> String.format(Locale.ROOT, "%.0f in / %.0f out",
                a.inputTokensPerTask(), a.outputTokensPerTask())));
        table.getColumns().add(column("runs", a -> a.runs() + (a.errored() > 0 ? " (" + a.errored() + " errored, as 0)" : "")
                + (a.retried() > 0 ? " (" + a.retried() + " retried)" : "")));
        costChart.setId("chart-cost");
        costChart.setTitle("Cost per task vs accuracy");
        turnsChart.setId("chart-turns");
        turnsChart.setTitle("Turns per task vs accuracy");
        taskChart.setId("chart-tasks");
        fpChart.setId("chart-false-positives");
        fpChart.setTitle("False-positive labels per agent");
        costChart.setAnimated(false);
        turnsChart.setAnimated(false);
        fpChart.setAnimated(false);
        // the per-task distribution gets the whole width: with 50 tasks x several agents it needs the room
        GridPane charts = new GridPane();
        charts.add(costChart, 0, 0);
        charts.add(turnsChart, 1, 0);
        charts.add(fpChart, 2, 0);
        charts.add(taskChart, 0, 1, 3, 1);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 3);
            cc.setHgrow(Priority.ALWAYS);
            charts.getColumnConstraints().add(cc);
        }
        for (int i = 0; i < 2; i++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(i == 0 ? 45 : 55);
            rc.setVgrow(Priority.ALWAYS);
            charts.getRowConstraints().add(rc);
        }
        SplitPane split = new SplitPane(table, charts);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.22);
        setCenter(split);
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> vm.refresh());
        Button csv = new Button("Export CSV…");
        csv.setId("export-csv");
        csv.setOnAction(e -> exportCsv());
        Button png = new Button("Export charts as PNG…");
        png.setId("export-png");
        png.setOnAction(e -> exportCharts());
        message.setId("leaderboard-message");
        javafx.scene.control.ComboBox<LeaderboardViewModel.BenchmarkChoice> picker =
                new javafx.scene.control.ComboBox<>(vm.benchmarks());
        picker.setId("leaderboard-benchmark");
        picker.setTooltip(new javafx.scene.control.Tooltip("the benchmark ranked (latest by default)"));
        picker.valueProperty().bindBidirectional(vm.benchmarkProperty());
        subs.add(() -> picker.valueProperty().unbindBidirectional(vm.benchmarkProperty()));
        subs.onChange(vm.benchmarkProperty(), (o, a, b) -> {
            if (b != null && !b.equals(a)) {
                vm.refresh();
            }
        });
        setTop(new ToolBar(new Label("Benchmark"), picker, refresh, csv, png, message));
        // the compared task set is named on every chart
        subs.onChange(vm.taskSetProperty(), (o, a, b) -> retitle(b));
        retitle(vm.taskSetProperty().get());
        setPadding(new Insets(0));
        message.textProperty().bind(vm.messageProperty());
        subs.add(message.textProperty()::unbind);
        subs.onChange(vm.reportProperty(), (o, a, b) -> redrawReport(b));
        subs.onChange(vm.falsePositivesProperty(), (o, a, b) -> redrawLabels(b));
        redrawReport(vm.reportProperty().get());
        redrawLabels(vm.falsePositivesProperty().get());
    }

    private void retitle(String tasks) {
        // the short form fits a third of the width; the message above the charts says why tasks were left out
        String suffix = tasks == null || tasks.isEmpty() ? "" : "\n" + tasks.replace(": not run by all", "");
        costChart.setTitle("Cost per task vs accuracy" + suffix);
        turnsChart.setTitle("Turns per task vs accuracy" + suffix);
    }

    public LineChart<Number, Number> costChart() {
        return costChart;
    }

    public ScatterChart<Number, Number> turnsChart() {
        return turnsChart;
    }

    /** The score distribution per task (one dot per run, mean and range per task x agent). */
    public ScoreDistributionChart taskChart() {
        return taskChart;
    }

    public StackedBarChart<String, Number> falsePositiveChart() {
        return fpChart;
    }

    public TableView<Leaderboard.AgentRow> table() {
        return table;
    }

    /** Writes the four charts as {@code leaderboard-<chart>.png} into {@code dir}; returns the files. */
    public List<Path> writeCharts(Path dir) throws IOException {
        Map<String, Node> named = new LinkedHashMap<>();
        named.put("cost-accuracy", costChart);
        named.put("turns-accuracy", turnsChart);
        named.put("score-per-task", taskChart);
        named.put("false-positives", fpChart);
        List<Path> out = new ArrayList<>();
        for (Map.Entry<String, Node> e : named.entrySet()) {
            Path f = dir.resolve("leaderboard-" + e.getKey() + ".png");
            ChartPng.write(e.getValue(), f);
            out.add(f);
        }
        return out;
    }

    public void dispose() {
        subs.releaseAll();
        table.setItems(FXCollections.observableArrayList());
    }

    private void redrawReport(Leaderboard.Report r) {
        costChart.getData().clear();
        for (ParetoFrontier.Point p : vm.costPoints()) {
            costChart.getData().add(series(p.label(), List.of(p)));
        }
        // all-zero costs (offline baselines) would collapse the axis to a point
        NumberAxis x = (NumberAxis) costChart.getXAxis();
        boolean anyCost = vm.costPoints().stream().anyMatch(p -> p.cost() > 0);
        x.setAutoRanging(anyCost);
        if (!anyCost) {
            x.setLowerBound(0);
            x.setUpperBound(0.01);
            // three readable ticks, not ten overlapping ones (issue 13, item 10)
            x.setTickUnit(0.005);
        }
        x.setLabel(anyCost || vm.costPoints().isEmpty() ? COST_AXIS : COST_AXIS + " — every run cost $0");
        List<ParetoFrontier.Point> front = vm.frontier();
        if (!front.isEmpty()) {
            costChart.getData().add(series(FRONTIER, front));
        }
        turnsChart.getData().clear();
        for (ParetoFrontier.Point p : vm.turnPoints()) {
            turnsChart.getData().add(series(p.label(), List.of(p)));
        }
        taskChart.show(vm.distribution());
    }

    private void redrawLabels(Map<String, Map<AnnotationLabel, Integer>> counts) {
        fpChart.getData().clear();
        for (AnnotationLabel l : AnnotationLabel.values()) {
            if (l.target() != AnnotationLabel.Target.FALSE_POSITIVE) {
                continue;
            }
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(l.text());
            counts.forEach((agent, byLabel) -> {
                Integer n = byLabel.get(l);
                if (n != null) {
                    s.getData().add(new XYChart.Data<>(agent, n));
                }
            });
            if (!s.getData().isEmpty()) {
                fpChart.getData().add(s);
            }
        }
        fpChart.setTitle("False-positive labels per agent" + (fpChart.getData().isEmpty()
                ? "\n(none yet: label them in a run's scoring pane)" : ""));
    }

    private static XYChart.Series<Number, Number> series(String name, List<ParetoFrontier.Point> points) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (ParetoFrontier.Point p : points) {
            s.getData().add(new XYChart.Data<>(p.cost(), p.accuracy()));
        }
        return s;
    }

    private static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis();
        a.setLabel(label);
        a.setForceZeroInRange(true);
        return a;
    }

    private static TableColumn<Leaderboard.AgentRow, String> column(String title,
                                                                    Function<Leaderboard.AgentRow, String> f) {
        TableColumn<Leaderboard.AgentRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        return c;
    }

    private void exportCsv() {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName("leaderboard.csv");
        File f = fc.showSaveDialog(getScene().getWindow());
        if (f != null) {
            try {
                vm.exportCsv(f.toPath());
            } catch (IOException e) {
                showError("cannot write " + f + ": " + e.getMessage());
            }
        }
    }

    private void exportCharts() {
        File d = new DirectoryChooser().showDialog(getScene().getWindow());
        if (d != null) {
            try {
                writeCharts(d.toPath());
            } catch (IOException e) {
                showError("cannot write the charts: " + e.getMessage());
            }
        }
    }

    private void showError(String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text);
        a.setHeaderText("Export failed");
        a.show();
    }
}
