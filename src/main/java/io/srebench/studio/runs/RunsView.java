package io.srebench.studio.runs;

import io.srebench.trajectory.RunStatus;
import io.srebench.run.RunSummary;
import io.srebench.studio.app.Subscriptions;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/** The runs browser: filters on top, a sortable virtualised table of run summaries. Binds only. */
public final class RunsView extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final RunsViewModel vm;
    private final Subscriptions subs = new Subscriptions();
    private final TableView<RunSummary> table = new TableView<>();

    public RunsView(RunsViewModel vm, Consumer<RunSummary> onOpen) {
        this(vm, onOpen, null);
    }

    /**
     * @param onCompare called with the two selected runs (Compare button, key C); null hides the button
     */
    public RunsView(RunsViewModel vm, Consumer<RunSummary> onOpen, BiConsumer<RunSummary, RunSummary> onCompare) {
        this.vm = vm;
        setId("runs-view");
        setTop(filterBar());
        SortedList<RunSummary> sorted = new SortedList<>(vm.runs());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        subs.add(() -> sorted.comparatorProperty().unbind());
        table.setItems(sorted);
        table.setId("runs-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No runs match. Run a benchmark (srebench run) or clear the filters."));
        addColumns();
        table.setRowFactory(tv -> {
            TableRow<RunSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            RunSummary sel = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && sel != null) {
                onOpen.accept(sel);
            } else if (e.getCode() == KeyCode.C && !e.isShortcutDown() && onCompare != null) {
                compareSelected(onCompare);
            }
        });
        setCenter(table);
        Label status = new Label();
        status.setId("runs-status");
        status.textProperty().bind(vm.statusLineProperty());
        Label error = new Label();
        error.getStyleClass().add("danger");
        error.textProperty().bind(vm.errorProperty());
        subs.add(() -> status.textProperty().unbind());
        subs.add(() -> error.textProperty().unbind());
        HBox bottom = new HBox(16, status, error);
        if (onCompare != null) {
            Button compare = new Button("Compare");
            compare.setId("runs-compare");
            compare.setTooltip(new javafx.scene.control.Tooltip("compare the two selected runs (C)"));
            compare.disableProperty().bind(javafx.beans.binding.Bindings.size(table.getSelectionModel().getSelectedItems())
                    .isNotEqualTo(2));
            subs.add(() -> compare.disableProperty().unbind());
            compare.setOnAction(e -> compareSelected(onCompare));
            bottom.getChildren().add(0, compare);
            bottom.setAlignment(Pos.CENTER_LEFT);
        }
        bottom.setPadding(new Insets(4, 8, 4, 8));
        setBottom(bottom);
    }

    private void compareSelected(BiConsumer<RunSummary, RunSummary> onCompare) {
        List<RunSummary> sel = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (sel.size() == 2) {
            onCompare.accept(sel.get(0), sel.get(1));
        }
    }

    public RunsViewModel viewModel() {
        return vm;
    }

    public TableView<RunSummary> table() {
        return table;
    }

    private HBox filterBar() {
        ComboBox<String> task = new ComboBox<>(vm.taskChoices());
        task.setId("filter-task");
        task.valueProperty().bindBidirectional(vm.taskProperty());
        ComboBox<String> agent = new ComboBox<>(vm.agentChoices());
        agent.setId("filter-agent");
        agent.valueProperty().bindBidirectional(vm.agentProperty());
        ComboBox<RunStatus> status = new ComboBox<>(FXCollections.observableArrayList(RunStatus.values()));
        status.getItems().add(0, null);
        status.setId("filter-status");
        status.setPromptText(RunsViewModel.ANY);
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(RunStatus s) {
                return s == null ? RunsViewModel.ANY : s.label();
            }

            @Override
            public RunStatus fromString(String s) {
                return s == null || s.equals(RunsViewModel.ANY) ? null : RunStatus.parse(s);
            }
        });
        status.valueProperty().bindBidirectional(vm.statusProperty());
        TextField min = scoreField("min score", vm.minScoreProperty());
        TextField max = scoreField("max score", vm.maxScoreProperty());
        TextField text = new TextField();
        text.setId("filter-text");
        text.setPromptText("search transcripts (Enter)");
        text.textProperty().bindBidirectional(vm.textProperty());
        text.setOnAction(e -> vm.refresh());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button clear = new Button("Clear");
        clear.setOnAction(e -> vm.clearFilters());
        subs.onChange(vm.taskProperty(), (o, a, b) -> vm.refresh());
        subs.onChange(vm.agentProperty(), (o, a, b) -> vm.refresh());
        subs.onChange(vm.statusProperty(), (o, a, b) -> vm.refresh());
        subs.add(() -> task.valueProperty().unbindBidirectional(vm.taskProperty()));
        subs.add(() -> agent.valueProperty().unbindBidirectional(vm.agentProperty()));
        subs.add(() -> status.valueProperty().unbindBidirectional(vm.statusProperty()));
        subs.add(() -> text.textProperty().unbindBidirectional(vm.textProperty()));
        HBox bar = new HBox(8, new Label("Task"), task, new Label("Agent"), agent, new Label("Status"), status,
                min, max, text, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private TextField scoreField(String prompt, javafx.beans.property.ObjectProperty<Double> target) {
        TextField f = new TextField();
        f.setPromptText(prompt);
        // Clear (or any reset of the bound) empties the field, so a stale bound is never re-applied
        subs.onChange(target, (o, a, b) -> {
            if (b == null && !f.getText().isBlank()) {
                f.setText("");
            }
        });
        f.setPrefColumnCount(6);
        f.setOnAction(e -> {
            String s = f.getText().trim();
            try {
                target.set(s.isEmpty() ? null : Double.parseDouble(s));
                f.getStyleClass().remove("danger");
            } catch (NumberFormatException ex) {
                f.getStyleClass().add("danger");
                return;
            }
            vm.refresh();
        });
        return f;
    }

    private void addColumns() {
        table.getColumns().add(column("Run", 60, r -> r.id()));
        table.getColumns().add(column("Task", 140, RunSummary::taskId));
        table.getColumns().add(column("Agent", 140, RunSummary::agent));
        table.getColumns().add(column("Model", 140, RunSummary::model));
        table.getColumns().add(column("Rep", 52, r -> r.repeat()));
        table.getColumns().add(column("Status", 90, r -> r.status().label()));
        TableColumn<RunSummary, String> error = errorColumn();
        // shown while some listed run has an error to show
        Runnable anyError = () -> error.setVisible(vm.runs().stream().anyMatch(r -> r.errorSummary() != null));
        subs.onInvalidate(vm.runs(), o -> anyError.run());
        anyError.run();
        table.getColumns().add(error);
        table.getColumns().add(column("Score", 70, RunSummary::score, RunsView::fmt));
        table.getColumns().add(column("Recall", 70, RunSummary::recall, RunsView::fmt));
        table.getColumns().add(column("Precision", 92, RunSummary::precision, RunsView::fmt));
        table.getColumns().add(column("Turns", 60, r -> r.turns()));
        table.getColumns().add(column("Cost $", 80, r -> r.costUsd(), v -> String.format(Locale.ROOT, "%.4f", v)));
        table.getColumns().add(column("Started", 180, r -> r.startedAt() == null ? null : TIME.format(r.startedAt())));
        TableColumn<RunSummary, String> match = column("Match", 360, r -> {
            var h = vm.hit(r.id());
            return h == null ? null : "turn " + (h.turnIndex() + 1) + ": " + h.snippet().replaceAll("\\s+", " ");
        });
        match.setId("runs-match-column");
        // only while a text search is on: the first hit of each run, opened at that turn with the match highlighted
        match.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.hits()));
        subs.add(match.visibleProperty()::unbind);
        table.getColumns().add(6, match);
    }

    /** The stored error reason and retry history of errored runs; the full text in the tooltip. */
    private static TableColumn<RunSummary, String> errorColumn() {
        TableColumn<RunSummary, String> c = column("Error", 240, RunSummary::errorSummary);
        c.setId("runs-error-column");
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item);
                RunSummary r = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(item == null || r == null ? null : new javafx.scene.control.Tooltip(r.error()));
                getStyleClass().remove("run-error");
                if (!empty && item != null) {
                    getStyleClass().add("run-error");
                }
            }
        });
        return c;
    }

    private static String fmt(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.3f", d);
    }

    private static <T extends Comparable<T>> TableColumn<RunSummary, T> column(String title, double width,
                                                                                Function<RunSummary, T> value) {
        return column(title, width, value, v -> v == null ? "" : String.valueOf(v));
    }

    private static <T extends Comparable<T>> TableColumn<RunSummary, T> column(String title, double width,
            Function<RunSummary, T> value, Function<T, String> format) {
        TableColumn<RunSummary, T> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : format.apply(item));
            }
        });
        return c;
    }

    /** Releases every listener this view registered on its view-model. */
    public void dispose() {
        subs.releaseAll();
    }
}
