package io.srebench.studio.launch;

import io.srebench.score.ScoreVariant;
import io.srebench.agent.Agents;
import io.srebench.agent.LoopConfig;
import io.srebench.agent.model.Endpoint;
import io.srebench.run.AgentSpec;
import io.srebench.run.BenchmarkRecord;
import io.srebench.run.AgentSessionExecutor;
import io.srebench.run.BenchmarkRunner;
import io.srebench.run.BenchmarkSpec;
import io.srebench.run.RunQuery;
import io.srebench.run.RunRepository;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.RunSummary;
import io.srebench.run.SessionExecutor;
import io.srebench.run.Workbench;
import io.srebench.sandbox.SandboxOptions;
import io.srebench.sandbox.kubernetes.KubernetesSettings;
import io.srebench.sandbox.kubernetes.SandboxPodException;
import io.srebench.sandbox.kubernetes.SandboxPods;
import io.srebench.studio.app.BackgroundExecutor;
import io.srebench.task.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * State of the "New benchmark" dialog: the task checklist (from the workbench catalog, filterable), the
 * agents (baselines and configured endpoints), repeats, concurrency, turn cap and scoring variant; builds
 * and validates the {@link BenchmarkSpec} and starts it, or resumes an interrupted benchmark.
 */
public final class LaunchViewModel {
    /**
     * Baselines offered, ticked, besides the configured endpoints (they need no key); the shortcut agents
     * ({@link Agents#SHORTCUTS}) follow, unticked.
     */
    public static final List<String> BASELINES = Agents.FLOOR;
    public static final List<String> VARIANTS = List.of("set", "ranked");
    /** Where sandboxes run: on this machine, or as pods of the kubeconfig's cluster. */
    public static final List<String> EXECUTORS = List.of("local", "kubernetes");
    public static final int MAX_REPEATS = 20;
    public static final int MAX_CONCURRENCY = 32;
    public static final int MAX_TURN_CAP = 1000;

    private final Workbench workbench;
    private final RunRepository repo;
    private final BackgroundExecutor executor;
    private final ObservableList<TaskChoice> tasks = FXCollections.observableArrayList(t -> new Observable[] {
        t.selectedProperty()});
    private final FilteredList<TaskChoice> shownTasks = new FilteredList<>(tasks);
    private final ObservableList<AgentChoice> agents = FXCollections.observableArrayList(a -> new Observable[] {
        a.selectedProperty()});
    private final ObservableList<ResumeChoice> resumable = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final IntegerProperty repeats = new SimpleIntegerProperty(BenchmarkSpec.DEFAULT_REPEATS);
    private final IntegerProperty concurrency = new SimpleIntegerProperty(2);
    private final IntegerProperty maxTurns = new SimpleIntegerProperty(BenchmarkSpec.DEFAULT_MAX_TURNS);
    private final StringProperty variant = new SimpleStringProperty("set");
    private final StringProperty sandboxExecutor = new SimpleStringProperty("local");
    private final StringProperty namespace = new SimpleStringProperty("");
    private final StringProperty context = new SimpleStringProperty("");
    private final StringProperty image = new SimpleStringProperty("");
    /** One client per cluster target for the studio's lifetime; each session's pod is deleted when it ends. */
    private final java.util.Map<KubernetesSettings, SandboxPods> podsByTarget = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A benchmark with runs left to do.
     *
     * @param id benchmark id
     * @param name its name
     * @param left runs queued or left running
     * @param total all its runs
     */
    public record ResumeChoice(long id, String name, int left, int total) {
        @Override
        public String toString() {
            return "#" + id + " " + name + " (" + left + " of " + total + " runs left)";
        }
    }

    public LaunchViewModel(Workbench workbench, RunRepository repo, BackgroundExecutor executor) {
        this.workbench = Objects.requireNonNull(workbench);
        this.repo = Objects.requireNonNull(repo);
        this.executor = Objects.requireNonNull(executor);
        for (Task t : workbench.catalog().tasks()) {
            tasks.add(new TaskChoice(t.id(), t.title()));
        }
        for (String b : BASELINES) {
            AgentChoice c = new AgentChoice(b, "baseline, offline");
            c.selectedProperty().set(true);
            agents.add(c);
        }
        for (String shortcut : Agents.SHORTCUTS) {
            agents.add(new AgentChoice(shortcut, "shortcut, offline"));
        }
        for (Endpoint e : workbench.endpoints().endpoints()) {
            agents.add(new AgentChoice(e.name(), e.kind().id() + " " + e.model()));
        }
        filter.addListener((o, a, b) -> {
            String f = b == null ? "" : b.trim().toLowerCase(Locale.ROOT);
            shownTasks.setPredicate(f.isEmpty() ? null : t -> t.id().toLowerCase(Locale.ROOT).contains(f)
                    || t.title().toLowerCase(Locale.ROOT).contains(f));
        });
    }

    /** Ticks (or unticks) every task the filter shows. */
    public void selectShown(boolean selected) {
        shownTasks.forEach(t -> t.selectedProperty().set(selected));
    }

    public List<String> selectedTasks() {
        return tasks.stream().filter(TaskChoice::isSelected).map(TaskChoice::id).toList();
    }

    public List<String> selectedAgents() {
        return agents.stream().filter(AgentChoice::isSelected).map(AgentChoice::name).toList();
    }

    /** What keeps the benchmark from starting, one line each; empty when it can start. */
    public List<String> validate() {
        List<String> out = new ArrayList<>();
        if (selectedTasks().isEmpty()) {
            out.add("tasks: tick at least one task");
        }
        if (selectedAgents().isEmpty()) {
            out.add("agents: tick at least one agent");
        }
        range(out, "repeats", repeats.get(), MAX_REPEATS);
        range(out, "concurrency", concurrency.get(), MAX_CONCURRENCY);
        range(out, "turn cap", maxTurns.get(), MAX_TURN_CAP);
        if (!VARIANTS.contains(variant.get())) {
            out.add("scoring variant: set or ranked");
        }
        if (!EXECUTORS.contains(sandboxExecutor.get())) {
            out.add("sandboxes: local or kubernetes");
        } else if (onKubernetes() && !namespace().isEmpty() && !namespace().matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")) {
            out.add("namespace: not a Kubernetes namespace name: " + namespace());
        }
        for (String a : selectedAgents()) {
            try {
                workbench.agent(a);
            } catch (RuntimeException e) {
                out.add("agents: " + e.getMessage());
            }
        }
        return out;
    }

    private static void range(List<String> out, String field, int v, int max) {
        if (v < 1 || v > max) {
            out.add(field + ": between 1 and " + max + " (got " + v + ")");
        }
    }

    /** The benchmark the dialog describes; throws IllegalArgumentException with the first problem. */
    public BenchmarkSpec spec() {
        List<String> p = validate();
        if (!p.isEmpty()) {
            throw new IllegalArgumentException(p.get(0));
        }
        List<String> ts = selectedTasks();
        List<AgentSpec> as = selectedAgents().stream().map(workbench::agent).toList();
        String n = name.get() == null || name.get().isBlank() ? String.format(Locale.ROOT, "studio: %d tasks x %d agents"
                + " x %d", ts.size(), as.size(), repeats.get()) : name.get().trim();
        return new BenchmarkSpec(n, ts, as, repeats.get(), concurrency.get(), concurrency.get(), maxTurns.get(),
                ScoreVariant.parse(variant.get()));
    }

    /** Runs the current choices would queue (tasks x agents x repeats). */
    public int runCount() {
        return selectedTasks().size() * selectedAgents().size() * Math.max(0, repeats.get());
    }

    /** The runner this workbench's sessions run in; {@code warnings} gets the sandbox fallback warning. */
    public BenchmarkRunner runner(Consumer<String> warnings) {
        SessionExecutor sessions = workbench.sessions(LoopConfig.DEFAULT, warnings);
        return new BenchmarkRunner(repo, sessions);
    }

    /** Records the benchmark and starts it; the returned model tracks it. */
    public ProgressViewModel start(Runnable runsChanged, Consumer<String> warnings, LongSupplier clock) {
        BenchmarkSpec spec = spec();
        SandboxPods pods = pods(); // connects before anything is written
        AgentSessionExecutor sessions = workbench.sessions(LoopConfig.DEFAULT, warnings);
        BenchmarkRunner runner = new BenchmarkRunner(repo, sessions);
        long id = runner.create(spec);
        onPods(sessions, pods, id);
        ProgressViewModel p = new ProgressViewModel(repo, runner, id, executor, runsChanged, clock);
        p.start();
        return p;
    }

    /** A model for an existing benchmark, loaded but not started (call {@link ProgressViewModel#resume()}). */
    public ProgressViewModel open(long benchmarkId, Runnable runsChanged, Consumer<String> warnings, LongSupplier clock) {
        SandboxPods pods = pods();
        AgentSessionExecutor sessions = workbench.sessions(LoopConfig.DEFAULT, warnings);
        onPods(sessions, pods, benchmarkId);
        ProgressViewModel p = new ProgressViewModel(repo, new BenchmarkRunner(repo, sessions), benchmarkId, executor,
                runsChanged, clock);
        p.load();
        return p;
    }

    /** Whether the chosen executor is Kubernetes. */
    public boolean onKubernetes() {
        return "kubernetes".equals(sandboxExecutor.get());
    }

    private String namespace() {
        return trimmed(namespace);
    }

    private static String trimmed(StringProperty p) {
        return p.get() == null ? "" : p.get().trim();
    }

    /**
     * The pods of the chosen context, namespace and image (connected on first use; blank fields take the kubeconfig's
     * current context and namespace and the published image), or null for local sandboxes.
     *
     * @throws IllegalArgumentException with one line when the cluster cannot be used
     */
    private SandboxPods pods() {
        if (!onKubernetes()) {
            return null;
        }
        try {
            KubernetesSettings target = KubernetesSettings.of(trimmed(context), namespace(), trimmed(image), null);
            return podsByTarget.computeIfAbsent(target, t -> SandboxPods.connect(t, SandboxOptions.defaults()));
        } catch (SandboxPodException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Routes the sessions to pods (after deleting pods a crashed studio left for this benchmark). */
    private void onPods(AgentSessionExecutor sessions, SandboxPods pods, long benchmarkId) {
        if (pods != null) {
            pods.collectOrphans(benchmarkId);
            workbench.onPods(sessions, pods, benchmarkId);
        }
    }

    /** Closes the Kubernetes clients (their sessions' pods are deleted as each session ends). */
    public void dispose() {
        podsByTarget.values().forEach(SandboxPods::close);
        podsByTarget.clear();
    }

    /** Reloads the benchmarks that have runs left (queued, or left running by a crash). */
    public void refreshResumable() {
        executor.submit("resumable benchmarks", () -> {
            List<ResumeChoice> out = new ArrayList<>();
            for (BenchmarkRecord b : repo.benchmarks()) {
                List<RunSummary> rs = repo.list(RunQuery.ofBenchmark(b.id()));
                int left = (int) rs.stream().filter(r -> r.status() == RunStatus.QUEUED
                        || r.status() == RunStatus.RUNNING).count();
                if (left > 0) {
                    out.add(new ResumeChoice(b.id(), b.name(), left, rs.size()));
                }
            }
            return out;
        }, resumable::setAll, e -> resumable.clear());
    }

    public ObservableList<TaskChoice> tasks() {
        return tasks;
    }

    public FilteredList<TaskChoice> shownTasks() {
        return shownTasks;
    }

    public ObservableList<AgentChoice> agents() {
        return agents;
    }

    public ObservableList<ResumeChoice> resumable() {
        return resumable;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public IntegerProperty repeatsProperty() {
        return repeats;
    }

    public IntegerProperty concurrencyProperty() {
        return concurrency;
    }

    public IntegerProperty maxTurnsProperty() {
        return maxTurns;
    }

    /** {@link #EXECUTORS}: where sessions' sandboxes run. */
    public StringProperty sandboxExecutorProperty() {
        return sandboxExecutor;
    }

    /** The pods' namespace (empty: the kubeconfig context's). */
    public StringProperty namespaceProperty() {
        return namespace;
    }

    /** The kubeconfig context for Kubernetes sandboxes; blank for the current one. */
    public StringProperty contextProperty() {
        return context;
    }

    /** The sandbox image for Kubernetes sandboxes; blank for the one the release workflow publishes. */
    public StringProperty imageProperty() {
        return image;
    }

    public StringProperty variantProperty() {
        return variant;
    }
}
