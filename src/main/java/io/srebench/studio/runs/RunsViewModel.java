package io.srebench.studio.runs;

import io.srebench.run.RunQuery;
import io.srebench.run.RunRepository;
import io.srebench.trajectory.RunStatus;
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
    private static final int HIT_LIMIT = 5000;

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
    private final javafx.collections.ObservableMap<Long, RunRepository.SearchHit> hits =
            FXCollections.observableHashMap();
    private String searched = "";
    private boolean syncing;

    public RunsViewModel(RunRepository repo, BackgroundExecutor executor) {
        this.repo = Objects.requireNonNull(repo);
        this.executor = Objects.requireNonNull(executor);
    }

    /** Re-runs the query with the current filters. Results of an older query that ends late are dropped. */
    public void refresh() {
        if (syncing) {
            return;
        }
        long mine = ++generation;
        RunQuery q = query();
        loading.set(true);
        executor.submit("list runs", () -> new Loaded(repo.list(q), repo.list(RunQuery.all()),
                q.text() == null ? List.of() : repo.search(q.text(), HIT_LIMIT), q.text()), loaded -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            error.set(null);
            java.util.Map<Long, RunRepository.SearchHit> first = new java.util.HashMap<>();
            loaded.hits.forEach(h -> first.putIfAbsent(h.runId(), h));
            hits.clear();
            hits.putAll(first);
            searched = loaded.text == null ? "" : loaded.text;
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
        return RunQuery.all().withTask(choice(task.get())).withAgent(choice(agent.get())).withStatus(status.get())
                .withScoreBetween(minScore.get(), maxScore.get()).withText(t);
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

    /**
     * Refills the filter boxes' choices, keeping the chosen task and agent (replacing a combo box's items clears its
     * value, which blanked the Agent filter on every Refresh); the change is not a new query.
     */
    private void updateChoices(List<RunSummary> all) {
        TreeSet<String> tasks = new TreeSet<>();
        TreeSet<String> agents = new TreeSet<>();
        for (RunSummary r : all) {
            tasks.add(r.taskId());
            agents.add(r.agent());
        }
        String t = task.get();
        String a = agent.get();
        if (choice(t) != null) {
            tasks.add(t);
        }
        if (choice(a) != null) {
            agents.add(a);
        }
        syncing = true;
        try {
            syncChoices(taskChoices, tasks);
            syncChoices(agentChoices, agents);
            task.set(t);
            agent.set(a);
        } finally {
            syncing = false;
        }
    }

    /** The first transcript hit of a run for the searched text (turn and snippet), or null. */
    public RunRepository.SearchHit hit(long runId) {
        return hits.get(runId);
    }

    /** Hits of the current text search, by run. */
    public javafx.collections.ObservableMap<Long, RunRepository.SearchHit> hits() {
        return hits;
    }

    /**
     * What to highlight in the inspector for a hit: the first matched word of its snippet (the store marks matches
     * with brackets), else the searched text.
     */
    public String highlightFor(RunRepository.SearchHit h) {
        if (h != null && h.snippet() != null) {
            int open = h.snippet().indexOf('[');
            int close = open < 0 ? -1 : h.snippet().indexOf(']', open);
            if (close > open + 1) {
                return h.snippet().substring(open + 1, close);
            }
        }
        return searched;
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

    private record Loaded(List<RunSummary> matching, List<RunSummary> all, List<RunRepository.SearchHit> hits, String text) {
    }
}
