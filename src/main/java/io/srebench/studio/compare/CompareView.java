package io.srebench.studio.compare;

import io.srebench.studio.app.StudioContext;
import io.srebench.studio.app.Subscriptions;
import io.srebench.studio.kit.RunViewContext;
import io.srebench.studio.kit.scoring.AnnotationEditor;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Two runs of the same task side by side: both transcripts stepped together (aligned by turn number or on first
 * touches, a toggle), under them run A's submission and score explanation, in tabs the topology and an entity table
 * with both runs' touched sets so far in two colours (blue: A, orange: B, split: both; {@link CompareTopologyPane}),
 * and run B's. Keys: {@code j}/{@code k} step, {@code g}/{@code G} first and
 * last, {@code m} switches the alignment. Open it with {@link #open(StudioContext, long, long)}; call
 * {@link #dispose()} when it closes.
 */
public final class CompareView extends BorderPane {
    /** Colour of run A's touches. */
    public static final String COLOUR_A = "#2563eb";
    /** Colour of run B's touches. */
    public static final String COLOUR_B = "#d97706";
    private static final double CELL_HEIGHT = 92;

    private final CompareViewModel vm;
    private final Subscriptions subs = new Subscriptions();
    private final ListView<AlignedRow> listA = new ListView<>();
    private final ListView<AlignedRow> listB = new ListView<>();
    private final TableView<EntityRow> table = new TableView<>();
    private final SidePanel panelA;
    private final SidePanel panelB;
    private final Label errorLabel = new Label();
    private final TabPane middle = new TabPane();
    private final CompareTopologyPane topology;

    /** A view of {@code vm}; the caller calls {@link CompareViewModel#load()}. */
    public CompareView(CompareViewModel vm) {
        this.vm = vm;
        setId("compare-view");
        panelA = new SidePanel(vm, true, COLOUR_A);
        panelB = new SidePanel(vm, false, COLOUR_B);
        setTop(toolbar());
        transcript(listA, true);
        transcript(listB, false);
        SplitPane transcripts = new SplitPane(listA, listB);
        entityTable();
        topology = new CompareTopologyPane(vm);
        Tab graphTab = new Tab("Topology", topology);
        graphTab.setId("compare-topology-tab");
        Tab tableTab = new Tab("Entities", tablePane());
        tableTab.setId("compare-entities-tab");
        middle.getTabs().addAll(graphTab, tableTab);
        middle.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        middle.setId("compare-middle");
        SplitPane bottom = new SplitPane(scroll(panelA), middle, scroll(panelB));
        bottom.setDividerPositions(0.28, 0.72);
        SplitPane center = new SplitPane(transcripts, bottom);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.4);
        errorLabel.setId("compare-error");
        errorLabel.setWrapText(true);
        errorLabel.setStyle("-fx-font-size: 14px; -fx-text-fill: #b42318; -fx-padding: 24;");
        setCenter(center);
        subs.onChange(vm.errorProperty(), (o, a, b) -> setCenter(b.isEmpty() ? center : errorLabel));
        errorLabel.textProperty().bind(vm.errorProperty());
        subs.add(() -> errorLabel.textProperty().unbind());
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        subs.add(() -> message.textProperty().unbind());
        HBox status = new HBox(message);
        status.setPadding(new Insets(2, 8, 2, 8));
        setBottom(status);
        listA.setItems(vm.rows());
        listB.setItems(vm.rows());
        table.setItems(vm.entities());
        subs.onChange(vm.currentProperty(), (o, a, b) -> follow(b.intValue()));
        Runnable rerender = () -> {
            panelA.render();
            panelB.render();
        };
        subs.onChange(vm.sideAProperty(), (o, a, b) -> rerender.run());
        subs.onChange(vm.firstTouchesAProperty(), (o, a, b) -> rerender.run());
        subs.onChange(vm.firstTouchesBProperty(), (o, a, b) -> rerender.run());
        subs.onChange(vm.revealGroundTruthProperty(), (o, a, b) -> rerender.run());
        subs.onChange(vm.truthNoteProperty(), (o, a, b) -> rerender.run());
        addEventFilter(KeyEvent.KEY_TYPED, this::onKeyTyped);
    }

    /** Creates the comparison of {@code runA} and {@code runB}, starts loading it, and returns the view (for a tab). */
    public static CompareView open(StudioContext ctx, long runA, long runB) {
        CompareViewModel vm = new CompareViewModel(RunViewContext.from(ctx), ctx.store(), runA, runB);
        CompareView v = new CompareView(vm);
        vm.load();
        return v;
    }

    private HBox toolbar() {
        Label title = new Label("compare run " + vm.runA() + " (A) with run " + vm.runB() + " (B)");
        title.setId("compare-title");
        title.setStyle("-fx-font-weight: bold;");
        subs.onChange(vm.sideAProperty(), (o, a, b) -> title.setText("compare · task " + b.summary().taskId() + " · run "
                + vm.runA() + " (A) with run " + vm.runB() + " (B)"));
        ToggleGroup group = new ToggleGroup();
        ToggleButton byTurn = new ToggleButton(AlignMode.BY_TURN.text());
        byTurn.setId("compare-by-turn");
        ToggleButton byTouch = new ToggleButton(AlignMode.BY_FIRST_TOUCH.text());
        byTouch.setId("compare-by-touch");
        byTurn.setToggleGroup(group);
        byTouch.setToggleGroup(group);
        byTurn.setSelected(vm.modeProperty().get() == AlignMode.BY_TURN);
        byTouch.setSelected(vm.modeProperty().get() == AlignMode.BY_FIRST_TOUCH);
        byTurn.setOnAction(e -> vm.modeProperty().set(AlignMode.BY_TURN));
        byTouch.setOnAction(e -> vm.modeProperty().set(AlignMode.BY_FIRST_TOUCH));
        subs.onChange(vm.modeProperty(), (o, a, b) -> {
            byTurn.setSelected(b == AlignMode.BY_TURN);
            byTouch.setSelected(b == AlignMode.BY_FIRST_TOUCH);
        });
        CheckBox reveal = new CheckBox("Reveal ground truth");
        reveal.setId("compare-reveal");
        reveal.selectedProperty().bindBidirectional(vm.revealGroundTruthProperty());
        subs.add(() -> reveal.selectedProperty().unbindBidirectional(vm.revealGroundTruthProperty()));
        Button first = nav("|◀", vm::first);
        Button prev = nav("◀", vm::previous);
        Button next = nav("▶", vm::next);
        Button last = nav("▶|", vm::last);
        prev.setId("compare-prev");
        next.setId("compare-next");
        Label step = new Label();
        step.setId("compare-step");
        step.textProperty().bind(vm.stepLabelProperty());
        subs.add(() -> step.textProperty().unbind());
        HBox grow = new HBox();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(6, title, grow, new Label("align"), byTurn, byTouch, reveal, first, prev, next, last, step);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        return bar;
    }

    private static Button nav(String text, Runnable action) {
        Button b = new Button(text);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void transcript(ListView<AlignedRow> list, boolean isA) {
        list.setId(isA ? "compare-transcript-a" : "compare-transcript-b");
        list.setFixedCellSize(CELL_HEIGHT);
        list.setCellFactory(lv -> new TurnCell(isA));
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0 && b.intValue() != vm.currentProperty().get()) {
                vm.goTo(b.intValue());
            }
        });
    }

    private void follow(int row) {
        for (ListView<AlignedRow> l : List.of(listA, listB)) {
            if (row >= 0 && l.getSelectionModel().getSelectedIndex() != row) {
                l.getSelectionModel().select(row);
            }
            if (row >= 0) {
                l.scrollTo(Math.max(0, row - 1));
            }
        }
    }

    /** One side of one step: the turn's commands and the start of their output, or a gap. */
    private final class TurnCell extends ListCell<AlignedRow> {
        private final boolean isA;

        TurnCell(boolean isA) {
            this.isA = isA;
        }

        @Override
        protected void updateItem(AlignedRow row, boolean empty) {
            super.updateItem(row, empty);
            setStyle("");
            if (empty || row == null) {
                setText(null);
                return;
            }
            Integer t = isA ? row.a() : row.b();
            CompareSide s = isA ? vm.sideAProperty().get() : vm.sideBProperty().get();
            if (t == null || s == null || t >= s.turns().size()) {
                setText("—");
                setStyle("-fx-opacity: 0.5;");
                return;
            }
            setText(TurnText.of(s.turns().get(t), row.anchors()));
            if (!row.anchors().isEmpty()) {
                setStyle("-fx-border-color: " + (isA ? COLOUR_A : COLOUR_B) + "; -fx-border-width: 0 0 0 4;");
            }
        }
    }

    private void entityTable() {
        table.setId("compare-entities");
        table.setPlaceholder(new Label("no entities"));
        TableColumn<EntityRow, String> name = new TableColumn<>("Entity");
        name.setPrefWidth(190);
        name.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>((cd.getValue().rootCause() ? "★ " : "")
                + cd.getValue().entity()));
        table.getColumns().add(name);
        table.getColumns().add(column("A turn", 55, r -> turn(r.firstA())));
        table.getColumns().add(column("B turn", 55, r -> turn(r.firstB())));
        table.getColumns().add(column("A", 85, r -> r.outcomeA() == null ? "" : r.outcomeA().replace('_', ' ')));
        table.getColumns().add(column("B", 85, r -> r.outcomeB() == null ? "" : r.outcomeB().replace('_', ' ')));
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(EntityRow r, boolean empty) {
                super.updateItem(r, empty);
                setStyle(empty || r == null ? "" : styleOf(r));
            }
        });
    }

    /** The two-colour style of an entity row: A's colour, B's colour, both (a split) or none. */
    static String styleOf(EntityRow r) {
        String base = r.rootCause() ? "-fx-font-weight: bold; " : "";
        return base + switch (r.touchedBy()) {
            case "both" -> "-fx-background-color: linear-gradient(to right, " + COLOUR_A + "55 0%, " + COLOUR_A + "55 50%, "
                    + COLOUR_B + "55 50%, " + COLOUR_B + "55 100%);";
            case "a" -> "-fx-background-color: " + COLOUR_A + "40;";
            case "b" -> "-fx-background-color: " + COLOUR_B + "40;";
            default -> "";
        };
    }

    private static String turn(Integer t) {
        return t == null ? "" : String.valueOf(t + 1);
    }

    private static TableColumn<EntityRow, String> column(String title, double width,
                                                         java.util.function.Function<EntityRow, String> f) {
        TableColumn<EntityRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        return c;
    }

    private VBox tablePane() {
        Label legend = new Label("touched by");
        Label a = new Label("■ A");
        a.setStyle("-fx-text-fill: " + COLOUR_A + "; -fx-font-weight: bold;");
        Label b = new Label("■ B");
        b.setStyle("-fx-text-fill: " + COLOUR_B + "; -fx-font-weight: bold;");
        Label rest = new Label("(turn = first touch; ★ = true root cause)");
        for (Label l : List.of(legend, a, b)) {
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox head = new HBox(6, legend, a, b, rest);
        head.setPadding(new Insets(4));
        VBox box = new VBox(head, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private static ScrollPane scroll(SidePanel p) {
        ScrollPane sp = new ScrollPane(p);
        sp.setFitToWidth(true);
        return sp;
    }

    private void onKeyTyped(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCharacter()) {
            case "j" -> vm.next();
            case "k" -> vm.previous();
            case "g" -> vm.first();
            case "G" -> vm.last();
            case "m" -> vm.modeProperty().set(vm.modeProperty().get() == AlignMode.BY_TURN ? AlignMode.BY_FIRST_TOUCH
                    : AlignMode.BY_TURN);
            default -> {
                return;
            }
        }
        e.consume();
    }

    public CompareViewModel viewModel() {
        return vm;
    }

    /** The annotation editors of run A ({@code a} true) or B currently shown. */
    public List<AnnotationEditor> annotationEditors(boolean a) {
        return (a ? panelA : panelB).editors();
    }

    public ListView<AlignedRow> transcript(boolean a) {
        return a ? listA : listB;
    }

    /** The topology of both runs' touched sets (the first tab under the transcripts). */
    public CompareTopologyPane topologyPane() {
        return topology;
    }

    /** The tabs under the transcripts: topology, entity table. */
    public TabPane middleTabs() {
        return middle;
    }

    public TableView<EntityRow> entityTableView() {
        return table;
    }

    /** Whether everything requested so far has arrived (or the comparison was refused). For tests and headless renders. */
    public boolean isSettled() {
        return vm.pendingProperty().get() == 0 && (vm.loadedProperty().get() || !vm.errorProperty().get().isEmpty());
    }

    /** Releases listeners and drops background results still to come. */
    public void dispose() {
        subs.releaseAll();
        panelA.dispose();
        panelB.dispose();
        topology.dispose();
        vm.dispose();
    }
}
