package io.srebench.run;

import io.srebench.agent.shortcut.ConstantAnswerAgent;
import io.srebench.agent.shortcut.ShortcutVoteAgent;
import io.srebench.task.Task;
import io.srebench.task.truth.RootCause;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The answer a user who studied the public tasks would submit blind: the root-cause entity that most tasks of a set
 * share (ties: the first in natural order). Read from the ground truths by the harness, never by an agent.
 */
public final class ConstantAnswer {
    /** Agents that take the constant answer as their {@link AgentSpec#ENTITIES_OPTION}. */
    public static final Set<String> USERS = Set.of(ConstantAnswerAgent.NAME, ShortcutVoteAgent.NAME);

    private ConstantAnswer() {
    }

    /** The most common root-cause entity of {@code tasks} as {@code namespace/Kind/name}; empty for no tasks. */
    public static List<String> mostCommon(List<Task> tasks, TaskScoring scoring) {
        Map<String, Integer> count = new TreeMap<>();
        for (Task t : tasks) {
            scoring.truthOf(t).rootCauses().stream().map(RootCause::entity).map(Object::toString).distinct()
                    .forEach(e -> count.merge(e, 1, Integer::sum));
        }
        return count.entrySet().stream().max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(e -> List.of(e.getKey())).orElse(List.of());
    }
}
