package io.srebench.agent;

import io.srebench.agent.model.Endpoint;
import io.srebench.agent.model.ModelCallException;

/**
 * Something that investigates a task turn by turn: a model behind an API ({@link ModelAgent}) or a scripted
 * baseline. An agent never runs commands itself: each turn it returns tool calls, and the {@link AgentLoop}
 * executes them through the one shell tool, so every agent's actions are sandboxed, limited and recorded alike.
 *
 * <p>One instance serves one run; the loop calls {@link #begin} once, then {@link #act} once per turn until the
 * agent submits, the turn cap is reached, or the run is cancelled.
 */
public interface Agent {
    /** Registry name, recorded with the run. */
    String name();

    /** The model endpoint this agent calls, or null for agents without a model. */
    default Endpoint endpoint() {
        return null;
    }

    /** Called once before the first turn. */
    default void begin(AgentContext context) {
    }

    /**
     * One turn: the reply to the conversation so far.
     *
     * @throws ModelCallException when the model could not be reached (after retries): the run is marked errored
     */
    AgentReply act(TurnRequest request) throws ModelCallException;
}
