package io.srebench.studio.launch;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A task in the launch checklist. */
public final class TaskChoice {
    private final String id;
    private final String title;
    private final BooleanProperty selected = new SimpleBooleanProperty();

    public TaskChoice(String id, String title) {
        this.id = id;
        this.title = title == null ? "" : title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }
}
