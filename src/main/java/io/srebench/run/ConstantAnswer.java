package io.srebench.run;

import io.srebench.task.Task;
import io.srebench.task.truth.RootCause;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answer a user who studied the public tasks would submit blind: the root-cause entity that most tasks of a set
 * share (ties: the first in natural order). Read from the ground truths by the harness, never by an agent; agents that
 * take it ({@code Agents.needs(name) == CONSTANT_ANSWER}) get it as their {@link AgentSpec#ENTITIES_OPTION}.
 */
public final class ConstantAnswer {
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
