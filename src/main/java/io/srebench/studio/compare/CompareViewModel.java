package io.srebench.studio.compare;

import io.srebench.common.Text;
import io.srebench.task.mention.MentionMatcher;
import io.srebench.run.AnnotationRepository;
import io.srebench.run.RunDetail;
import io.srebench.run.RunRepository;
import io.srebench.run.ScoreRecord;
import io.srebench.run.TurnRecord;
import io.srebench.studio.kit.GroundTruthReveal;
import io.srebench.studio.kit.InspectedTurn;
import io.srebench.studio.kit.RunViewContext;
import io.srebench.studio.kit.Jobs;
import io.srebench.studio.kit.SnapshotData;
import io.srebench.studio.kit.scoring.AnnotationsModel;
import io.srebench.studio.kit.scoring.ScoreDetail;
import io.srebench.task.Task;
import io.srebench.task.truth.GroundTruth;
import io.srebench.task.truth.RootCause;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the comparison of two runs of the same task: both runs (summary, score explanation, submission, turns),
 * the aligned steps ({@link AlignMode}) and the current one, the turn at which each run first touched each entity (its
 * false positives, the entities of the task's topology when the snapshot is available, and the true root causes once
 * {@link #revealGroundTruthProperty()} is on), and each run's annotations.
 *
 * <p>Two runs of different tasks are refused: {@link #errorProperty()} says so and nothing else loads. All I/O goes
 * through the background executor; state changes only in its UI-thread callbacks. Tests use
 * {@code BackgroundExecutor.direct()}. Call {@link #load()} once and {@link #dispose()} when the view closes.
 */
public final class CompareViewModel {
    private final RunRepository repo;
    private final long runA;
    private final long runB;
    private final Function<String, Optional<Task>> tasks;
    private final Function<Task, Path> snapshots;
    private final Jobs jobs;
    private final AnnotationsModel notesA;
    private final AnnotationsModel notesB;
    private final CompareGraph topology;
    private final GroundTruthReveal truth;

    private final ReadOnlyObjectWrapper<CompareSide> sideA = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CompareSide> sideB = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Task> task = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("loading runs…");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<AlignMode> mode = new SimpleObjectProperty<>(AlignMode.BY_TURN);
    private final ObservableList<AlignedRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper stepLabel = new ReadOnlyStringWrapper("step 0 / 0");
    private final ObservableList<EntityRow> entities = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Map<String, Integer>> firstA = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<Map<String, Integer>> firstB = new ReadOnlyObjectWrapper<>(Map.of());
    private List<String> topologyEntities = List.of();
    private long touchGeneration;

    /**
     * @param ctx the store, tasks, snapshots, ground truth and executor (as for the inspector)
     * @param notes where annotations are kept, or null for none
     */
    public CompareViewModel(RunViewContext ctx, AnnotationRepository notes, long runA, long runB) {
        this.repo = ctx.store();
        this.runA = runA;
        this.runB = runB;
        this.tasks = ctx.tasks();
        this.snapshots = ctx.snapshots();
        this.jobs = new Jobs(ctx.executor());
        this.topology = new CompareGraph(jobs);
        this.notesA = notes == null ? null : new AnnotationsModel(notes, runA, ctx.executor());
        this.notesB = notes == null ? null : new AnnotationsModel(notes, runB, ctx.executor());
        mode.addListener((o, a, b) -> realign());
        this.truth = new GroundTruthReveal(jobs, ctx.truths(), task::get, loaded::get, this::computeTouches);
    }

    private record Loaded(CompareSide a, CompareSide b, Task task) {
    }

    /** Loads both runs; refuses two runs of different tasks. */
    public void load() {
        jobs.submit("compare runs " + runA + " and " + runB, () -> {
            RunDetail da = detail(runA);
            RunDetail db = detail(runB);
            String ta = da.summary().taskId();
            String tb = db.summary().taskId();
            if (!ta.equals(tb)) {
                throw new IllegalArgumentException("cannot compare run " + runA + " (task " + ta + ") with run " + runB
                        + " (task " + tb + "): only runs of the same task can be compared");
            }
            return new Loaded(side(da, repo.turns(runA)), side(db, repo.turns(runB)), tasks.apply(ta).orElse(null));
        }, l -> {
            sideA.set(l.a());
            sideB.set(l.b());
            task.set(l.task());
            message.set("");
            loaded.set(true);
            computeTouches();
            if (notesA != null) {
                notesA.load();
                notesB.load();
            }
            loadTopology(l.task());
        }, e -> {
            error.set(Text.firstLine(e));
            message.set("");
        });
    }

    private RunDetail detail(long id) {
        return repo.detail(id).orElseThrow(() -> new IllegalArgumentException("no run " + id + " in the store"));
    }

    private static CompareSide side(RunDetail d, List<TurnRecord> records) {
        ScoreDetail primary = null;
        for (ScoreRecord r : d.scores()) {
            if (primary == null || r.variant().equals(d.summary().variant())) {
                primary = ScoreDetail.of(r);
            }
        }
        List<InspectedTurn> turns = new ArrayList<>(records.size());
        records.forEach(r -> turns.add(InspectedTurn.parse(r)));
        return new CompareSide(d.summary(), primary, ScoreDetail.submittedEntities(d.submissionJson()), turns);
    }

    private void loadTopology(Task t) {
        if (t == null) {
            topology.unavailable("task not in the catalog: no topology");
            return;
        }
        jobs.submit("snapshot", () -> SnapshotData.load(t, snapshots), data -> {
            topologyEntities = data.graph().nodes().stream().map(n -> n.ref().toString()).toList();
            topology.setGraph(data.graph(), data.note());
            computeTouches();
        }, e -> {
            message.set("topology unavailable: " + Text.firstLine(e));
            topology.unavailable("topology unavailable: " + Text.firstLine(e));
        });
    }

    /** The entity universe: both runs' submitted and scored entities, the topology, the root causes when revealed. */
    private Map<String, String> universe() {
        Map<String, String> all = new LinkedHashMap<>();
        for (CompareSide s : List.of(sideA.get(), sideB.get())) {
            s.submitted().forEach(e -> all.putIfAbsent(key(e), e));
            if (s.score() != null) {
                s.score().rows().forEach(r -> all.putIfAbsent(key(r.entity()), r.entity()));
                s.score().missed().forEach(m -> all.putIfAbsent(key(m.entity()), m.entity()));
            }
        }
        rootCauses().forEach(e -> all.putIfAbsent(key(e), e));
        topologyEntities.forEach(e -> all.putIfAbsent(key(e), e));
        return all;
    }

    /** Entity (as given) to the 0-based turn that first mentions it: the shared {@link MentionMatcher} model. */
    public static Map<String, Integer> firstTouches(List<InspectedTurn> turns, java.util.Collection<String> entities) {
        return MentionMatcher.firstMentions(turns.stream().map(InspectedTurn::lookedAtText).toList(), entities);
    }

    private void computeTouches() {
        if (!loaded.get()) {
            return;
        }
        long mine = ++touchGeneration;
        Map<String, String> all = universe();
        List<InspectedTurn> ta = sideA.get().turns();
        List<InspectedTurn> tb = sideB.get().turns();
        jobs.submit("first touches", () -> List.of(firstTouches(ta, all.keySet()), firstTouches(tb, all.keySet())), r -> {
            if (mine != touchGeneration) {
                return;
            }
            firstA.set(Map.copyOf(r.get(0)));
            firstB.set(Map.copyOf(r.get(1)));
            List<String> truth = rootCauses().stream().map(CompareViewModel::key).toList();
            List<EntityRow> out = new ArrayList<>();
            for (Map.Entry<String, String> e : all.entrySet()) {
                String shown = e.getValue();
                out.add(new EntityRow(shown, r.get(0).get(e.getKey()), r.get(1).get(e.getKey()), sideA.get().outcomeOf(shown),
                        sideB.get().outcomeOf(shown), truth.contains(e.getKey())));
            }
            entities.setAll(out);
            realign();
        }, e -> message.set("cannot index turns: " + Text.firstLine(e)));
    }

    private void realign() {
        if (!loaded.get()) {
            return;
        }
        int na = sideA.get().turns().size();
        int nb = sideB.get().turns().size();
        AlignedRow at = current.get() >= 0 && current.get() < rows.size() ? rows.get(current.get()) : null;
        rows.setAll(mode.get() == AlignMode.BY_TURN ? Alignment.byTurn(na, nb)
                : Alignment.byFirstTouch(na, nb, firstA.get(), firstB.get()));
        int keep = 0;
        if (at != null) {
            // stay on the same turn of run A (or B) when the alignment changes
            for (int i = 0; i < rows.size(); i++) {
                AlignedRow r = rows.get(i);
                if (at.a() != null ? at.a().equals(r.a()) : at.b() != null && at.b().equals(r.b())) {
                    keep = i;
                    break;
                }
            }
        }
        current.set(-1);
        goTo(keep);
    }

    // ---- stepping ----

    /** Moves both transcripts to step {@code index} (clamped). */
    public void goTo(int index) {
        if (rows.isEmpty()) {
            stepLabel.set("step 0 / 0");
            updateTopology(-1);
            return;
        }
        int i = Math.max(0, Math.min(rows.size() - 1, index));
        current.set(i);
        AlignedRow r = rows.get(i);
        stepLabel.set("step " + (i + 1) + " / " + rows.size() + "  ·  A " + turnText(r.a(), sideA.get()) + "  ·  B "
                + turnText(r.b(), sideB.get()));
        updateTopology(i);
    }

    /** Feeds the topology both runs' touches up to step {@code step} (a run's last turn at or before it). */
    private void updateTopology(int step) {
        if (!loaded.get()) {
            return;
        }
        int lastA = -1;
        int lastB = -1;
        for (int i = 0; i <= step && i < rows.size(); i++) {
            AlignedRow r = rows.get(i);
            lastA = r.a() != null ? Math.max(lastA, r.a()) : lastA;
            lastB = r.b() != null ? Math.max(lastB, r.b()) : lastB;
        }
        CompareSide a = sideA.get();
        CompareSide b = sideB.get();
        topology.update(new CompareGraph.Inputs(firstA.get(), lastA, a.turns().size(), a.submitted(), firstB.get(), lastB,
                b.turns().size(), b.submitted(), truth.shownRootCauses()));
    }

    private static String turnText(Integer t, CompareSide s) {
        return t == null ? "—" : "turn " + (t + 1) + "/" + s.turns().size();
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
        goTo(rows.size() - 1);
    }

    /** The current step, or null before loading. */
    public AlignedRow currentRow() {
        int c = current.get();
        return c < 0 || c >= rows.size() ? null : rows.get(c);
    }

    // ---- derived ----

    /** The true root causes ({@code ns/Kind/name}) while revealed and loaded, else empty. */
    public List<String> rootCauses() {
        List<RootCause> shown = truth.shownRootCauses();
        if (shown == null) {
            return List.of();
        }
        return shown.stream().map(RootCause::entity).map(Object::toString).toList();
    }

    /** 0-based turn at which run A ({@code a} true) or B first touched {@code entity}, or null. */
    public Integer firstTouch(boolean a, String entity) {
        return (a ? firstA : firstB).get().get(key(entity));
    }

    static String key(String entity) {
        return entity == null ? "" : entity.strip().toLowerCase(Locale.ROOT);
    }

    // ---- properties ----

    public long runA() {
        return runA;
    }

    public long runB() {
        return runB;
    }

    public ReadOnlyObjectProperty<CompareSide> sideAProperty() {
        return sideA.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CompareSide> sideBProperty() {
        return sideB.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Task> taskProperty() {
        return task.getReadOnlyProperty();
    }

    /** Why the comparison cannot be shown (different tasks, a missing run), or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Progress and non-fatal problems. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ObjectProperty<AlignMode> modeProperty() {
        return mode;
    }

    public ObservableList<AlignedRow> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepLabelProperty() {
        return stepLabel.getReadOnlyProperty();
    }

    public BooleanProperty revealGroundTruthProperty() {
        return truth.revealProperty();
    }

    public ReadOnlyObjectProperty<GroundTruth> groundTruthProperty() {
        return truth.groundTruthProperty();
    }

    public ReadOnlyStringProperty truthNoteProperty() {
        return truth.noteProperty();
    }

    /** The entity table: every entity of the universe with both runs' first touches and outcomes. */
    public ObservableList<EntityRow> entities() {
        return entities;
    }

    /** First touches of run A, keyed by lower-cased entity; replaced as a whole when recomputed. */
    public ReadOnlyObjectProperty<Map<String, Integer>> firstTouchesAProperty() {
        return firstA.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<String, Integer>> firstTouchesBProperty() {
        return firstB.getReadOnlyProperty();
    }

    /** Annotations of run A ({@code a} true) or B, or null when the store keeps none. */
    public AnnotationsModel annotations(boolean a) {
        return a ? notesA : notesB;
    }

    /** The topology with both runs' touched sets so far, following the current step. */
    public CompareGraph topology() {
        return topology;
    }

    /** Background jobs still outstanding. */
    public ReadOnlyIntegerProperty pendingProperty() {
        return jobs.pendingProperty();
    }

    /** Drops any background result still to come. */
    public void dispose() {
        jobs.close();
    }
}
