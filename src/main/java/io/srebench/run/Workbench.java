package io.srebench.run;

import io.srebench.agent.Agents;
import io.srebench.agent.LoopConfig;
import io.srebench.agent.model.Endpoint;
import io.srebench.agent.model.EndpointConfig;
import io.srebench.agent.model.PriceTable;
import io.srebench.sandbox.SandboxFactory;
import io.srebench.sandbox.SandboxOptions;
import io.srebench.sandbox.kubernetes.SandboxPods;
import io.srebench.score.ScoreOptions;
import io.srebench.sim.scenario.SimTaskManifest;
import io.srebench.sim.tasks.TaskMaterializer;
import io.srebench.task.AgentView;
import io.srebench.common.BadInputException;
import io.srebench.task.TaskCatalog;
import io.srebench.task.TaskManifest;
import io.srebench.common.UserDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * What running agents needs, assembled from the user's setup: the task catalog, configured endpoints
 * (config dir {@code endpoints.json}), prices (bundled, or the user's {@code prices.json}), and the
 * session executor. Shared by the CLI and the studio.
 */
public final class Workbench {
    private final TaskCatalog catalog;
    private final EndpointConfig endpoints;
    private final PriceTable prices;
    private final Map<String, Endpoint> adHoc = new HashMap<>();
    private final AtomicBoolean warned = new AtomicBoolean();
    private final UserDirs dirs;

    public Workbench(Path tasksDir) {
        this(tasksDir, UserDirs.current());
    }

    /**
     * A workbench whose generated snapshots go to {@code dirs.cache()} and whose endpoints and prices come from
     * {@code dirs.config()} (tests and embedding hosts point these at their own directories).
     *
     * @param tasksDir task definitions, or null for the bundled tasks
     */
    public Workbench(Path tasksDir, UserDirs dirs) {
        this.dirs = dirs;
        Path dir = tasksDir != null ? tasksDir : TaskCatalog.locateBundled().orElse(null);
        this.catalog = dir != null ? TaskCatalog.load(dir, dirs) : TaskCatalog.bundled();
        Path config = dirs.config();
        this.endpoints = EndpointConfig.load(config.resolve("endpoints.json"));
        Path userPrices = config.resolve("prices.json");
        this.prices = Files.isRegularFile(userPrices) ? PriceTable.load(userPrices) : PriceTable.bundled();
    }

    public TaskCatalog catalog() {
        return catalog;
    }

    /** Registers an endpoint given on the command line (not saved). */
    public void addEndpoint(Endpoint e) {
        adHoc.put(e.name(), e);
    }

    /** An agent by name: a built-in baseline, or a model endpoint (command line or endpoints.json). */
    public AgentSpec agent(String name) {
        if (Agents.BASELINES.contains(name)) {
            if (Agents.needs(name) == Agents.Needs.CONSTANT_ANSWER) {
                return AgentSpec.baseline(name, Map.of(AgentSpec.ENTITIES_OPTION,
                        String.join(",", ConstantAnswer.mostCommon(catalog.tasks(), new TaskScoring(ScoreOptions.DEFAULT)))));
            }
            return AgentSpec.baseline(name);
        }
        Endpoint e = endpoint(name);
        return AgentSpec.model(name, e.name(), e.model());
    }

    public Endpoint endpoint(String name) {
        Endpoint e = adHoc.get(name);
        if (e != null) {
            return e;
        }
        Optional<Endpoint> configured = endpoints.find(name);
        if (configured.isEmpty()) {
            throw new BadInputException("unknown agent or endpoint \"" + name + "\" (baselines: "
                    + String.join(", ", Agents.BASELINES)
                    + "; endpoints come from " + endpoints.file() + " or --provider/--model)");
        }
        return configured.get();
    }

    public EndpointConfig endpoints() {
        return endpoints;
    }

    /** The snapshot resolver (generating simulator tasks on first use). */
    public TaskSnapshots snapshots() {
        return new TaskSnapshots(catalog, Workbench::generate);
    }

    /**
     * What a sandbox on snapshot folder {@code dir} may mount: the folder, or its {@link AgentView} when it holds
     * ground truth, scenario specs or other files hidden from agents. Every sandbox srebench opens goes through this.
     */
    public Path agentView(Path dir) {
        return AgentView.of(dir, dirs);
    }

    /**
     * Generates a simulator task's snapshot into its cache directory and checks it against the recorded
     * tree hash: a mismatch means the simulator no longer reproduces the published task.
     */
    static Path generate(TaskManifest m) {
        SimTaskManifest sm = SimTaskManifest.read(m.file().getParent());
        TaskMaterializer.Placed p = TaskMaterializer.place(sm, m.task().snapshotDir(), false);
        if (p.mismatch()) {
            throw new BadInputException(m.file() + ": snapshot.sha256: the generated snapshot hashes to "
                    + p.made().sha256() + ", not the recorded " + p.recorded() + " (simulator changed? re-record with"
                    + " 'srebench tasks generate --record')");
        }
        return p.dir();
    }

    /**
     * Makes {@code sessions} run each session's sandbox as a pod of {@code pods}, labelled with benchmark
     * {@code benchmarkId} and the run; the pod receives the {@link #agentView} of the snapshot, nothing else.
     */
    public AgentSessionExecutor onPods(AgentSessionExecutor sessions, SandboxPods pods, long benchmarkId) {
        return sessions.withSandboxes((runId, dir) -> pods.open(benchmarkId, runId, agentView(dir)));
    }

    /** The session executor; reports the sandbox fallback warning once through {@code warn}. */
    public AgentSessionExecutor sessions(LoopConfig loop, Consumer<String> warn) {
        return new AgentSessionExecutor(catalog::get, snapshots(), dir -> {
            var sandbox = SandboxFactory.create(agentView(dir), SandboxOptions.defaults());
            SandboxFactory.warning().or(() -> SandboxFactory.degradedWarning(sandbox)).ifPresent(w -> {
                if (warned.compareAndSet(false, true)) {
                    warn.accept(w);
                }
            });
            return sandbox;
        }, this::endpoint, prices, loop, new TaskScoring(ScoreOptions.DEFAULT));
    }
}
