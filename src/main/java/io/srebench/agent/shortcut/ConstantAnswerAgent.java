package io.srebench.agent.shortcut;

import java.util.List;

/**
 * Submits a fixed list, whatever the snapshot says: what a user who studied the public tasks would submit (the audit
 * passes the most common ground-truth entity of the task set under audit).
 */
public final class ConstantAnswerAgent extends ShortcutAgent {
    public static final String NAME = "shortcut-constant";
    private final List<String> entities;

    public ConstantAnswerAgent(List<String> entities) {
        this.entities = List.copyOf(entities);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> commands() {
        return List.of();
    }

    @Override
    public List<String> answer(List<String> outputs, String defaultNamespace) {
        return entities;
    }
}
