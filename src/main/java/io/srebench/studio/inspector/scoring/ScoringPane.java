package io.srebench.studio.inspector.scoring;

import io.srebench.studio.kit.scoring.AnnotationEditor;
import io.srebench.studio.kit.scoring.AnnotationsModel;
import io.srebench.studio.kit.scoring.ScoreDetail;
import io.srebench.task.mention.MentionMatcher;
import io.srebench.run.AnnotationLabel;
import io.srebench.run.RunSummary;
import io.srebench.studio.app.Subscriptions;
import io.srebench.studio.inspector.InspectorViewModel;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The scoring pane: score, variant, recall and precision in a two-line grid, then one row per submitted entity (what
 * it counted as and why) and one per missed root cause. An entity is a link: it selects the entity in the topology
 * and moves to the next turn that names it; the turn numbers after it jump to those turns. The figures never shrink
 * below their text: the pane's minimum width is what they need (at least {@link #MIN_WIDTH}), and a split pane
 * holding it cannot squeeze it further.
 */
public final class ScoringPane extends BorderPane {
    /** The narrowest the pane gets, whatever its figures need. */
    public static final double MIN_WIDTH = 240;
    private final InspectorViewModel vm;
    private final Subscriptions subs = new Subscriptions();
    private final GridPane figures = new GridPane();
    private final VBox rows = new VBox(6);
    private final ComboBox<String> variant = new ComboBox<>();
    /** Kept across renders so that a half-typed note survives a re-render. */
    private final Map<String, AnnotationEditor> editors = new HashMap<>();

    public ScoringPane(InspectorViewModel vm) {
        this.vm = vm;
        setId("scoring-pane");
        getStyleClass().add("inspector-pane");
        Label title = new Label("Scoring");
        title.getStyleClass().add("pane-title");
        variant.setId("score-variant");
        variant.setOnAction(e -> {
            if (variant.getValue() != null) {
                vm.selectScore(variant.getValue());
            }
        });
        figures.setId("score-figures");
        figures.setHgap(8);
        figures.setVgap(2);
        figures.setMinWidth(Region.USE_PREF_SIZE);
        variant.setMinWidth(Region.USE_PREF_SIZE);
        VBox top = new VBox(4, title, figures);
        top.setPadding(new Insets(4));
        setTop(top);
        rows.setPadding(new Insets(4));
        rows.setId("score-rows");
        ScrollPane sp = new ScrollPane(rows);
        // rows take the viewport's width and wrap or ellipsise inside it; nothing scrolls sideways
        sp.setFitToWidth(true);
        sp.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        rows.setMinWidth(0);
        setCenter(sp);
        subs.onChange(vm.scoreProperty(), (o, a, b) -> render());
        subs.onChange(vm.summaryProperty(), (o, a, b) -> render());
        subs.onChange(vm.mentionsProperty(), (o, a, b) -> render());
        subs.onChange(vm.selectedEntityProperty(), (o, a, b) -> render());
        subs.onChange(vm.submittedProperty(), (o, a, b) -> render());
        render();
    }

    private void render() {
        figures.getChildren().clear();
        rows.getChildren().clear();
        ScoreDetail s = vm.scoreProperty().get();
        RunSummary sum = vm.summaryProperty().get();
        if (s == null) {
            String why = sum == null ? "loading…" : sum.status().isFinal() ? "not scored (" + sum.status().label() + ")"
                    : "not scored yet: the run is " + sum.status().label();
            Label l = new Label(why);
            l.setWrapText(true);
            figures.add(l, 0, 0);
            for (String e : vm.submittedProperty().get()) {
                rows.getChildren().add(row("submitted", e, ""));
            }
            return;
        }
        figure(0, "score", String.format(Locale.ROOT, "%.3f", s.score()), "score-value");
        figures.add(fixed("variant"), 2, 0);
        List<String> variants = vm.scores().stream().map(ScoreDetail::variant).toList();
        if (!variant.getItems().equals(variants)) {
            variant.getItems().setAll(variants);
        }
        variant.setValue(s.variant());
        figures.add(variants.size() > 1 ? variant : fixed(s.variant()), 3, 0);
        figure(1, "recall", String.format(Locale.ROOT, "%.3f", s.recall()), "score-recall");
        figures.add(fixed("precision"), 2, 1);
        Label precision = fixed(String.format(Locale.ROOT, "%.3f", s.precision()));
        precision.setId("score-precision");
        figures.add(precision, 3, 1);
        if (s.rows().isEmpty()) {
            rows.getChildren().add(new Label("(empty submission)"));
        }
        for (ScoreDetail.Row r : s.rows()) {
            String rank = r.rank() > 0 ? "#" + r.rank() + " " : "";
            VBox row = row(r.outcome(), r.entity(), rank + r.explanation());
            if ("false_positive".equals(r.outcome())) {
                annotate(row, r.entity(), AnnotationLabel.Target.FALSE_POSITIVE);
            }
            rows.getChildren().add(row);
        }
        for (ScoreDetail.Missed m : s.missed()) {
            String detail = m.id().equals(m.entity()) ? "root cause not found" : "root cause " + m.id() + " not found";
            VBox row = row("missed", m.entity(), detail);
            annotate(row, m.entity(), AnnotationLabel.Target.MISSED);
            rows.getChildren().add(row);
        }
    }

    private void annotate(VBox row, String entity, AnnotationLabel.Target target) {
        AnnotationsModel notes = vm.annotations();
        if (notes == null) {
            return;
        }
        List<Integer> ts = vm.mentionsProperty().get().turnsMentioning(lastSegment(entity));
        AnnotationEditor ed = editors.computeIfAbsent(target + " " + entity,
                k -> new AnnotationEditor(notes, entity, target, vm.turns().size(), null));
        ed.setSuggestedTurn(ts.isEmpty() ? null : ts.get(ts.size() - 1) + 1);
        ed.setTurnCount(vm.turns().size());
        row.getChildren().add(ed);
    }

    private void figure(int row, String name, String value, String style) {
        Label v = fixed(value);
        if (style != null) {
            v.getStyleClass().add(style);
            v.setId(style);
        }
        figures.add(fixed(name), 0, row);
        figures.add(v, 1, row);
    }

    /** A label that is never cut to "…": its minimum width is its text's. */
    private static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    @Override
    protected double computeMinWidth(double height) {
        return Math.max(MIN_WIDTH, super.computeMinWidth(height));
    }

    private VBox row(String outcome, String entity, String detail) {
        Label badge = new Label(outcome.replace('_', ' '));
        badge.getStyleClass().addAll("outcome", "outcome-" + outcome.replace('_', '-'));
        Hyperlink link = new Hyperlink(entity);
        link.getStyleClass().add("score-entity");
        link.setOnAction(e -> vm.selectEntity(entity));
        // a long entity keeps its end (the name) visible, the whole of it in the tooltip
        link.setMinWidth(0);
        link.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        link.setTooltip(new Tooltip(entity));
        badge.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(4, badge, link);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setMinWidth(0);
        Label expl = new Label(detail);
        expl.setWrapText(true);
        expl.getStyleClass().add("pane-note");
        FlowPane turns = new FlowPane(2, 0);
        List<Integer> ts = vm.mentionsProperty().get().turnsMentioning(lastSegment(entity));
        if (!ts.isEmpty()) {
            turns.getChildren().add(new Label("turns:"));
            for (int t : ts.subList(0, Math.min(30, ts.size()))) {
                Hyperlink h = new Hyperlink(String.valueOf(t + 1));
                h.getStyleClass().add("turn-link");
                h.setOnAction(e -> vm.goTo(t));
                turns.getChildren().add(h);
            }
            if (ts.size() > 30) {
                turns.getChildren().add(new Label("… " + (ts.size() - 30) + " more"));
            }
        } else {
            turns.getChildren().add(new Label("named in no turn"));
        }
        turns.setMinWidth(0);
        VBox box = new VBox(1, head, expl, turns);
        box.setMinWidth(0);
        box.getStyleClass().add("score-row");
        if (entity.equals(vm.selectedEntityProperty().get())) {
            box.getStyleClass().add("selected");
        }
        return box;
    }

    private static String lastSegment(String entity) {
        return MentionMatcher.nameOf(entity);
    }

    public void dispose() {
        subs.releaseAll();
        editors.values().forEach(AnnotationEditor::dispose);
    }
}
