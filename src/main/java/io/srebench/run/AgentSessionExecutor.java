package io.srebench.run;

import io.srebench.agent.ModelAgent;
import io.srebench.trajectory.RunStatus;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.srebench.agent.Agent;
import io.srebench.agent.AgentLoop;
import io.srebench.agent.Agents;
import io.srebench.agent.CancelFlag;
import io.srebench.agent.LoopConfig;
import io.srebench.agent.TaskBrief;
import io.srebench.agent.TurnListener;
import io.srebench.agent.model.Endpoint;
import io.srebench.agent.model.ModelClient;
import io.srebench.agent.model.PriceTable;
import io.srebench.trajectory.RunInfo;
import io.srebench.trajectory.ToolCallRecord;
import io.srebench.trajectory.ToolResultRecord;
import io.srebench.trajectory.Trajectory;
import io.srebench.trajectory.TrajectoryIO;
import io.srebench.trajectory.Turn;
import io.srebench.sandbox.Sandbox;
import io.srebench.score.ScoreVariant;
import io.srebench.common.BadInputException;
import io.srebench.task.EntityRef;
import io.srebench.task.Task;
import io.srebench.task.truth.RootCause;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The real {@link SessionExecutor}: resolves the task and its snapshot, opens a sandbox on it, runs
 * the agent loop, streams each turn to the sink as it completes, and scores the submission in both
 * variants. A run whose agent or provider fails ends errored (retryable) and is never scored.
 */
public final class AgentSessionExecutor implements SessionExecutor {
    private final Function<String, Task> tasks;
    private final Function<Task, Path> snapshots;
    private final Function<Path, Sandbox> sandboxes;
    private final Function<String, Endpoint> endpoints;
    private final PriceTable prices;
    private final LoopConfig loopConfig;
    private final TaskScoring scoring;
    private Function<Endpoint, ModelClient> clients = e -> null;
    private RunSandboxes runSandboxes;

    /** Opens the sandbox of one run (executors that label what they create with the run, e.g. Kubernetes pods). */
    @FunctionalInterface
    public interface RunSandboxes {
        Sandbox open(long runId, Path snapshotDir);
    }

    /**
     * @param tasks task by id (throws {@link BadInputException} for an unknown id)
     * @param snapshots the task's snapshot directory, materialised if it is generated
     * @param sandboxes opens a sandbox on a snapshot directory
     * @param endpoints endpoint by name, for model agents
     * @param prices price table for model agents
     * @param loopConfig turn cap is overridden per run; the rest applies as is
     * @param scoring scores submissions
     */
    public AgentSessionExecutor(Function<String, Task> tasks, Function<Task, Path> snapshots,
                                Function<Path, Sandbox> sandboxes, Function<String, Endpoint> endpoints,
                                PriceTable prices, LoopConfig loopConfig, TaskScoring scoring) {
        this.tasks = tasks;
        this.snapshots = snapshots;
        this.sandboxes = sandboxes;
        this.endpoints = endpoints;
        this.prices = prices;
        this.loopConfig = loopConfig;
        this.scoring = scoring;
    }

    /**
     * Uses {@code f} to make the model client of an endpoint instead of the provider SDK (benchmarks
     * of the harness with a simulated model; tests). {@code f} returning null means the default.
     */
    public AgentSessionExecutor withModelClients(Function<Endpoint, ModelClient> f) {
        this.clients = f;
        return this;
    }

    /** Opens sessions' sandboxes with {@code f} instead of the constructor's opener (the executor choice). */
    public AgentSessionExecutor withSandboxes(RunSandboxes f) {
        this.runSandboxes = f;
        return this;
    }

    @Override
    public SessionResult execute(long runId, String taskId, AgentSpec spec, int maxTurns, ScoreVariant variant,
                                 SessionSink sink, BooleanSupplier cancelled) {
        Task task = tasks.apply(taskId);
        Agent agent = agentFor(spec, task);
        Path snapshot = snapshots.apply(task);
        Redactor redact = Redactor.of(System.getenv(), spec.kind() == AgentSpec.Kind.MODEL ? keyVar(spec) : null);
        CancelFlag flag = new CancelFlag();
        Trajectory t;
        try (Sandbox sandbox = runSandboxes != null ? runSandboxes.open(runId, snapshot) : sandboxes.apply(snapshot)) {
            sink.started(sandbox.backend());
            TurnListener listener = new TurnListener() {
                private double cost;
                private long in;
                private long out;

                @Override
                public void onTurn(Turn turn) {
                    cost += turn.costUsd() == null ? 0 : turn.costUsd();
                    in += turn.usage().input();
                    out += turn.usage().output();
                    sink.turn(new TurnRecord(turn.index() - 1, turn.endedAt(), redact.apply(TrajectoryIO.turnLine(turn)),
                            redact.apply(searchText(turn))), cost, in, out);
                    if (cancelled.getAsBoolean()) {
                        flag.cancel();
                    }
                }
            };
            if (cancelled.getAsBoolean()) {
                flag.cancel();
            }
            t = new AgentLoop(loopConfig.withMaxTurns(maxTurns)).run(agent, brief(task), sandbox, listener, flag);
        }
        RunInfo info = t.run();
        switch (info.status()) {
            case DONE -> {
                List<String> raw = t.submission() == null ? List.of() : t.submission().entities();
                String submissionJson = toJson(t.submission());
                List<EntityRef> entities = TaskScoring.parseSubmission(task, TrajectoryIO.MAPPER.valueToTree(raw)
                        .toString());
                return new SessionResult(RunStatus.DONE, null, redact.apply(submissionJson), scoring.scoreAll(task, entities),
                        redact.apply(TrajectoryIO.toJson(t)));
            }
            case INTERRUPTED -> {
                return new SessionResult(RunStatus.INTERRUPTED, redact.apply(info.error()), null, List.of(),
                        redact.apply(TrajectoryIO.toJson(t)));
            }
            default -> {
                return new SessionResult(RunStatus.ERRORED, redact.apply(info.error()), null, List.of(),
                        redact.apply(TrajectoryIO.toJson(t)));
            }
        }
    }

    /** The key variable of a model agent's endpoint, or null when it cannot be resolved (then only names count). */
    private String keyVar(AgentSpec spec) {
        try {
            Endpoint ep = endpoints.apply(spec.endpoint());
            return ep == null ? null : ep.apiKeyEnv();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Agent agentFor(AgentSpec spec, Task task) {
        if (spec.kind() == AgentSpec.Kind.MODEL) {
            Endpoint ep = endpoints.apply(spec.endpoint());
            return Agents.create(ModelAgent.NAME, new Agents.Options(ep, clients.apply(ep), prices, null));
        }
        List<String> truth = null;
        if (Agents.needs(spec.name()) == Agents.Needs.GROUND_TRUTH) {
            truth = new ArrayList<>();
            for (RootCause rc : scoring.truthOf(task).rootCauses()) {
                truth.add(rc.entity().toString());
            }
        }
        String constant = spec.options().get(AgentSpec.ENTITIES_OPTION);
        List<String> constantAnswer = constant == null || constant.isBlank() ? null
                : List.of(constant.split(","));
        try {
            return Agents.create(spec.name(), new Agents.Options(null, null, prices, truth, constantAnswer));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** What the agent is told about the task (never anything from the ground truth). */
    static TaskBrief brief(Task task) {
        String app = task.labels().get("application");
        String description = app == null ? null : switch (app) {
            case "opentelemetry-demo" -> "OpenTelemetry Demo (Astronomy Shop) on Kubernetes";
            case "book-info" -> "Istio BookInfo on Kubernetes";
            default -> app;
        };
        if (description != null && task.defaultNamespace() != null) {
            description += ", application namespace " + task.defaultNamespace();
        }
        return new TaskBrief(task.id(), description, task.defaultNamespace());
    }

    /** Commands, outputs and the agent's words of a turn, for full-text search. */
    public static String searchText(Turn turn) {
        StringBuilder b = new StringBuilder();
        append(b, turn.assistantText());
        append(b, turn.reasoning());
        for (ToolCallRecord c : turn.toolCalls()) {
            append(b, c.arguments());
        }
        for (ToolResultRecord r : turn.toolResults()) {
            append(b, r.stdout());
            append(b, r.stderr());
            append(b, r.error());
        }
        return b.length() > 200_000 ? b.substring(0, 200_000) : b.toString();
    }

    private static void append(StringBuilder b, String s) {
        if (s != null && !s.isBlank()) {
            b.append(s).append('\n');
        }
    }

    private static String toJson(Object o) {
        try {
            return TrajectoryIO.MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
