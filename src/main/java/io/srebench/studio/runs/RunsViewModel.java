package io.srebench.studio.runs;

import io.srebench.run.RunQuery;
import io.srebench.run.RunRepository;
import io.srebench.run.RunStatus;
import io.srebench.run.RunSummary;
import io.srebench.studio.app.BackgroundExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the runs browser: filters, the matching run summaries, and the choices for the filter
 * boxes. Queries run on the background executor; the list is replaced on the UI thread.
 */
public final class RunsViewModel {
    /** Shown in a filter box for "no filter". */
    public static final String ANY = "(any)";

    private final RunRepository repo;
    private final BackgroundExecutor executor;
    private final ObservableList<RunSummary> runs = FXCollections.observableArrayList();
    private final ObservableList<String> taskChoices = FXCollections.observableArrayList(ANY);
    private final ObservableList<String> agentChoices = FXCollections.observableArrayList(ANY);
    private final StringProperty task = new SimpleStringProperty(ANY);
    private final StringProperty agent = new SimpleStringProperty(ANY);
    private final ObjectProperty<RunStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> minScore = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> maxScore = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty statusLine = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private long generation;

    public RunsViewModel(RunRepository repo, BackgroundExecutor executor) {
        this.repo = Objects.requireNonNull(repo);
        this.executor = Objects.requireNonNull(executor);
    }

    /** Re-runs the query with the current filters. Results of an older query that ends late are dropped. */
    public void refresh() {
        long mine = ++generation;
        RunQuery q = query();
        loading.set(true);
        executor.submit("list runs", () -> new Loaded(repo.list(q), repo.list(RunQuery.all())), loaded -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            error.set(null);
            runs.setAll(loaded.matching);
            updateChoices(loaded.all);
            statusLine.set(loaded.matching.size() + " of " + loaded.all.size() + " runs");
        }, failure -> {
            if (mine == generation) {
                loading.set(false);
                error.set(failure.getMessage());
            }
        });
    }

    /** The query the current filters describe. */
    public RunQuery query() {
        String t = text.get() == null || text.get().isBlank() ? null : text.get().trim();
        return new RunQuery(choice(task.get()), choice(agent.get()), status.get(), null, minScore.get(), maxScore.get(),
                t, 0);
    }

    public void clearFilters() {
        task.set(ANY);
        agent.set(ANY);
        status.set(null);
        minScore.set(null);
        maxScore.set(null);
        text.set("");
        refresh();
    }

    private void updateChoices(List<RunSummary> all) {
        TreeSet<String> tasks = new TreeSet<>();
        TreeSet<String> agents = new TreeSet<>();
        for (RunSummary r : all) {
            tasks.add(r.taskId());
            agents.add(r.agent());
        }
        syncChoices(taskChoices, tasks);
        syncChoices(agentChoices, agents);
    }

    private static void syncChoices(ObservableList<String> target, TreeSet<String> values) {
        List<String> wanted = new ArrayList<>();
        wanted.add(ANY);
        wanted.addAll(values);
        if (!target.equals(wanted)) {
            target.setAll(wanted);
        }
    }

    private static String choice(String v) {
        return v == null || v.isBlank() || ANY.equals(v) ? null : v;
    }

    public ObservableList<RunSummary> runs() {
        return runs;
    }

    public ObservableList<String> taskChoices() {
        return taskChoices;
    }

    public ObservableList<String> agentChoices() {
        return agentChoices;
    }

    public StringProperty taskProperty() {
        return task;
    }

    public StringProperty agentProperty() {
        return agent;
    }

    public ObjectProperty<RunStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Double> minScoreProperty() {
        return minScore;
    }

    public ObjectProperty<Double> maxScoreProperty() {
        return maxScore;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty statusLineProperty() {
        return statusLine;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    private record Loaded(List<RunSummary> matching, List<RunSummary> all) {
    }
}
