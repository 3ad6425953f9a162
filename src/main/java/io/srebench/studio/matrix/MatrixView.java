package io.srebench.studio.matrix;

import io.srebench.run.Leaderboard;
import io.srebench.studio.app.Subscriptions;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;

/** Task x agent matrix: mean score ± spread over repeats and cost per run; double-click a cell to open its runs. */
public final class MatrixView extends BorderPane {
    private final MatrixViewModel vm;
    private final TableView<MatrixViewModel.Row> table = new TableView<>();
    private final Subscriptions subs = new Subscriptions();
    private final Consumer<Leaderboard.Cell> onOpen;
    private Consumer<Leaderboard.Cell> onCompare;

    public MatrixView(MatrixViewModel vm, Consumer<Leaderboard.Cell> onOpen) {
        this.vm = vm;
        this.onOpen = onOpen;
        setId("matrix-view");
        table.setId("matrix-table");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label("No scored runs yet."));
        rebuildColumns();
        ListChangeListener<String> l = c -> rebuildColumns();
        vm.agents().addListener(l);
        subs.add(() -> vm.agents().removeListener(l));
        setCenter(table);
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        subs.add(() -> status.textProperty().unbind());
        status.setPadding(new Insets(4, 8, 4, 8));
        setBottom(status);
    }

    /** What compares the first two runs of a cell (context menu "Compare first two repeats", shift+double-click). */
    public void setOnCompare(Consumer<Leaderboard.Cell> onCompare) {
        this.onCompare = onCompare;
    }

    public TableView<MatrixViewModel.Row> table() {
        return table;
    }

    private void rebuildColumns() {
        table.getColumns().clear();
        TableColumn<MatrixViewModel.Row, String> task = new TableColumn<>("Task");
        task.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().taskId()));
        task.setPrefWidth(160);
        table.getColumns().add(task);
        for (int i = 0; i < vm.agents().size(); i++) {
            int idx = i;
            TableColumn<MatrixViewModel.Row, Leaderboard.Cell> c = new TableColumn<>(vm.agents().get(i));
            c.setPrefWidth(170);
            c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().cells().get(idx)));
            c.setCellFactory(col -> new CellView());
            table.getColumns().add(c);
        }
    }

    /** Colours a cell from red (0) to green (1) by its mean score. */
    private final class CellView extends TableCell<MatrixViewModel.Row, Leaderboard.Cell> {
        CellView() {
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() != null) {
                    if (e.isShiftDown() && onCompare != null && getItem().runIds().size() >= 2) {
                        onCompare.accept(getItem());
                    } else {
                        onOpen.accept(getItem());
                    }
                }
            });
        }

        @Override
        protected void updateItem(Leaderboard.Cell cell, boolean empty) {
            super.updateItem(cell, empty);
            if (empty || cell == null) {
                setText(empty ? null : "–");
                setStyle("");
                setTooltip(null);
                setContextMenu(null);
                return;
            }
            setText(String.format(Locale.ROOT, "%.2f ± %.2f  ·  $%.3f%s", cell.mean(), cell.spread(), cell.costPerRun(),
                    cell.errored() > 0 ? "  ·  " + cell.errored() + " errored" : ""));
            int hue = (int) Math.round(120 * cell.mean());
            setStyle(String.format(Locale.ROOT, "-fx-background-color: hsb(%d, 35%%, 95%%); -fx-text-fill: #1f2328;", hue));
            boolean two = onCompare != null && cell.runIds().size() >= 2;
            setTooltip(new Tooltip(cell.scores().size() + " runs: " + cell.scores() + "\ndouble-click to open"
                    + (two ? "; shift+double-click or right-click to compare the first two repeats" : "")));
            if (two) {
                javafx.scene.control.MenuItem compare = new javafx.scene.control.MenuItem("Compare first two repeats");
                compare.setOnAction(e -> onCompare.accept(cell));
                setContextMenu(new javafx.scene.control.ContextMenu(compare));
            } else {
                setContextMenu(null);
            }
        }
    }

    public void dispose() {
        subs.releaseAll();
    }
}
