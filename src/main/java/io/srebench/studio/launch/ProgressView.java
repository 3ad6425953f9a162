package io.srebench.studio.launch;

import io.srebench.trajectory.RunStatus;
import io.srebench.studio.app.Subscriptions;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;

/**
 * Progress of a benchmark: overall bar, cost, Cancel and Resume, and the runs (running first) with a turn
 * bar each. Only binds to {@link ProgressViewModel}; {@link #dispose()} releases the bindings (the
 * benchmark keeps running; cancelling is the host's decision).
 */
public final class ProgressView extends BorderPane {
    private final Subscriptions subs = new Subscriptions();
    private final TableView<RunProgress> table = new TableView<>();
    private java.util.function.LongConsumer onOpenRun = id -> { };

    public ProgressView(ProgressViewModel vm) {
        setId("benchmark-progress");
        ProgressBar overall = new ProgressBar();
        overall.setId("progress-overall");
        overall.setPrefWidth(260);
        overall.progressProperty().bind(vm.fractionProperty());
        subs.add(overall.progressProperty()::unbind);
        Label status = new Label();
        status.setId("progress-status");
        status.textProperty().bind(vm.statusLineProperty());
        subs.add(status.textProperty()::unbind);
        Label cost = new Label();
        cost.setId("progress-cost");
        cost.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "cost $%.4f",
                vm.costProperty().get()), vm.costProperty()));
        subs.add(cost.textProperty()::unbind);
        Button cancel = new Button("Cancel");
        cancel.setId("progress-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        subs.add(cancel.disableProperty()::unbind);
        cancel.setOnAction(e -> vm.cancel());
        Button resume = new Button("Resume");
        resume.setId("progress-resume");
        resume.disableProperty().bind(vm.resumableProperty().not().or(vm.runningProperty()));
        subs.add(resume.disableProperty()::unbind);
        resume.setOnAction(e -> vm.resume());
        setTop(new ToolBar(new Label("Benchmark #" + vm.benchmarkId()), overall, status, cost, cancel, resume));

        table.setId("progress-runs");
        table.setItems(vm.runs());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<RunProgress, String> id = new TableColumn<>("run");
        id.setCellValueFactory(d -> new ReadOnlyStringWrapper(Long.toString(d.getValue().runId())));
        TableColumn<RunProgress, String> task = new TableColumn<>("task");
        task.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().taskId()));
        TableColumn<RunProgress, String> agent = new TableColumn<>("agent");
        agent.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().agent() + " #" + d.getValue().repeat()));
        TableColumn<RunProgress, RunStatus> st = new TableColumn<>("status");
        st.setCellValueFactory(d -> d.getValue().statusProperty());
        // the same words as the runs browser ("running", "done"), not the enum's constants
        st.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(RunStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.label());
            }
        });
        TableColumn<RunProgress, Number> turns = new TableColumn<>("turns");
        turns.setCellValueFactory(d -> d.getValue().turnsProperty());
        turns.setCellFactory(c -> new TurnCell(vm.maxTurns()));
        TableColumn<RunProgress, String> score = new TableColumn<>("score");
        score.setCellValueFactory(d -> Bindings.createStringBinding(() -> d.getValue().scoreProperty().get() == null ? ""
                : String.format(Locale.ROOT, "%.2f", d.getValue().scoreProperty().get()), d.getValue().scoreProperty()));
        table.getColumns().add(id);
        table.getColumns().add(task);
        table.getColumns().add(agent);
        table.getColumns().add(st);
        table.getColumns().add(turns);
        table.getColumns().add(score);
        TableColumn<RunProgress, String> error = new TableColumn<>("error");
        error.setId("progress-error-column");
        error.setCellValueFactory(d -> d.getValue().errorProperty());
        error.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s);
                setTooltip(empty || s == null ? null : new javafx.scene.control.Tooltip(s));
            }
        });
        table.getColumns().add(error);
        // a row opens its run (double-click or Enter), running ones in the inspector's live-follow mode
        table.setRowFactory(tv -> {
            javafx.scene.control.TableRow<RunProgress> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpenRun.accept(row.getItem().runId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            RunProgress sel = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && sel != null) {
                e.consume();
                onOpenRun.accept(sel.runId());
            }
        });
        table.setPlaceholder(new Label("no runs yet"));
        setCenter(table);
        setPadding(new Insets(0));
    }

    /** What opening a row does (the host opens the run in the inspector). */
    public void setOnOpenRun(java.util.function.LongConsumer open) {
        this.onOpenRun = open == null ? id -> { } : open;
    }

    /** A turn count with a bar against the turn cap. */
    private static final class TurnCell extends TableCell<RunProgress, Number> {
        private final ProgressBar bar = new ProgressBar(0);
        private final int cap;

        TurnCell(int cap) {
            this.cap = cap;
            bar.setPrefWidth(90);
        }

        @Override
        protected void updateItem(Number n, boolean empty) {
            super.updateItem(n, empty);
            if (empty || n == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            bar.setProgress(cap <= 0 ? 0 : Math.min(1, n.doubleValue() / cap));
            setGraphic(bar);
            setText(n.intValue() + " / " + cap);
        }
    }

    public TableView<RunProgress> table() {
        return table;
    }

    public void dispose() {
        subs.releaseAll();
        table.setItems(FXCollections.observableArrayList());
    }
}
