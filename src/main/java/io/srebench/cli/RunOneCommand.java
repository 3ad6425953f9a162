package io.srebench.cli;

import io.srebench.agent.ModelAgent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.agent.LoopConfig;
import io.srebench.agent.model.Endpoint;
import io.srebench.agent.model.EndpointKind;
import io.srebench.trajectory.TrajectoryIO;
import io.srebench.run.AgentSpec;
import io.srebench.run.NewRun;
import io.srebench.run.RunRecorder;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.SessionExecutor;
import io.srebench.run.TurnRecord;
import io.srebench.score.Score;
import io.srebench.score.ScoreReport;
import io.srebench.score.ScoreVariant;
import io.srebench.run.Workbench;
import io.srebench.store.SqliteStore;
import io.srebench.common.BadInputException;
import io.srebench.task.Task;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code srebench run-one}: one agent session on one task, streamed to the terminal and kept in the store. */
@Command(name = "run-one", description = "Run one agent session on one task and score it.")
public final class RunOneCommand implements Callable<Integer> {
    @Mixin
    private UnsafeSandboxOption unsafeSandbox;
    @Spec
    private CommandSpec spec;
    @Mixin
    private StoreOptions store;
    @Option(names = "--task", required = true, description = "Task id (see 'srebench tasks list').")
    private String taskId;
    @Option(names = "--agent", required = true,
            description = "alert-echo, topology-walk, oracle, shortcut-* (see tasks audit), model (with"
                    + " --provider/--model), or an endpoint name.")
    private String agent;
    @Option(names = "--endpoint", description = "Endpoint name from endpoints.json (for --agent model).")
    private String endpoint;
    @Option(names = "--provider", converter = OptionTypes.Provider.class,
            description = "openai, anthropic or openai-compatible (for --agent model).")
    private EndpointKind provider;
    @Option(names = "--model", description = "Model id (for --agent model).")
    private String model;
    @Option(names = "--base-url", description = "API base URL, e.g. http://127.0.0.1:8000/v1 for a local server.")
    private String baseUrl;
    @Option(names = "--api-key-env", description = "Name of the environment variable holding the API key (default "
            + "OPENAI_API_KEY or ANTHROPIC_API_KEY; none for openai-compatible, as local servers need none).")
    private String apiKeyEnv;
    @Option(names = "--reasoning-effort", description = "Reasoning effort for models that support it.")
    private String reasoningEffort;
    @Option(names = "--max-tokens", description = "Max output tokens per model call.")
    private Integer maxTokens;
    @Option(names = "--max-turns", defaultValue = "100", description = "Turn cap (default ${DEFAULT-VALUE}).")
    private int maxTurns;
    @Option(names = "--command-timeout", defaultValue = "300",
            description = "Seconds per shell command (default ${DEFAULT-VALUE}).")
    private int commandTimeout;
    @Option(names = "--variant", defaultValue = "set", description = "Scoring variant shown: set or ranked.")
    private ScoreVariant variant;
    @Option(names = "--json", description = "Print the whole trajectory and score as JSON.")
    private boolean json;
    @Option(names = "--no-store", description = "Do not keep the run in the store.")
    private boolean noStore;
    @Option(names = "--tasks-dir", description = "Task definitions (default: the bundled tasks/).")
    private Path tasksDir;
    private final SessionExecutor sessionsOverride;

    /** Sessions from the workbench, as a user runs them. */
    public RunOneCommand() {
        this(null);
    }

    /** Runs sessions with {@code sessions} instead of the workbench's executor (tests). */
    RunOneCommand(SessionExecutor sessions) {
        this.sessionsOverride = sessions;
    }

    @Override
    public Integer call() {
        unsafeSandbox.apply();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (maxTurns < 1) {
            throw new BadInputException("--max-turns: must be at least 1");
        }
        Workbench wb = new Workbench(tasksDir);
        Task task = wb.catalog().get(taskId);
        AgentSpec agentSpec = resolveAgent(wb);
        LoopConfig loop = LoopConfig.DEFAULT.withCommandTimeout(Duration.ofSeconds(commandTimeout));
        SessionExecutor sessions = sessionsOverride != null ? sessionsOverride : wb.sessions(loop, Warnings.to(err));
        TurnPrinter printer = new TurnPrinter(out, false);
        try (SqliteStore s = noStore ? null : store.open()) {
            RunRecorder.Recording recording = s == null ? null : new RunRecorder(s).create(new NewRun(0, task.id(),
                    agentSpec.name(), agentSpec.model(), 1, Json.compact(agentSpec)));
            long runId = recording == null ? 0 : recording.id();
            if (!json) {
                out.println("task " + task.id() + " · agent " + agentSpec.name() + (agentSpec.model() == null ? ""
                        : " (" + agentSpec.model() + ")") + (s == null ? "" : " · run " + runId + " in " + store.file()));
            }
            SessionExecutor.SessionResult r = sessions.execute(runId, task.id(), agentSpec, maxTurns, variant,
                    new SessionExecutor.SessionSink() {
                        @Override
                        public void started(String backend) {
                            if (recording != null) {
                                recording.started(backend);
                            }
                        }

                        @Override
                        public void turn(TurnRecord turn, double cost, long in, long outTokens) {
                            if (recording != null) {
                                recording.turn(turn, cost, in, outTokens);
                            }
                            if (!json) {
                                printer.print(turn.json());
                            }
                        }
                    }, () -> false);
            if (recording != null) {
                recording.finish(r, variant);
            }
            return report(r, out, err);
        }
    }

    /** Prints how the session ended, with the score the executor computed in the variant shown (never scored again). */
    private int report(SessionExecutor.SessionResult r, PrintWriter out, PrintWriter err) {
        Score score = r.status() == RunStatus.DONE ? r.score(variant).orElse(null) : null;
        if (json) {
            ObjectNode o = TrajectoryIO.MAPPER.createObjectNode();
            try {
                o.set("trajectory", TrajectoryIO.MAPPER.readTree(r.trajectoryJson()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            o.set("score", score == null ? null : ScoreReport.toJson(score));
            out.println(o.toPrettyString());
        } else if (score != null) {
            out.println();
            out.println("submission: " + r.submissionJson());
            out.print(ScoreReport.toTable(score));
        }
        out.flush();
        if (r.status() != RunStatus.DONE) {
            err.println("srebench: run " + r.status().label() + ": " + r.error());
            return 1;
        }
        return 0;
    }

    private AgentSpec resolveAgent(Workbench wb) {
        if (!ModelAgent.NAME.equals(agent)) {
            return wb.agent(agent);
        }
        if (endpoint != null) {
            return wb.agent(endpoint);
        }
        if (provider == null || model == null) {
            throw new BadInputException("--agent model needs --endpoint NAME, or --provider and --model");
        }
        EndpointKind kind = provider;
        // A local OpenAI-compatible server (vLLM, llama.cpp, Ollama) usually wants no key: none unless one is named.
        String keyEnv = apiKeyEnv != null ? apiKeyEnv : switch (kind) {
            case ANTHROPIC -> "ANTHROPIC_API_KEY";
            case OPENAI -> "OPENAI_API_KEY";
            default -> null;
        };
        Endpoint e = new Endpoint(model, kind, baseUrl, model, keyEnv, null, reasoningEffort, maxTokens, null, null);
        wb.addEndpoint(e);
        return wb.agent(e.name());
    }
}
