package io.srebench.studio.leaderboard;

import io.srebench.run.AnnotationLabel;
import io.srebench.run.AnnotationRepository;
import io.srebench.run.Leaderboard;
import io.srebench.run.LeaderboardCsv;
import io.srebench.run.ParetoFrontier;
import io.srebench.run.RunQuery;
import io.srebench.run.RunRepository;
import io.srebench.studio.app.BackgroundExecutor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the leaderboard tab: the {@link Leaderboard} report over every run in the store, the points of
 * the cost/accuracy and turns/accuracy charts with the Pareto frontier, and false-positive label counts per
 * agent. Loading runs on the background executor; results land on the UI thread.
 */
public final class LeaderboardViewModel {
    private final RunRepository runs;
    private final AnnotationRepository annotations;
    private final BackgroundExecutor executor;
    private final ObjectProperty<Leaderboard.Report> report = new SimpleObjectProperty<>(
            new Leaderboard.Report(List.of(), List.of(), List.of()));
    private final ObservableList<Leaderboard.AgentRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Map<String, Map<AnnotationLabel, Integer>>> falsePositives =
            new SimpleObjectProperty<>(Map.of());
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty taskSet = new SimpleStringProperty("");
    private final ObservableList<String> erroredAgents = FXCollections.observableArrayList();
    private final ObservableList<BenchmarkChoice> benchmarks = FXCollections.observableArrayList();
    private final ObjectProperty<BenchmarkChoice> benchmark = new SimpleObjectProperty<>();
    private boolean choosing;
    private long generation;

    /**
     * A choice of the benchmark picker: one benchmark, or (id null) every run in the store.
     *
     * @param id benchmark id, or null for all runs
     * @param label what the picker shows
     */
    public record BenchmarkChoice(Long id, String label) {
        /** Every run in the store, lone and imported ones too. */
        public static final BenchmarkChoice ALL = new BenchmarkChoice(null, "all runs");

        @Override
        public String toString() {
            return label;
        }
    }

    public LeaderboardViewModel(RunRepository runs, AnnotationRepository annotations, BackgroundExecutor executor) {
        this.runs = Objects.requireNonNull(runs);
        this.annotations = Objects.requireNonNull(annotations);
        this.executor = Objects.requireNonNull(executor);
    }

    private record Loaded(Leaderboard.Ranked ranked, Map<String, Map<AnnotationLabel, Integer>> labels,
                          List<BenchmarkChoice> choices, BenchmarkChoice chosen) {
    }

    /**
     * Reloads the benchmark choices and the report of the chosen one (by default the latest benchmark): ranked only
     * over the tasks every compared agent ran ({@link Leaderboard#ranked}). An older load that ends late is dropped.
     */
    public void refresh() {
        if (choosing) {
            return;
        }
        long mine = ++generation;
        BenchmarkChoice wanted = benchmark.get();
        executor.submit("leaderboard", () -> {
            List<BenchmarkChoice> choices = choices(runs);
            BenchmarkChoice chosen = chosen(choices, wanted);
            return new Loaded(Leaderboard.ranked(runs.list(RunQuery.all().withBenchmark(chosen.id()))),
                    falsePositiveCounts(annotations.labelCountsByAgent()), choices, chosen);
        }, l -> {
                    if (mine != generation) {
                        return;
                    }
                    choosing = true;
                    try {
                        if (!benchmarks.equals(l.choices())) {
                            benchmarks.setAll(l.choices());
                        }
                        benchmark.set(l.chosen());
                    } finally {
                        choosing = false;
                    }
                    Leaderboard.Report r = l.ranked().report();
                    report.set(r);
                    rows.setAll(r.agents());
                    erroredAgents.setAll(l.ranked().erroredAgents());
                    taskSet.set(r.agents().isEmpty() ? "" : l.ranked().taskSet());
                    falsePositives.set(l.labels());
                    String errored = l.ranked().erroredAgents().isEmpty() ? ""
                            : " · errored, not ranked: " + String.join(", ", l.ranked().erroredAgents());
                    message.set((r.agents().isEmpty() ? "No scored runs yet: start a benchmark (New benchmark…)"
                            : r.agents().size() + " agents over " + l.ranked().taskSet()) + errored);
                }, e -> {
                    if (mine == generation) {
                        message.set("cannot load the leaderboard: " + e.getMessage());
                    }
                });
    }

    /** The benchmarks of the store as picker choices, latest first, then all runs (read on a background thread). */
    public static List<BenchmarkChoice> choices(RunRepository runs) {
        List<BenchmarkChoice> choices = new java.util.ArrayList<>();
        runs.benchmarks().stream().sorted(java.util.Comparator.comparingLong(
                (io.srebench.run.BenchmarkRecord b) -> b.id()).reversed())
                .forEach(b -> choices.add(new BenchmarkChoice(b.id(), "#" + b.id() + " " + b.name())));
        choices.add(BenchmarkChoice.ALL);
        return choices;
    }

    /** The wanted choice when it is still there, else the first (the latest benchmark). */
    public static BenchmarkChoice chosen(List<BenchmarkChoice> choices, BenchmarkChoice wanted) {
        return wanted != null && choices.contains(wanted) ? wanted : choices.get(0);
    }

    /** Only the labels that explain false positives (missed-root-cause labels are left out). */
    static Map<String, Map<AnnotationLabel, Integer>> falsePositiveCounts(Map<String, Map<AnnotationLabel, Integer>> all) {
        Map<String, Map<AnnotationLabel, Integer>> out = new TreeMap<>();
        all.forEach((agent, counts) -> counts.forEach((label, n) -> {
            if (label.target() == AnnotationLabel.Target.FALSE_POSITIVE && n > 0) {
                out.computeIfAbsent(agent, k -> new TreeMap<>()).put(label, n);
            }
        }));
        return out;
    }

    /** Cost per task vs accuracy, one point per agent. */
    public List<ParetoFrontier.Point> costPoints() {
        return report.get().agents().stream()
                .map(a -> new ParetoFrontier.Point(a.agent(), a.costPerTask(), a.accuracy())).toList();
    }

    /** The agents on the cost/accuracy frontier, by increasing cost. */
    public List<ParetoFrontier.Point> frontier() {
        return ParetoFrontier.of(costPoints());
    }

    /** Turns per task (x) vs accuracy, one point per agent. */
    public List<ParetoFrontier.Point> turnPoints() {
        return report.get().agents().stream()
                .map(a -> new ParetoFrontier.Point(a.agent(), a.turnsPerTask(), a.accuracy())).toList();
    }

    /** The per-task score distribution of the report: tasks hardest first, one cell per task and agent. */
    public ScoreDistribution.Chart distribution() {
        return ScoreDistribution.of(report.get());
    }

    /** Writes the per-agent table as CSV ({@link LeaderboardCsv}). */
    public void exportCsv(Path file) throws IOException {
        Files.writeString(file, LeaderboardCsv.of(report.get()), StandardCharsets.UTF_8);
    }

    public ReadOnlyObjectProperty<Leaderboard.Report> reportProperty() {
        return report;
    }

    public ObservableList<Leaderboard.AgentRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Map<String, Map<AnnotationLabel, Integer>>> falsePositivesProperty() {
        return falsePositives;
    }

    /** The benchmarks to pick from, latest first, then all runs. */
    public ObservableList<BenchmarkChoice> benchmarks() {
        return benchmarks;
    }

    /** The chosen benchmark; setting it reloads the report. */
    public ObjectProperty<BenchmarkChoice> benchmarkProperty() {
        return benchmark;
    }

    /** The chosen benchmark's id, or null for all runs (what the HTML report covers). */
    public Long benchmarkId() {
        return benchmark.get() == null ? null : benchmark.get().id();
    }

    /** The compared task set, named on the charts. */
    public ReadOnlyStringProperty taskSetProperty() {
        return taskSet;
    }

    /** Agents whose runs all errored: listed as errored, not ranked. */
    public ObservableList<String> erroredAgents() {
        return erroredAgents;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
