package io.srebench.agent;

import io.srebench.trajectory.ChatMessage;
import io.srebench.agent.model.ModelCallException;
import io.srebench.trajectory.ToolCall;
import io.srebench.agent.model.ToolSpec;
import io.srebench.trajectory.RunInfo;
import io.srebench.trajectory.RunStatus;
import io.srebench.trajectory.Submission;
import io.srebench.trajectory.ToolCallRecord;
import io.srebench.trajectory.ToolResultRecord;
import io.srebench.trajectory.Trajectory;
import io.srebench.trajectory.TrimRecord;
import io.srebench.trajectory.Turn;
import io.srebench.sandbox.ExecResult;
import io.srebench.sandbox.Sandbox;
import io.srebench.sandbox.ToolResultFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The harness: runs one agent on one task, turn by turn, through the shell and submit tools, and records a
 * {@link Trajectory}.
 *
 * <p>Per turn: a nudge if the previous reply called no tool, a "N turns left" warning in the last
 * {@link LoopConfig#warnTurns()} turns, context trimming to {@link LoopConfig#contextBudgetTokens()}, one
 * {@link Agent#act} call, then the reply's tool calls in order ({@code submit} last). Malformed or unknown calls get
 * an error result and are counted; so are shell calls beyond {@link LoopConfig#maxToolCallsPerReply()} in one
 * reply (nothing is run for them; {@code submit} does no work and is not counted against that cap). A valid submit
 * ends the run; so does the turn cap (with an empty submission),
 * a failed model call (status errored; a context-length error is retried once after trimming every older tool
 * output), or the cancel flag (status interrupted, checked between turns). The sandbox is not closed here.
 */
public final class AgentLoop {
    private final LoopConfig config;
    private final Clock clock;

    public AgentLoop(LoopConfig config) {
        this(config, Clock.systemUTC());
    }

    public AgentLoop(LoopConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public LoopConfig config() {
        return config;
    }

    /** Runs {@code agent} to the end. Never throws for agent, model or sandbox failures: they end the run as errored. */
    public Trajectory run(Agent agent, TaskBrief brief, Sandbox sandbox, TurnListener listener, CancelFlag cancel) {
        List<ToolSpec> tools = HarnessTools.specs(config);
        RunInfo run = new RunInfo(UUID.randomUUID().toString(), brief.taskId(), agent.name(),
                agent.endpoint() == null ? null : agent.endpoint().info(), sandbox.backend(), clock.instant(), null, null, null,
                config.maxTurns(),
                config.commandTimeout().toSeconds(), config.contextBudgetTokens());
        listener.onStart(run);
        Session s = new Session(agent, sandbox, tools);
        s.conversation.add(new ChatMessage.System(Prompts.system(config)));
        s.conversation.add(new ChatMessage.User(ChatMessage.User.TASK, Prompts.task(brief)));
        RunStatus status = RunStatus.DONE;
        String error = null;
        try {
            agent.begin(new AgentContext(brief.taskId(), brief.snapshotDescription(), brief.defaultNamespace(),
                    Prompts.system(config), Prompts.task(brief), tools, config.maxTurns()));
            for (int t = 1; t <= config.maxTurns() && s.submission == null; t++) {
                if (cancel.isCancelled() || Thread.currentThread().isInterrupted()) {
                    status = RunStatus.INTERRUPTED;
                    error = "cancelled before turn " + t;
                    break;
                }
                Turn turn = turn(s, t);
                s.turns.add(turn);
                listener.onTurn(turn);
            }
            if (status == RunStatus.DONE && s.submission == null) {
                s.submission = Submission.none();
            }
        } catch (ModelCallException e) {
            status = cancel.isCancelled() ? RunStatus.INTERRUPTED : RunStatus.ERRORED;
            error = e.getMessage();
        } catch (RuntimeException e) {
            status = RunStatus.ERRORED;
            error = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replace('\n', ' ');
        }
        Trajectory trajectory = new Trajectory(Trajectory.SCHEMA, run.ended(clock.instant(), status, error), s.turns,
                status == RunStatus.DONE ? s.submission : null);
        listener.onEnd(trajectory);
        return trajectory;
    }

    /** Mutable state of one run. */
    private static final class Session {
        final Agent agent;
        final Sandbox sandbox;
        final List<ToolSpec> tools;
        final List<ChatMessage> conversation = new ArrayList<>();
        final List<Turn> turns = new ArrayList<>();
        List<ToolOutcome> previousOutcomes = List.of();
        boolean previousHadNoToolCall;
        int deltaStart;
        int protectFrom;
        Submission submission;

        Session(Agent agent, Sandbox sandbox, List<ToolSpec> tools) {
            this.agent = agent;
            this.sandbox = sandbox;
            this.tools = tools;
        }
    }

    private Turn turn(Session s, int t) throws ModelCallException {
        var started = clock.instant();
        int turnsLeft = config.maxTurns() - t + 1;
        if (s.previousHadNoToolCall) {
            s.conversation.add(new ChatMessage.User(ChatMessage.User.NUDGE, Prompts.nudge()));
        }
        if (turnsLeft <= config.warnTurns()) {
            s.conversation.add(new ChatMessage.User(ChatMessage.User.TURN_WARNING, Prompts.turnWarning(turnsLeft)));
        }
        List<ChatMessage> delta = List.copyOf(s.conversation.subList(s.deltaStart, s.conversation.size()));
        List<TrimRecord> trims = new ArrayList<>(ContextTrimmer.fit(s.conversation, s.tools, config.contextBudgetTokens(),
                s.protectFrom, "budget"));
        long t0 = System.nanoTime();
        AgentReply reply;
        try {
            reply = s.agent.act(new TurnRequest(t, turnsLeft, s.conversation, s.previousOutcomes));
        } catch (ModelCallException e) {
            if (!e.contextLength()) {
                throw e;
            }
            List<TrimRecord> more = ContextTrimmer.fit(s.conversation, s.tools, 0, s.protectFrom, "context_length_error");
            if (more.isEmpty()) {
                throw e;
            }
            trims.addAll(more);
            reply = s.agent.act(new TurnRequest(t, turnsLeft, s.conversation, s.previousOutcomes));
        }
        long measuredMs = (System.nanoTime() - t0) / 1_000_000;
        ChatMessage.Assistant msg = reply.message();
        s.conversation.add(msg);
        s.protectFrom = s.conversation.size();
        long toolStart = System.nanoTime();
        ToolBatch batch = executeCalls(s, msg.toolCalls());
        long toolMs = (System.nanoTime() - toolStart) / 1_000_000;
        s.previousOutcomes = batch.outcomes;
        s.previousHadNoToolCall = msg.toolCalls().isEmpty();
        s.deltaStart = s.conversation.size();
        return new Turn(t, started, clock.instant(), delta, msg.text(), msg.reasoningText(), batch.calls, batch.results,
                reply.usage(), reply.latencyMs() >= 0 ? reply.latencyMs() : measuredMs, toolMs, reply.costUsd(), trims,
                batch.malformed, reply.stopReason());
    }

    /** Results of one turn's tool calls. */
    private static final class ToolBatch {
        final List<ToolCallRecord> calls = new ArrayList<>();
        final List<ToolResultRecord> results = new ArrayList<>();
        final List<ToolOutcome> outcomes = new ArrayList<>();
        int malformed;
    }

    private ToolBatch executeCalls(Session s, List<ToolCall> calls) {
        ToolBatch b = new ToolBatch();
        List<ToolCall> ordered = new ArrayList<>();
        calls.stream().filter(c -> !HarnessTools.SUBMIT.equals(c.name())).forEach(ordered::add);
        calls.stream().filter(c -> HarnessTools.SUBMIT.equals(c.name())).forEach(ordered::add);
        int work = 0;
        for (ToolCall call : ordered) {
            boolean counted = !HarnessTools.SUBMIT.equals(call.name());
            if (counted && ++work > config.maxToolCallsPerReply()) {
                String why = overCap(config.maxToolCallsPerReply());
                b.calls.add(new ToolCallRecord(call.id(), call.name(), call.arguments(), false, why));
                b.malformed++;
                reject(s, b, call, why + ". Nothing was run.");
                continue;
            }
            HarnessTools.Parsed p = HarnessTools.parse(call.name(), call.arguments());
            b.calls.add(new ToolCallRecord(call.id(), call.name(), call.arguments(), p.valid(), p.error()));
            if (!p.valid()) {
                b.malformed++;
                reject(s, b, call, p.error() + ". Nothing was run.");
            } else if (HarnessTools.SHELL.equals(call.name())) {
                ExecResult r = s.sandbox.exec(p.command(), config.commandTimeout());
                b.results.add(new ToolResultRecord(call.id(), HarnessTools.SHELL, r.exitCode(), r.stdout(), r.stderr(),
                        r.stdoutChars(), r.stderrChars(), r.stdoutTruncated(), r.stderrTruncated(), r.duration().toMillis(),
                        r.timedOut(), null));
                b.outcomes.add(new ToolOutcome(call.id(), HarnessTools.SHELL, r, null));
                s.conversation.add(new ChatMessage.ToolResult(call.id(), call.name(),
                        ToolResultFormat.render(r, config.commandTimeout()).stripTrailing(), false, false));
            } else if (s.submission != null) {
                reject(s, b, call, "a submission was already received in this turn; this one is ignored");
            } else {
                s.submission = new Submission(p.entities(), p.reasoning(), true);
                b.results.add(new ToolResultRecord(call.id(), HarnessTools.SUBMIT, null, null, null, 0, 0, false, false, 0,
                        false, null));
                b.outcomes.add(new ToolOutcome(call.id(), HarnessTools.SUBMIT, null, null));
                s.conversation.add(new ChatMessage.ToolResult(call.id(), call.name(), "Submission received ("
                        + p.entities().size() + " entities). The session ends.", false, false));
            }
        }
        return b;
    }

    /** The error a call over the per-reply cap gets (also its {@code error} in the transcript). */
    static String overCap(int cap) {
        return "over the cap of " + cap + " tool calls per reply: split the work over several turns";
    }

    private static void reject(Session s, ToolBatch b, ToolCall call, String why) {
        b.results.add(ToolResultRecord.error(call.id(), call.name(), why));
        b.outcomes.add(new ToolOutcome(call.id(), call.name(), null, why));
        s.conversation.add(new ChatMessage.ToolResult(call.id(), call.name(), ShellResultFormat.error(why), true, false));
    }
}
