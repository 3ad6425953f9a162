package io.srebench.studio.matrix;

import io.srebench.run.Leaderboard;
import io.srebench.run.RunQuery;
import io.srebench.run.RunRepository;
import io.srebench.studio.app.BackgroundExecutor;
import io.srebench.studio.leaderboard.LeaderboardViewModel;
import io.srebench.studio.leaderboard.LeaderboardViewModel.BenchmarkChoice;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the task x agent matrix: per cell the mean score, its spread over repeats, and cost per run. It ranks as the
 * leaderboard does ({@link Leaderboard#ranked}): one benchmark (the leaderboard's choice; the latest by default), only
 * the tasks every ranked agent ran, agents in rank order; agents whose every run errored are named apart, not ranked.
 */
public final class MatrixViewModel {
    private final RunRepository repo;
    private final BackgroundExecutor executor;
    private final ObservableList<String> agents = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> erroredAgents = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<BenchmarkChoice> benchmark = new SimpleObjectProperty<>();
    private Leaderboard.Report report = Leaderboard.of(List.of());
    private long generation;

    /** One task's line: its cells in {@link #agents()} order (null where the agent has no scored run). */
    public record Row(String taskId, List<Leaderboard.Cell> cells) {
    }

    private record Loaded(Leaderboard.Ranked ranked, BenchmarkChoice chosen) {
    }

    public MatrixViewModel(RunRepository repo, BackgroundExecutor executor) {
        this.repo = repo;
        this.executor = executor;
    }

    /** Reloads the chosen benchmark's runs (the latest benchmark when none is chosen); an older load ending late is dropped. */
    public void refresh() {
        long mine = ++generation;
        BenchmarkChoice wanted = benchmark.get();
        executor.submit("matrix", () -> {
            BenchmarkChoice chosen = LeaderboardViewModel.chosen(LeaderboardViewModel.choices(repo), wanted);
            return new Loaded(Leaderboard.ranked(repo.list(RunQuery.all().withBenchmark(chosen.id()))), chosen);
        }, l -> {
                if (mine == generation) {
                    show(l.ranked(), l.chosen());
                }
            }, e -> status.set("cannot load runs: " + e.getMessage()));
    }

    void show(Leaderboard.Ranked ranked, BenchmarkChoice chosen) {
        Leaderboard.Report r = ranked.report();
        report = r;
        List<String> names = new ArrayList<>();
        r.agents().forEach(a -> names.add(a.agent()));
        if (!agents.equals(names)) {
            agents.setAll(names);
        }
        List<Row> out = new ArrayList<>();
        for (String t : r.tasks()) {
            List<Leaderboard.Cell> cells = new ArrayList<>();
            for (String a : names) {
                cells.add(r.cell(t, a));
            }
            out.add(new Row(t, cells));
        }
        rows.setAll(out);
        erroredAgents.setAll(ranked.erroredAgents());
        String scope = chosen == null ? "" : chosen.label() + ": ";
        String errored = ranked.erroredAgents().isEmpty() ? ""
                : " · errored, not ranked: " + String.join(", ", ranked.erroredAgents());
        status.set(scope + (names.isEmpty() ? "no scored runs" : names.size() + (names.size() == 1 ? " agent" : " agents")
                + " over " + ranked.taskSet()) + errored + " · the benchmark is picked on the Leaderboard tab");
    }

    public Leaderboard.Report report() {
        return report;
    }

    public ObservableList<String> agents() {
        return agents;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** Agents whose every run errored: named in the status, not given a column. */
    public ObservableList<String> erroredAgents() {
        return erroredAgents;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The benchmark shown (the leaderboard's choice when bound to it); null means the latest. */
    public ObjectProperty<BenchmarkChoice> benchmarkProperty() {
        return benchmark;
    }
}
