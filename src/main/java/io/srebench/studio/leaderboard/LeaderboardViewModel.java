package io.srebench.studio.leaderboard;

import io.srebench.run.AnnotationLabel;
import io.srebench.run.AnnotationRepository;
import io.srebench.run.Leaderboard;
import io.srebench.run.LeaderboardCsv;
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
    private long generation;

    public LeaderboardViewModel(RunRepository runs, AnnotationRepository annotations, BackgroundExecutor executor) {
        this.runs = Objects.requireNonNull(runs);
        this.annotations = Objects.requireNonNull(annotations);
        this.executor = Objects.requireNonNull(executor);
    }

    private record Loaded(Leaderboard.Report report, Map<String, Map<AnnotationLabel, Integer>> labels) {
    }

    /** Reloads the report; an older load that ends late is dropped. */
    public void refresh() {
        long mine = ++generation;
        executor.submit("leaderboard", () -> new Loaded(Leaderboard.of(runs.list(RunQuery.all())),
                falsePositiveCounts(annotations.labelCountsByAgent())), l -> {
                    if (mine != generation) {
                        return;
                    }
                    report.set(l.report());
                    rows.setAll(l.report().agents());
                    falsePositives.set(l.labels());
                    message.set(l.report().agents().isEmpty() ? "No scored runs yet: start a benchmark (New benchmark…)"
                            : l.report().agents().size() + " agents over " + l.report().tasks().size() + " tasks");
                }, e -> {
                    if (mine == generation) {
                        message.set("cannot load the leaderboard: " + e.getMessage());
                    }
                });
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

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
