package io.srebench.studio.launch;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** An agent in the launch dialog: a built-in baseline or a configured model endpoint. */
public final class AgentChoice {
    private final String name;
    private final String description;
    private final BooleanProperty selected = new SimpleBooleanProperty();

    public AgentChoice(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    @Override
    public String toString() {
        return name + " — " + description;
    }
}
