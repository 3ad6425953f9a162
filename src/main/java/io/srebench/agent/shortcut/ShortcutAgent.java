package io.srebench.agent.shortcut;

import io.srebench.agent.Agent;
import io.srebench.agent.AgentContext;
import io.srebench.agent.AgentReply;
import io.srebench.agent.ToolOutcome;
import io.srebench.agent.TurnRequest;
import io.srebench.agent.baseline.ScriptedCalls;
import io.srebench.trajectory.ToolCall;
import java.util.ArrayList;
import java.util.List;

/**
 * A shortcut: an answer found without reasoning, by a few fixed queries a skeptical benchmark user would write
 * against the snapshot's file formats. Turn 1 runs {@link #commands()} through the shell tool (nothing else is read;
 * never the ground truth); turn 2 submits {@link #answer} of their outputs. These agents are the benchmark's guard
 * against tasks with a lookup answer ({@code srebench tasks audit}) and baselines a reasoning agent must beat.
 */
public abstract class ShortcutAgent implements Agent {
    private String defaultNamespace;

    /** The shell commands run in turn 1, in order; empty for an agent that needs none. */
    public abstract List<String> commands();

    /**
     * The entities to submit, best first.
     *
     * @param outputs stdout of each of {@link #commands()}, same order (empty when a command did not run)
     * @param defaultNamespace the task's application namespace, or null
     */
    public abstract List<String> answer(List<String> outputs, String defaultNamespace);

    @Override
    public void begin(AgentContext context) {
        defaultNamespace = context.defaultNamespace();
    }

    @Override
    public AgentReply act(TurnRequest request) {
        List<String> commands = commands();
        if (request.turn() == 1 && request.turnsLeft() > 1 && !commands.isEmpty()) {
            List<ToolCall> calls = new ArrayList<>();
            for (int i = 0; i < commands.size(); i++) {
                calls.add(ScriptedCalls.shell(1, i + 1, commands.get(i)));
            }
            return AgentReply.scripted("Running the " + name() + " queries.", calls);
        }
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            String id = "t1c" + (i + 1);
            outputs.add(request.previousOutcomes().stream().filter(o -> o.callId().equals(id)).map(ToolOutcome::stdout)
                    .findFirst().orElse(""));
        }
        List<String> entities = answer(outputs, defaultNamespace).stream().distinct().toList();
        return AgentReply.scripted("Submitting the " + name() + " answer.",
                List.of(ScriptedCalls.submit(request.turn(), entities, name() + ": a shortcut, not an investigation")));
    }
}
