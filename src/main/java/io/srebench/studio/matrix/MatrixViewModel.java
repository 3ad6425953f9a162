package io.srebench.studio.matrix;

import io.srebench.run.Leaderboard;
import io.srebench.run.RunQuery;
import io.srebench.run.RunRepository;
import io.srebench.studio.app.BackgroundExecutor;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the task x agent matrix: per cell the mean score, its spread over repeats, and cost per run. */
public final class MatrixViewModel {
    private final RunRepository repo;
    private final BackgroundExecutor executor;
    private final ObservableList<String> agents = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private Leaderboard.Report report = Leaderboard.of(List.of());

    /** One task's line: its cells in {@link #agents()} order (null where the agent has no scored run). */
    public record Row(String taskId, List<Leaderboard.Cell> cells) {
    }

    public MatrixViewModel(RunRepository repo, BackgroundExecutor executor) {
        this.repo = repo;
        this.executor = executor;
    }

    public void refresh() {
        executor.submit("matrix", () -> Leaderboard.of(repo.list(RunQuery.all())), this::show,
                e -> status.set("cannot load runs: " + e.getMessage()));
    }

    void show(Leaderboard.Report r) {
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
        status.set(r.tasks().size() + " tasks x " + names.size() + " agents");
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

    public StringProperty statusProperty() {
        return status;
    }
}
