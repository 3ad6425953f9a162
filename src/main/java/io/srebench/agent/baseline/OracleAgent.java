package io.srebench.agent.baseline;

import io.srebench.agent.Agent;
import io.srebench.agent.AgentReply;
import io.srebench.agent.TurnRequest;
import java.util.List;

/**
 * For tests and benchmarks of the pipeline only: knows the answer. Lists the snapshot once (so it exercises the
 * shell tool like any agent), then submits the ground-truth entities it was constructed with.
 */
public final class OracleAgent implements Agent {
    public static final String NAME = "oracle";
    private final List<String> answer;

    public OracleAgent(List<String> groundTruthEntities) {
        this.answer = List.copyOf(groundTruthEntities);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AgentReply act(TurnRequest request) {
        if (request.turn() == 1 && request.turnsLeft() > 1) {
            return AgentReply.scripted("Listing the snapshot.", List.of(ScriptedCalls.shell(1, 1, "ls /snapshot")));
        }
        return AgentReply.scripted("Submitting the known answer.",
                List.of(ScriptedCalls.submit(request.turn(), answer, "oracle: ground-truth entities")));
    }
}
