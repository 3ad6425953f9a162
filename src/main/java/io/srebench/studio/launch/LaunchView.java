package io.srebench.studio.launch;

import io.srebench.studio.app.Subscriptions;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The "New benchmark" form: task checklist with a filter, agent checklist, repeats, concurrency, turn cap,
 * scoring variant; Start, or Resume an interrupted benchmark. Only binds to {@link LaunchViewModel}; what
 * Start and Resume do is the host's ({@code onStart}, {@code onResume}).
 */
public final class LaunchView extends BorderPane {
    private final Subscriptions subs = new Subscriptions();
    private final Label problems = new Label();

    public LaunchView(LaunchViewModel vm, Runnable onStart, Consumer<LaunchViewModel.ResumeChoice> onResume) {
        setId("launch");
        TextField filter = new TextField();
        filter.setId("launch-filter");
        filter.setPromptText("filter tasks");
        filter.textProperty().bindBidirectional(vm.filterProperty());
        subs.add(() -> filter.textProperty().unbindBidirectional(vm.filterProperty()));
        ListView<TaskChoice> tasks = new ListView<>(vm.shownTasks());
        tasks.setId("launch-tasks");
        tasks.setCellFactory(CheckBoxListCell.forListView(TaskChoice::selectedProperty, new StringConverter<>() {
            @Override
            public String toString(TaskChoice t) {
                return t == null ? "" : t.id() + " — " + t.title();
            }

            @Override
            public TaskChoice fromString(String s) {
                return null;
            }
        }));
        Button all = new Button("All shown");
        all.setId("launch-all");
        all.setOnAction(e -> vm.selectShown(true));
        Button none = new Button("None shown");
        none.setOnAction(e -> vm.selectShown(false));
        VBox.setVgrow(tasks, Priority.ALWAYS);
        VBox left = new VBox(6, new Label("Tasks"), filter, tasks, new HBox(6, all, none));
        left.setPadding(new Insets(8));
        left.setPrefWidth(520);

        ListView<AgentChoice> agents = new ListView<>(vm.agents());
        agents.setId("launch-agents");
        agents.setCellFactory(CheckBoxListCell.forListView(AgentChoice::selectedProperty));
        agents.setPrefHeight(160);
        TextField name = new TextField();
        name.setId("launch-name");
        name.setPromptText("name (optional)");
        name.textProperty().bindBidirectional(vm.nameProperty());
        subs.add(() -> name.textProperty().unbindBidirectional(vm.nameProperty()));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Repeats"), spinner("launch-repeats", vm.repeatsProperty(),
                LaunchViewModel.MAX_REPEATS));
        grid.addRow(1, new Label("Concurrency"), spinner("launch-concurrency", vm.concurrencyProperty(),
                LaunchViewModel.MAX_CONCURRENCY));
        grid.addRow(2, new Label("Turn cap"), spinner("launch-turns", vm.maxTurnsProperty(), LaunchViewModel.MAX_TURN_CAP));
        ComboBox<String> variant = new ComboBox<>();
        variant.setId("launch-variant");
        variant.getItems().setAll(LaunchViewModel.VARIANTS);
        variant.valueProperty().bindBidirectional(vm.variantProperty());
        subs.add(() -> variant.valueProperty().unbindBidirectional(vm.variantProperty()));
        grid.addRow(3, new Label("Scoring"), variant);
        ComboBox<String> sandboxes = new ComboBox<>();
        sandboxes.setId("launch-executor");
        sandboxes.getItems().setAll(LaunchViewModel.EXECUTORS);
        sandboxes.valueProperty().bindBidirectional(vm.sandboxExecutorProperty());
        subs.add(() -> sandboxes.valueProperty().unbindBidirectional(vm.sandboxExecutorProperty()));
        grid.addRow(4, new Label("Sandboxes"), sandboxes);
        // the cluster's fields take room only when sandboxes run as pods, so the agent list keeps its height
        clusterRow(grid, 5, "Context", clusterField(vm, "launch-context", "kubeconfig's current", vm.contextProperty()));
        clusterRow(grid, 6, "Namespace", clusterField(vm, "launch-namespace", "namespace (kubeconfig's)",
                vm.namespaceProperty()));
        clusterRow(grid, 7, "Image", clusterField(vm, "launch-image", "published sandbox image", vm.imageProperty()));

        Label count = new Label();
        count.setId("launch-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> vm.runCount() + " runs", vm.tasks(), vm.agents(),
                vm.repeatsProperty()));
        subs.add(count.textProperty()::unbind);
        problems.setId("launch-problems");
        problems.setWrapText(true);
        problems.setStyle("-fx-text-fill: #c62828;");
        Button start = new Button("Start");
        start.setId("launch-start");
        start.setDefaultButton(true);
        start.setOnAction(e -> {
            var p = vm.validate();
            problems.setText(String.join("\n", p));
            if (p.isEmpty()) {
                onStart.run();
            }
        });
        ComboBox<LaunchViewModel.ResumeChoice> resumeBox = new ComboBox<>(vm.resumable());
        resumeBox.setId("launch-resume-choice");
        resumeBox.setPromptText("interrupted benchmarks");
        Button resume = new Button("Resume");
        resume.setId("launch-resume");
        resume.disableProperty().bind(resumeBox.valueProperty().isNull());
        subs.add(resume.disableProperty()::unbind);
        resume.setOnAction(e -> onResume.accept(resumeBox.getValue()));
        VBox right = new VBox(8, new Label("Agents"), agents, name, grid, count, problems, new HBox(8, start),
                new Label("Resume"), new HBox(6, resumeBox, resume));
        right.setPadding(new Insets(8));
        setCenter(left);
        setRight(right);
        vm.refreshResumable();
    }

    private Spinner<Integer> spinner(String id, IntegerProperty p, int max) {
        Spinner<Integer> s = new Spinner<>(1, max, p.get());
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(110);
        subs.onChange(s.valueProperty(), (o, a, b) -> {
            if (b != null) {
                p.set(b);
            }
        });
        return s;
    }

    private void clusterRow(GridPane grid, int row, String label, TextField field) {
        Label l = new Label(label);
        grid.addRow(row, l, field);
        for (Node n : List.of(l, field)) {
            n.visibleProperty().bind(field.disableProperty().not());
            n.managedProperty().bind(n.visibleProperty());
            subs.add(n.visibleProperty()::unbind);
            subs.add(n.managedProperty()::unbind);
        }
    }

    /** A text field of the Kubernetes target, bound to {@code p} and enabled only when sandboxes run as pods. */
    private TextField clusterField(LaunchViewModel vm, String id, String prompt, StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(p);
        subs.add(() -> f.textProperty().unbindBidirectional(p));
        f.disableProperty().bind(vm.sandboxExecutorProperty().isNotEqualTo("kubernetes"));
        subs.add(f.disableProperty()::unbind);
        return f;
    }

    /** The last validation problems shown. */
    public String problems() {
        return problems.getText();
    }

    public void dispose() {
        subs.releaseAll();
    }
}
