package io.srebench.studio.kit;

import java.util.Objects;

/** The stylesheet the run views share: the inspector's panes and the topology graph the comparison draws as well. */
public final class RunViewStyles {
    /** External form of {@code run-views.css}, for {@code getStylesheets().add(..)}. */
    public static final String STYLESHEET = Objects.requireNonNull(
            RunViewStyles.class.getResource("run-views.css")).toExternalForm();

    private RunViewStyles() {
    }
}
