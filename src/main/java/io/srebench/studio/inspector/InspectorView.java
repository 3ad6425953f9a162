package io.srebench.studio.inspector;

import io.srebench.studio.kit.RunViewContext;
import io.srebench.studio.kit.RunViewStyles;
import io.srebench.run.RunSummary;
import io.srebench.studio.app.Subscriptions;
import io.srebench.studio.inspector.alerts.AlertsPane;
import io.srebench.studio.inspector.scoring.ScoringPane;
import io.srebench.studio.inspector.topology.TopologyPane;
import io.srebench.studio.inspector.transcript.TranscriptPane;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The trajectory inspector of one run: alerts, topology, shell turns and scoring side by side in a split pane, all
 * following the current turn, with a stepping bar on top (buttons, slider, {@code turn 7 / 31}, search) and the
 * keys of {@link HelpOverlay}. Open it with {@link #open(RunViewContext, long)}; call {@link #dispose()} when it
 * closes (releases listeners, stops following a live run).
 */
public final class InspectorView extends BorderPane {
    private final InspectorViewModel vm;
    private final Subscriptions subs = new Subscriptions();
    private final AlertsPane alerts;
    private final TopologyPane topology;
    private final TranscriptPane transcript;
    private final ScoringPane scoring;
    private final TextField search = new TextField();
    private final Slider slider = new Slider(0, 0, 0);
    private final HelpOverlay help = new HelpOverlay();
    private final SplitPane split;

    /** A view of {@code vm}; the caller calls {@link InspectorViewModel#load()}. */
    public InspectorView(InspectorViewModel vm) {
        this.vm = vm;
        setId("inspector");
        getStyleClass().add("inspector");
        getStylesheets().add(RunViewStyles.STYLESHEET);
        alerts = new AlertsPane(vm);
        topology = new TopologyPane(vm);
        transcript = new TranscriptPane(vm);
        scoring = new ScoringPane(vm);
        split = new SplitPane(alerts, topology, transcript, scoring);
        split.setOrientation(Orientation.HORIZONTAL);
        // the scoring pane gets ~22%: enough for its figures at 1280 px (it also has a minimum width, see ScoringPane)
        split.setDividerPositions(0.18, 0.50, 0.78);
        Label error = new Label();
        error.setId("run-error");
        error.getStyleClass().add("run-error");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.setPadding(new Insets(2, 8, 4, 8));
        error.managedProperty().bind(error.visibleProperty());
        subs.add(() -> error.managedProperty().unbind());
        Runnable showError = () -> {
            String why = vm.summaryProperty().get() == null ? null : vm.summaryProperty().get().errorSummary();
            error.setVisible(why != null);
            error.setText(why == null ? "" : "error: " + why);
            error.setTooltip(why == null ? null : new javafx.scene.control.Tooltip(vm.summaryProperty().get().error()));
        };
        subs.onChange(vm.summaryProperty(), (o, a, b) -> showError.run());
        showError.run();
        setTop(new javafx.scene.layout.VBox(toolbar(), error));
        setCenter(new StackPane(split, help));
        Label message = new Label();
        message.setId("inspector-message");
        message.getStyleClass().add("pane-note");
        message.textProperty().bind(vm.messageProperty());
        subs.add(() -> message.textProperty().unbind());
        HBox bottom = new HBox(message);
        bottom.setPadding(new Insets(2, 8, 2, 8));
        setBottom(bottom);
        addEventFilter(KeyEvent.KEY_TYPED, this::onKeyTyped);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKeyPressed);
    }

    /** Creates the inspector of {@code runId}, starts loading it, and returns the view (to put in a tab). */
    public static InspectorView open(RunViewContext ctx, long runId) {
        return open(ctx, runId, null);
    }

    /**
     * Like {@link #open(RunViewContext, long)}, showing {@code turn} (1-based; 0 or less: the last turn; null: the
     * default, the first turn or the last of a live run) once the turns have loaded.
     */
    public static InspectorView open(RunViewContext ctx, long runId, Integer turn) {
        InspectorViewModel vm = new InspectorViewModel(ctx, runId);
        if (turn != null) {
            vm.startAt(turn);
        }
        InspectorView v = new InspectorView(vm);
        vm.load();
        return v;
    }

    private HBox toolbar() {
        Label run = new Label();
        run.setId("run-label");
        run.getStyleClass().add("run-label");
        subs.onChange(vm.summaryProperty(), (o, a, b) -> run.setText(describe(b)));
        Button first = nav("|◀", "first turn (g)", vm::first);
        Button prev = nav("◀", "previous turn (k)", vm::previous);
        Button next = nav("▶", "next turn (j)", vm::next);
        Button last = nav("▶|", "last turn (G)", vm::last);
        first.setId("turn-first");
        last.setId("turn-last");
        slider.setId("turn-slider");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setBlockIncrement(1);
        slider.setFocusTraversable(false);
        slider.setPrefWidth(260);
        subs.onInvalidate(vm.turns(), o -> slider.setMax(Math.max(0, vm.turns().size() - 1)));
        subs.onChange(vm.currentProperty(), (o, a, b) -> {
            if (Math.round(slider.getValue()) != b.intValue()) {
                slider.setValue(Math.max(0, b.intValue()));
            }
        });
        slider.valueProperty().addListener((o, a, b) -> {
            int t = (int) Math.round(b.doubleValue());
            if (t != vm.currentProperty().get()) {
                vm.goTo(t);
            }
        });
        Label turn = new Label();
        turn.setId("turn-label");
        turn.getStyleClass().add("turn-label");
        turn.textProperty().bind(vm.turnLabelProperty());
        subs.add(() -> turn.textProperty().unbind());
        Label live = new Label("● live");
        live.setId("live-badge");
        live.getStyleClass().add("live-badge");
        live.visibleProperty().bind(vm.liveProperty());
        subs.add(() -> live.visibleProperty().unbind());
        search.setId("search-field");
        search.setPromptText("find in transcript  ( / )");
        search.setPrefColumnCount(18);
        search.textProperty().bindBidirectional(vm.transcript().queryProperty());
        subs.add(() -> search.textProperty().unbindBidirectional(vm.transcript().queryProperty()));
        search.setOnAction(e -> {
            vm.transcript().search(Math.max(0, vm.currentProperty().get()));
            transcript.area().requestFocus();
        });
        Button helpButton = new Button("?");
        helpButton.setId("help-button");
        helpButton.setOnAction(e -> help.setVisible(!help.isVisible()));
        HBox grow = new HBox();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(6, run, grow, first, prev, slider, next, last, turn, live, search, helpButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("inspector-toolbar");
        return bar;
    }

    private static Button nav(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setFocusTraversable(false);
        b.setTooltip(new javafx.scene.control.Tooltip(tip));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    static String describe(RunSummary s) {
        if (s == null) {
            return "";
        }
        String agent = s.model() == null ? s.agent() : s.agent() + " (" + s.model() + ")";
        return String.format(Locale.ROOT, "run %d · %s · %s · %s · %d turns · $%.4f", s.id(), s.taskId(), agent,
                s.status().label(), s.turns(), s.costUsd());
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
            case "n" -> vm.transcript().nextMatch();
            case "N" -> vm.transcript().previousMatch();
            case "/" -> focusSearch();
            case "?" -> help.setVisible(!help.isVisible());
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void onKeyPressed(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
            focusSearch();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            if (help.isVisible()) {
                help.setVisible(false);
            } else if (e.getTarget() == search) {
                transcript.area().requestFocus();
            }
            e.consume();
        }
    }

    private void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Gives the keyboard to the inspector (call after it is shown). */
    public void focusTranscript() {
        transcript.area().requestFocus();
    }

    public InspectorViewModel viewModel() {
        return vm;
    }

    public TopologyPane topologyPane() {
        return topology;
    }

    public TranscriptPane transcriptPane() {
        return transcript;
    }

    public AlertsPane alertsPane() {
        return alerts;
    }

    public ScoringPane scoringPane() {
        return scoring;
    }

    public SplitPane splitPane() {
        return split;
    }

    /**
     * Whether everything requested so far has arrived and is shown: no background job outstanding, turns loaded,
     * the transcript showing the latest document, the topology laid out (when there is one). For headless renders.
     */
    public boolean isSettled() {
        boolean graphReady = vm.snapshotProperty().get().graph().isEmpty() || !vm.layoutProperty().get().nodes().isEmpty();
        return vm.pendingProperty().get() == 0 && vm.turnsLoadedProperty().get() && transcript.isUpToDate() && graphReady
                && vm.summaryProperty().get() != null;
    }

    /** Shows the one-screen key guide (first launch); Escape or ? hides it. */
    public void showKeyGuide() {
        help.setVisible(true);
    }

    public boolean isHelpVisible() {
        return help.isVisible();
    }

    /** The four-pane split (the studio remembers its dividers). */
    public SplitPane mainSplit() {
        return split;
    }

    /** Releases every listener on the view-model and stops the view-model (polling, background results). */
    public void dispose() {
        subs.releaseAll();
        alerts.dispose();
        topology.dispose();
        transcript.dispose();
        scoring.dispose();
        vm.dispose();
    }
}
