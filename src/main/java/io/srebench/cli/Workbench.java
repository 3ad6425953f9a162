package io.srebench.cli;

import io.srebench.agent.Agents;
import io.srebench.agent.LoopConfig;
import io.srebench.agent.model.Endpoint;
import io.srebench.agent.model.EndpointConfig;
import io.srebench.agent.model.PriceTable;
import io.srebench.run.AgentSessionExecutor;
import io.srebench.run.AgentSpec;
import io.srebench.run.TaskScoring;
import io.srebench.run.TaskSnapshots;
import io.srebench.sandbox.SandboxFactory;
import io.srebench.sandbox.SandboxOptions;
import io.srebench.score.ScoreOptions;
import io.srebench.task.BadInputException;
import io.srebench.task.TaskCatalog;
import io.srebench.task.UserDirs;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** What the run commands share: the task catalog, configured endpoints, prices, and the session executor. */
final class Workbench {
    private final TaskCatalog catalog;
    private final EndpointConfig endpoints;
    private final PriceTable prices;
    private final Map<String, Endpoint> adHoc = new HashMap<>();
    private final AtomicBoolean warned = new AtomicBoolean();

    Workbench(Path tasksDir) {
        this.catalog = tasksDir != null ? TaskCatalog.load(tasksDir) : TaskCatalog.bundled();
        Path config = UserDirs.current().config();
        this.endpoints = EndpointConfig.load(config.resolve("endpoints.json"));
        Path userPrices = config.resolve("prices.json");
        this.prices = Files.isRegularFile(userPrices) ? PriceTable.load(userPrices) : PriceTable.bundled();
    }

    TaskCatalog catalog() {
        return catalog;
    }

    /** Registers an endpoint given on the command line (not saved). */
    void addEndpoint(Endpoint e) {
        adHoc.put(e.name(), e);
    }

    /** An agent by name: a built-in baseline, or a model endpoint (command line or endpoints.json). */
    AgentSpec agent(String name) {
        if (Agents.NAMES.contains(name) && !"model".equals(name)) {
            return AgentSpec.baseline(name);
        }
        Endpoint e = endpoint(name);
        return new AgentSpec(name, "model", e.name(), e.model(), Map.of());
    }

    Endpoint endpoint(String name) {
        Endpoint e = adHoc.get(name);
        if (e != null) {
            return e;
        }
        Optional<Endpoint> configured = endpoints.find(name);
        if (configured.isEmpty()) {
            throw new BadInputException("unknown agent or endpoint \"" + name + "\" (baselines: alert-echo, topology-walk, "
                    + "oracle; endpoints come from " + endpoints.file() + " or --provider/--model)");
        }
        return configured.get();
    }

    /** The session executor; prints the sandbox fallback warning once on {@code err}. */
    AgentSessionExecutor sessions(LoopConfig loop, PrintWriter err) {
        return new AgentSessionExecutor(catalog::get, new TaskSnapshots(catalog, null), dir -> {
            var sandbox = SandboxFactory.create(dir, SandboxOptions.defaults());
            SandboxFactory.warning().ifPresent(w -> {
                if (warned.compareAndSet(false, true)) {
                    err.println("srebench: WARNING: " + w);
                    err.flush();
                }
            });
            return sandbox;
        }, this::endpoint, prices, loop, new TaskScoring(ScoreOptions.DEFAULT));
    }
}
