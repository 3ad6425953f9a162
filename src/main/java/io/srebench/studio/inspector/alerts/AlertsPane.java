package io.srebench.studio.inspector.alerts;

import io.srebench.studio.kit.alerts.AlertRow;
import io.srebench.studio.app.Subscriptions;
import io.srebench.studio.inspector.InspectorViewModel;
import io.srebench.studio.kit.SnapshotData;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The alerts pane: a table of the snapshot's alerts (firing at the current turn's poll, and whether the agent has
 * looked at them yet) over a timeline of all polls. Binds to the view-model only.
 */
public final class AlertsPane extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    /** Table width from which severity and start time get their own columns. */
    private static final double WIDE_TABLE = 420;

    private final InspectorViewModel vm;
    private final Subscriptions subs = new Subscriptions();
    private final TableView<AlertRow> table = new TableView<>();
    private final AlertTimelineView timeline = new AlertTimelineView();
    private final Label rule = new Label();

    public AlertsPane(InspectorViewModel vm) {
        this.vm = vm;
        setId("alerts-pane");
        getStyleClass().add("inspector-pane");
        Label title = new Label("Alerts");
        title.getStyleClass().add("pane-title");
        rule.getStyleClass().add("pane-note");
        rule.setId("alerts-rule");
        rule.setWrapText(true);
        VBox top = new VBox(2, title, rule);
        top.setPadding(new Insets(4));
        setTop(top);
        table.setId("alerts-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<AlertRow, String> mark = column("", 46, this::mark);
        mark.setMinWidth(46);
        mark.setMaxWidth(46);
        table.getColumns().add(mark);
        table.getColumns().add(column("Alert", 140, AlertRow::name));
        table.getColumns().add(column("Entity", 110, r -> r.entityValue() == null ? "" : r.entityValue()));
        TableColumn<AlertRow, String> severity = column("Severity", 60, r -> r.severity() == null ? "" : r.severity());
        TableColumn<AlertRow, String> since = column("Active since", 70,
                r -> r.activeAt() == null ? "" : TIME.format(r.activeAt()));
        table.getColumns().add(severity);
        table.getColumns().add(since);
        // In a narrow pane the secondary columns would squeeze alert and entity names to "Hig…": they show only
        // when there is room (both are in every row's tooltip anyway).
        subs.onChange(table.widthProperty(), (o, a, b) -> {
            boolean roomy = b.doubleValue() >= WIDE_TABLE;
            severity.setVisible(roomy);
            since.setVisible(roomy);
        });
        severity.setVisible(false);
        since.setVisible(false);
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(AlertRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("alert-firing", "alert-looked");
                setTooltip(null);
                if (!empty && item != null) {
                    setTooltip(new javafx.scene.control.Tooltip(item.name() + "\n" + item.entityText()
                            + (item.namespace() == null ? "" : "\nnamespace " + item.namespace())
                            + (item.activeAt() == null ? "" : "\nactive since " + item.activeAt())));
                    AlertsState s = vm.alertsStateProperty().get();
                    if (s.firing().contains(item.key())) {
                        getStyleClass().add("alert-firing");
                    }
                    if (s.lookedAt().contains(item.key())) {
                        getStyleClass().add("alert-looked");
                    }
                }
            }
        });
        ScrollPane tl = new ScrollPane(timeline);
        tl.setFitToWidth(true);
        tl.setPrefViewportHeight(120);
        tl.getStyleClass().add("timeline-scroll");
        VBox center = new VBox(table, new Label(" Timeline: active → last poll; orange line = current turn"), tl);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        setCenter(center);
        subs.onChange(vm.snapshotProperty(), (o, a, b) -> showSnapshot(b));
        subs.onChange(vm.alertsStateProperty(), (o, a, b) -> showState(b));
        showSnapshot(vm.snapshotProperty().get());
    }

    private String mark(AlertRow r) {
        AlertsState s = vm.alertsStateProperty().get();
        return (s.firing().contains(r.key()) ? "●" : "○") + (s.lookedAt().contains(r.key()) ? "✓" : "");
    }

    private void showSnapshot(SnapshotData s) {
        table.getItems().setAll(s.alerts().rows());
        String none = s.note() != null ? s.note() : "no alerts in this snapshot";
        table.setPlaceholder(new Label(s.alerts().rows().isEmpty() ? none : ""));
        showState(vm.alertsStateProperty().get());
    }

    private void showState(AlertsState s) {
        SnapshotData snap = vm.snapshotProperty().get();
        int looked = s.lookedAt().size();
        rule.setText(snap.alerts().isEmpty() ? "" : s.firing().size() + " firing at " + s.rule() + " · " + looked + " of "
                + snap.alerts().rows().size() + " looked at");
        table.refresh();
        timeline.show(snap.alerts(), s);
    }

    public TableView<AlertRow> table() {
        return table;
    }

    private static TableColumn<AlertRow, String> column(String title, double width, Function<AlertRow, String> f) {
        TableColumn<AlertRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        return c;
    }

    public void dispose() {
        subs.releaseAll();
    }
}
