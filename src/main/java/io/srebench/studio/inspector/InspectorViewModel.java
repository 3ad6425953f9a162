package io.srebench.studio.inspector;

import io.srebench.common.Text;
import io.srebench.studio.kit.GroundTruthReveal;
import io.srebench.studio.kit.InspectedTurn;
import io.srebench.studio.kit.Jobs;
import io.srebench.studio.kit.RunViewContext;
import io.srebench.studio.kit.SnapshotData;
import io.srebench.studio.kit.Ticker;
import io.srebench.task.mention.MentionMatcher;
import io.srebench.studio.inspector.InspectorLoads.Batch;
import io.srebench.studio.inspector.InspectorLoads.Loaded;
import io.srebench.run.AnnotationRepository;
import io.srebench.run.RunDetail;
import io.srebench.run.RunRepository;
import io.srebench.run.RunSummary;
import io.srebench.run.ScoreRecord;
import io.srebench.studio.app.BackgroundExecutor;
import io.srebench.studio.kit.alerts.AlertRow;
import io.srebench.studio.inspector.alerts.AlertsState;
import io.srebench.studio.kit.scoring.AnnotationsModel;
import io.srebench.studio.kit.scoring.ScoreDetail;
import io.srebench.studio.kit.topology.EntityGraph;
import io.srebench.studio.kit.topology.GraphLayout;
import io.srebench.studio.inspector.topology.NodeState;
import io.srebench.studio.kit.topology.ShownGraph;
import io.srebench.studio.inspector.transcript.SearchMatch;
import io.srebench.studio.inspector.transcript.TranscriptBlock;
import io.srebench.studio.inspector.transcript.TranscriptModel;
import io.srebench.task.Task;
import io.srebench.task.truth.GroundTruth;
import io.srebench.task.truth.RootCause;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the trajectory inspector for one run: the run's summary and scores, its turns (loaded in the
 * background after the summary, and followed while the run is live), the current turn, and everything the panes
 * derive from it (alerts firing and looked at, topology node states, the transcript, the score explanation).
 *
 * <p>All I/O goes through the {@link BackgroundExecutor}; state changes only in its UI-thread callbacks, so views
 * bind to these properties directly. Tests use {@link BackgroundExecutor#direct()} and a manual {@link Ticker}.
 * Call {@link #load()} once, and {@link #dispose()} when the inspector closes (stops polling, drops late results).
 */
public final class InspectorViewModel {
    /** How often a live run is polled for new turns. */
    public static final Duration POLL_PERIOD = LiveFollow.PERIOD;

    private final RunRepository repo;
    private final long runId;
    private final Function<String, Optional<Task>> tasks;
    private final Function<Task, Path> snapshots;
    private final Jobs jobs;
    private final TranscriptModel transcript;
    private final AnnotationsModel annotations;
    private final GroundTruthReveal truth;

    private final ReadOnlyObjectWrapper<RunSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Task> task = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("loading run…");
    private final ObservableList<InspectedTurn> turns = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper turnLabel = new ReadOnlyStringWrapper("turn 0 / 0");
    private final ReadOnlyBooleanWrapper turnsLoaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<SnapshotData> snapshot =
            new ReadOnlyObjectWrapper<>(SnapshotData.none("loading snapshot…"));
    private final ReadOnlyObjectWrapper<GraphLayout.Result> layout = new ReadOnlyObjectWrapper<>(GraphLayout.Result.empty());
    private final ReadOnlyObjectWrapper<MentionIndex> mentions =
            new ReadOnlyObjectWrapper<>(MentionIndex.empty(new MentionMatcher(List.of())));
    private final ReadOnlyObjectWrapper<AlertsState> alertsState = new ReadOnlyObjectWrapper<>(AlertsState.empty());
    private final ReadOnlyObjectWrapper<Map<String, NodeState>> nodeStates = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<Map<String, NodeState>> shownStates = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<ShownGraph> shownGraph = new ReadOnlyObjectWrapper<>(ShownGraph.empty());
    private final BooleanProperty showPods = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper selectedNode = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper selectedEntity = new ReadOnlyStringWrapper();
    private final ObservableList<Integer> selectedEntityTurns = FXCollections.observableArrayList();
    private final ObservableList<ScoreDetail> scores = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ScoreDetail> score = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<String>> submitted = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Focus> focus = new ReadOnlyObjectWrapper<>(new Focus(-1, null, true, 0));

    private Set<String> submittedNodes = Set.of();
    private final LiveFollow follow;
    private long mentionGeneration;
    private long layoutGeneration;
    private int startAt;
    private boolean searchPending;

    /** An inspector following live runs with the JavaFX timer. */
    public InspectorViewModel(RunRepository repo, long runId, Function<String, Optional<Task>> tasks,
                              Function<Task, Path> snapshots, Function<Task, GroundTruth> truths,
                              BackgroundExecutor executor) {
        this(repo, runId, tasks, snapshots, truths, executor, Ticker.fx());
    }

    /** An inspector with the given ticker for live polling (tests pass a manual one). */
    public InspectorViewModel(RunRepository repo, long runId, Function<String, Optional<Task>> tasks,
                              Function<Task, Path> snapshots, Function<Task, GroundTruth> truths,
                              BackgroundExecutor executor, Ticker ticker) {
        this.repo = repo;
        this.runId = runId;
        this.tasks = tasks;
        this.snapshots = snapshots;
        this.jobs = new Jobs(executor);
        this.truth = new GroundTruthReveal(jobs, truths, task::get, () -> true, this::refreshTurnState);
        this.annotations = repo instanceof AnnotationRepository ar ? new AnnotationsModel(ar, runId, executor) : null;
        this.transcript = new TranscriptModel(jobs, this::focusMatch);
        this.follow = new LiveFollow(repo, runId, jobs, ticker, followSink());
        showPods.addListener((o, a, b) -> refreshTurnState());
    }

    /** The inspector of {@code runId} in {@code ctx}. */
    public InspectorViewModel(RunViewContext ctx, long runId) {
        this(ctx.store(), runId, ctx.tasks(), ctx.snapshots(), ctx.truths(), ctx.executor(), ctx.ticker());
    }

    /**
     * The turn to show once the turns have loaded instead of the first one (a live run otherwise shows its last).
     *
     * @param oneBased 1-based turn, clamped; 0 or less for the last turn
     */
    public void startAt(int oneBased) {
        startAt = oneBased <= 0 ? Integer.MAX_VALUE : oneBased;
    }

    /**
     * Searches the transcript for {@code query} from the current turn (a search hit opened from the runs browser):
     * the match is highlighted and shown. Applied when the turns arrive if they have not yet.
     */
    public void startSearch(String query) {
        if (query == null || query.isBlank()) {
            return;
        }
        transcript.queryProperty().set(query.strip());
        searchPending = turns.isEmpty();
        if (!searchPending) {
            transcript.search(Math.max(0, current.get()));
        }
    }

    /** Starts loading: the summary and scores first, then (in parallel) the turns and the task's snapshot. */
    public void load() {
        if (annotations != null) {
            annotations.load();
        }
        jobs.submit("run " + runId, () -> {
            RunDetail d = repo.detail(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId));
            return new Loaded(d, tasks.apply(d.summary().taskId()).orElse(null));
        }, l -> {
            applyDetail(l.detail());
            task.set(l.task());
            message.set("");
            loadSnapshot(l.task());
            if (!l.detail().summary().status().isFinal()) {
                follow.start(this::poll);
            }
        }, e -> message.set("cannot load run " + runId + ": " + Text.firstLine(e)));
        jobs.submit("turns of run " + runId, () -> Batch.of(repo.turns(runId)), batch -> {
            turnsLoaded.set(true);
            append(batch);
        }, e -> message.set("cannot load turns: " + Text.firstLine(e)));
    }

    private void append(Batch b) {
        List<InspectedTurn> add = new ArrayList<>();
        List<List<TranscriptBlock>> blocks = new ArrayList<>();
        for (int i = 0; i < b.turns().size(); i++) {
            if (b.turns().get(i).index() == turns.size() + add.size()) {
                add.add(b.turns().get(i));
                blocks.add(b.blocks().get(i));
            }
        }
        if (add.isEmpty()) {
            return;
        }
        boolean atEnd = current.get() < 0 ? follow.isLive() : current.get() == turns.size() - 1 && follow.isLive();
        turns.addAll(add);
        transcript.addTurns(blocks);
        indexMentions(false);
        if (current.get() < 0 && startAt > 0) {
            goTo(startAt == Integer.MAX_VALUE ? turns.size() - 1 : startAt - 1);
            if (searchPending) {
                searchPending = false;
                transcript.search(Math.max(0, current.get()));
            }
        } else if (current.get() < 0 || atEnd) {
            goTo(atEnd ? turns.size() - 1 : 0);
        } else {
            refreshTurnState();
        }
    }

    private void applyDetail(RunDetail d) {
        summary.set(d.summary());
        List<ScoreDetail> all = new ArrayList<>();
        for (ScoreRecord r : d.scores()) {
            all.add(ScoreDetail.of(r));
        }
        scores.setAll(all);
        String primary = d.summary().variant();
        score.set(all.stream().filter(s -> s.variant().equals(primary)).findFirst().orElse(all.isEmpty() ? null : all.get(0)));
        submitted.set(List.copyOf(ScoreDetail.submittedEntities(d.submissionJson())));
        updateTerms();
    }

    private void loadSnapshot(Task t) {
        // ELK's first layout loads its classes (about a second): done beside the snapshot read, not after it
        jobs.submit("topology warm-up", () -> GraphLayout.warmUp(), x -> { }, e -> { });
        jobs.submit("snapshot", () -> SnapshotData.load(t, snapshots), data -> {
            snapshot.set(data);
            updateTerms();
        }, e -> snapshot.set(SnapshotData.none("snapshot unavailable: " + Text.firstLine(e))));
    }

    /** Names looked for in turns: nodes, alerts and their entities, submitted and scored entities. */
    private void updateTerms() {
        InspectorLoads.Terms terms = InspectorLoads.terms(snapshot.get(), submitted.get(), score.get());
        Set<String> entityNames = terms.entityNames();
        MentionMatcher m = new MentionMatcher(terms.all());
        Set<String> nodes = new LinkedHashSet<>();
        EntityGraph g = snapshot.get().graph();
        submitted.get().forEach(s -> g.find(s).ifPresent(n -> nodes.add(n.id())));
        submittedNodes = Set.copyOf(nodes);
        if (!m.terms().equals(mentions.get().matcher().terms())) {
            mentions.set(MentionIndex.empty(m));
            transcript.setEntities(new MentionMatcher(entityNames));
            indexMentions(true);
        }
        refreshTurnState();
    }

    private void indexMentions(boolean full) {
        long mine = ++mentionGeneration;
        MentionIndex base = full ? MentionIndex.empty(mentions.get().matcher()) : mentions.get();
        List<InspectedTurn> snap = List.copyOf(turns);
        var alerts = snapshot.get().alerts();
        jobs.submit("index mentions", () -> base.extend(snap, alerts), idx -> {
            if (mine == mentionGeneration) {
                mentions.set(idx);
                refreshTurnState();
            }
        }, e -> message.set("cannot index turns: " + Text.firstLine(e)));
    }

    /** Recomputes everything that follows the current turn. */
    private void refreshTurnState() {
        int n = turns.size();
        int c = current.get();
        turnLabel.set(n == 0 ? "turn 0 / 0" : "turn " + (c + 1) + " / " + n);
        SnapshotData s = snapshot.get();
        AlertsState as = AlertsState.at(s.alerts(), mentions.get(), c, n);
        alertsState.set(as);
        List<AlertRow> firing = s.alerts().rows().stream().filter(r -> as.firing().contains(r.key())).toList();
        List<RootCause> rootCauses = truth.shownRootCauses();
        updateShownGraph(rootCauses);
        nodeStates.set(NodeState.compute(s.graph(), firing, mentions.get(), c, submittedNodes, rootCauses,
                selectedNode.get()));
        shownStates.set(NodeState.shown(nodeStates.get(), shownGraph.get()));
    }

    /** Recomputes what the topology draws (not turn-dependent) and lays it out again in the background if it changed. */
    private void updateShownGraph(List<RootCause> rootCauses) {
        EntityGraph g = snapshot.get().graph();
        ShownGraph prev = shownGraph.get();
        ShownGraph next = ShownGraph.of(g, showPods.get(),
                NodeState.notable(g, snapshot.get().alerts().rows(), mentions.get(), submittedNodes, rootCauses));
        if (next.equals(prev)) {
            return;
        }
        shownGraph.set(next);
        if (next.sameDrawing(prev)) {
            return;
        }
        long mine = ++layoutGeneration;
        jobs.submit("topology layout", () -> GraphLayout.compute(next), r -> {
            if (mine == layoutGeneration) {
                layout.set(r);
            }
        }, e -> message.set("topology layout failed: " + Text.firstLine(e)));
    }

    // ---- stepping ----

    /** Moves to turn {@code index} (clamped) and scrolls the transcript to it. */
    public void goTo(int index) {
        goTo(index, true);
    }

    /** Moves to turn {@code index} (clamped); {@code scroll} false keeps the transcript where it is. */
    public void goTo(int index, boolean scroll) {
        if (turns.isEmpty()) {
            return;
        }
        int i = Math.max(0, Math.min(turns.size() - 1, index));
        current.set(i);
        focus.set(new Focus(i, null, scroll, focus.get().seq() + 1));
        refreshTurnState();
    }

    public void next() {
        goTo(current.get() + 1);
    }

    public void previous() {
        goTo(current.get() - 1);
    }

    public void first() {
        goTo(0);
    }

    public void last() {
        goTo(turns.size() - 1);
    }

    private void focusMatch(SearchMatch m) {
        current.set(Math.max(0, Math.min(turns.size() - 1, m.turn())));
        focus.set(new Focus(current.get(), m, true, focus.get().seq() + 1));
        refreshTurnState();
    }

    // ---- selection ----

    /** Selects a topology node (null clears). */
    public void selectNode(String nodeId) {
        selectedNode.set(nodeId);
        selectedEntity.set(snapshot.get().graph().node(nodeId == null ? "" : nodeId).map(n -> n.ref().toString()).orElse(null));
        selectedEntityTurns.setAll(nodeId == null ? List.of() : turnsMentioningNode(nodeId));
        refreshTurnState();
    }

    /**
     * Selects an entity named in the scoring pane: selects its topology node (when the graph has one) and moves to
     * the next turn that names it (after the current one, wrapping round); stays put when no turn does.
     */
    public void selectEntity(String entity) {
        Optional<EntityGraph.Node> node = snapshot.get().graph().find(entity);
        selectedNode.set(node.map(EntityGraph.Node::id).orElse(null));
        selectedEntity.set(entity);
        String name = node.map(EntityGraph.Node::name).orElse(InspectorLoads.lastSegment(entity));
        List<Integer> ts = mentions.get().turnsMentioning(name);
        selectedEntityTurns.setAll(ts);
        if (!ts.isEmpty()) {
            int next = ts.stream().filter(t -> t > current.get()).findFirst().orElse(ts.get(0));
            goTo(next);
        } else {
            refreshTurnState();
        }
    }

    private List<Integer> turnsMentioningNode(String nodeId) {
        return snapshot.get().graph().node(nodeId).map(n -> mentions.get().turnsMentioning(n.name())).orElse(List.of());
    }

    /** Shows the score of another variant. */
    public void selectScore(String variant) {
        scores.stream().filter(s -> s.variant().equals(variant)).findFirst().ifPresent(score::set);
    }

    // ---- live ----

    /**
     * One poll of a live run ({@link LiveFollow}): new turns from the store, and the run's status. When the run has
     * ended the polling stops and the scores are reloaded. Skipped while the first load or another poll is outstanding.
     */
    public void poll() {
        if (turnsLoaded.get()) {
            follow.poll(turns.size());
        }
    }

    private LiveFollow.Sink followSink() {
        return new LiveFollow.Sink() {
            @Override
            public void turns(Batch batch) {
                append(batch);
            }

            @Override
            public void summary(RunSummary s) {
                summary.set(s);
            }

            @Override
            public void ended() {
                jobs.submit("run " + runId, () -> repo.detail(runId).orElseThrow(), InspectorViewModel.this::applyDetail,
                        e -> message.set("cannot reload run: " + Text.firstLine(e)));
            }

            @Override
            public void failed(String text) {
                message.set(text);
            }
        };
    }

    /** Stops polling and drops any background result still to come. */
    public void dispose() {
        follow.stop();
        jobs.close();
    }

    // ---- properties ----

    public long runId() {
        return runId;
    }

    /** The run's annotations, or null when the store keeps none. */
    public AnnotationsModel annotations() {
        return annotations;
    }

    public TranscriptModel transcript() {
        return transcript;
    }

    public ReadOnlyObjectProperty<RunSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Task> taskProperty() {
        return task.getReadOnlyProperty();
    }

    /** An error or progress line; empty when all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The turns loaded so far (read-only). */
    public ObservableList<InspectedTurn> turns() {
        return FXCollections.unmodifiableObservableList(turns);
    }

    /** The current turn, 0-based; -1 before any turn is loaded. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** {@code turn 7 / 31} (1-based). */
    public ReadOnlyStringProperty turnLabelProperty() {
        return turnLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty turnsLoadedProperty() {
        return turnsLoaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SnapshotData> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GraphLayout.Result> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MentionIndex> mentionsProperty() {
        return mentions.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AlertsState> alertsStateProperty() {
        return alertsState.getReadOnlyProperty();
    }

    /** Node id to how the node is drawn at the current turn. */
    public ReadOnlyObjectProperty<Map<String, NodeState>> nodeStatesProperty() {
        return nodeStates.getReadOnlyProperty();
    }

    /** Node id of the {@link #shownGraphProperty() shown graph} to how it is drawn (states of what it shows, or-ed). */
    public ReadOnlyObjectProperty<Map<String, NodeState>> shownStatesProperty() {
        return shownStates.getReadOnlyProperty();
    }

    /** What the topology pane draws; {@link #layoutProperty()} is its layout (it follows with the layout job). */
    public ReadOnlyObjectProperty<ShownGraph> shownGraphProperty() {
        return shownGraph.getReadOnlyProperty();
    }

    /** Off by default (application level): on, the topology shows every Pod and ReplicaSet (the full graph). */
    public BooleanProperty showPodsProperty() {
        return showPods;
    }

    /** Off by default: root causes are marked only while this is on. */
    public BooleanProperty revealGroundTruthProperty() {
        return truth.revealProperty();
    }

    public ReadOnlyObjectProperty<GroundTruth> groundTruthProperty() {
        return truth.groundTruthProperty();
    }

    public ReadOnlyStringProperty truthNoteProperty() {
        return truth.noteProperty();
    }

    public ReadOnlyStringProperty selectedNodeProperty() {
        return selectedNode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedEntityProperty() {
        return selectedEntity.getReadOnlyProperty();
    }

    /** Turns (0-based) that name the selected entity. */
    public ObservableList<Integer> selectedEntityTurns() {
        return FXCollections.unmodifiableObservableList(selectedEntityTurns);
    }

    public ObservableList<ScoreDetail> scores() {
        return FXCollections.unmodifiableObservableList(scores);
    }

    /** The score shown (the run's primary variant), or null when unscored. */
    public ReadOnlyObjectProperty<ScoreDetail> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    /** Entities of the submission as submitted. */
    public ReadOnlyObjectProperty<List<String>> submittedProperty() {
        return submitted.getReadOnlyProperty();
    }

    /** Whether the run is being followed (polled). */
    public ReadOnlyBooleanProperty liveProperty() {
        return follow.liveProperty();
    }

    public ReadOnlyObjectProperty<Focus> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    /** Background jobs outstanding (0 when everything requested so far has arrived). */
    public ReadOnlyIntegerProperty pendingProperty() {
        return jobs.pendingProperty();
    }
}
