package io.srebench.studio.compare;

import io.srebench.run.AnnotationLabel;
import io.srebench.run.RunSummary;
import io.srebench.studio.kit.scoring.AnnotationEditor;
import io.srebench.studio.kit.scoring.AnnotationsModel;
import io.srebench.studio.kit.scoring.ScoreDetail;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * One run's column under the transcripts: its figures, submission, score explanation (each false positive with the
 * turn where the run first touched it and an annotation editor; each missed root cause with one too) and, once the
 * ground truth is revealed, the turn at which it first touched each true root cause.
 */
final class SidePanel extends VBox {
    private final CompareViewModel vm;
    private final boolean isA;
    private final String colour;
    private final Map<String, AnnotationEditor> editors = new HashMap<>();

    SidePanel(CompareViewModel vm, boolean isA, String colour) {
        this.vm = vm;
        this.isA = isA;
        this.colour = colour;
        setId(isA ? "compare-side-a" : "compare-side-b");
        setSpacing(4);
        setPadding(new Insets(6));
        render();
    }

    void render() {
        getChildren().clear();
        CompareSide s = isA ? vm.sideAProperty().get() : vm.sideBProperty().get();
        if (s == null) {
            return;
        }
        RunSummary sum = s.summary();
        Label head = new Label((isA ? "A" : "B") + " · run " + sum.id() + " · " + sum.agent()
                + (sum.model() == null ? "" : " (" + sum.model() + ")") + " · rep " + sum.repeat() + " · " + s.turns().size()
                + " turns");
        head.setStyle("-fx-font-weight: bold; -fx-text-fill: " + colour + ";");
        getChildren().add(head);
        ScoreDetail sd = s.score();
        getChildren().add(new Label(sd == null ? "not scored (" + sum.status().label() + ")"
                : String.format(Locale.ROOT, "score %.3f (%s) · recall %.3f · precision %.3f", sd.score(), sd.variant(),
                sd.recall(), sd.precision())));
        getChildren().add(title("Submission"));
        getChildren().add(note(s.submitted().isEmpty() ? "(nothing submitted)" : String.join("\n", s.submitted())));
        if (sd != null) {
            getChildren().add(title("Score explanation"));
            for (ScoreDetail.Row r : sd.rows()) {
                String rank = r.rank() > 0 ? "#" + r.rank() + " " : "";
                VBox row = row(r.outcome(), r.entity(), rank + r.explanation() + touched(r.entity()));
                if ("false_positive".equals(r.outcome())) {
                    annotate(row, r.entity(), AnnotationLabel.Target.FALSE_POSITIVE, s);
                }
                getChildren().add(row);
            }
            for (ScoreDetail.Missed m : sd.missed()) {
                VBox row = row("missed", m.entity(), "root cause not found" + touched(m.entity()));
                annotate(row, m.entity(), AnnotationLabel.Target.MISSED, s);
                getChildren().add(row);
            }
        }
        List<String> truth = vm.rootCauses();
        if (vm.revealGroundTruthProperty().get()) {
            getChildren().add(title("True root causes"));
            if (truth.isEmpty()) {
                getChildren().add(note(vm.truthNoteProperty().get()));
            }
            for (String rc : truth) {
                Integer t = vm.firstTouch(isA, rc);
                Label l = new Label(rc + " — " + (t == null ? "never touched" : "first touched at turn " + (t + 1)));
                l.getStyleClass().add("compare-root-cause");
                l.setWrapText(true);
                getChildren().add(l);
            }
        }
    }

    private String touched(String entity) {
        Integer t = vm.firstTouch(isA, entity);
        return t == null ? " · never touched" : " · first touched at turn " + (t + 1);
    }

    private void annotate(VBox row, String entity, AnnotationLabel.Target target, CompareSide s) {
        AnnotationsModel notes = vm.annotations(isA);
        if (notes == null) {
            return;
        }
        Integer t = vm.firstTouch(isA, entity);
        AnnotationEditor ed = editors.computeIfAbsent(target + " " + entity,
                k -> new AnnotationEditor(notes, entity, target, s.turns().size(), t == null ? null : t + 1));
        ed.setTurnCount(s.turns().size());
        row.getChildren().add(ed);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold; -fx-padding: 6 0 0 0;");
        return l;
    }

    private static Label note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setStyle("-fx-opacity: 0.8;");
        return l;
    }

    private static VBox row(String outcome, String entity, String detail) {
        Label badge = new Label(outcome.replace('_', ' '));
        badge.getStyleClass().addAll("outcome", "outcome-" + outcome.replace('_', '-'));
        String bg = switch (outcome) {
            case "hit" -> "#d1f0d8";
            case "false_positive" -> "#fbd5d5";
            case "missed" -> "#fde9c8";
            default -> "#e5e7eb";
        };
        badge.setStyle("-fx-background-color: " + bg + "; -fx-text-fill: #1f2328; -fx-padding: 0 4 0 4;");
        Label name = new Label(entity);
        name.getStyleClass().add("compare-entity");
        FlowPane head = new FlowPane(4, 0, badge, name);
        Label expl = note(detail);
        VBox box = new VBox(1, head, expl);
        box.getStyleClass().add("compare-score-row");
        box.setPadding(new Insets(2, 0, 4, 0));
        return box;
    }

    /** The annotation editors shown, by entity. */
    List<AnnotationEditor> editors() {
        return getChildren().stream().filter(VBox.class::isInstance).flatMap(n -> ((VBox) n).getChildren().stream())
                .filter(AnnotationEditor.class::isInstance).map(AnnotationEditor.class::cast).toList();
    }

    void dispose() {
        editors.values().forEach(AnnotationEditor::dispose);
    }
}
