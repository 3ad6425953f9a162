package io.srebench.studio.kit.scoring;

import io.srebench.run.Annotation;
import io.srebench.run.AnnotationLabel;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The annotation of one entity of a run's scoring: a label picker (the false-positive taxonomy, or for a missed root
 * cause "never looked at" / "looked at and dismissed" with a turn picker), a free note, Save and Clear, and who saved
 * it when. Shows what is stored and follows the {@link AnnotationsModel}. Reused by the inspector and the compare view;
 * call {@link #dispose()} when the row goes away for good.
 */
public final class AnnotationEditor extends VBox {
    private final AnnotationsModel model;
    private final String entity;
    private final ComboBox<AnnotationLabel> label = new ComboBox<>();
    private final Spinner<Integer> turn = new Spinner<>();
    private final SpinnerValueFactory.IntegerSpinnerValueFactory turns = new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
            1, 1);
    private final TextField note = new TextField();
    private final Label saved = new Label();
    private final MapChangeListener<String, Annotation> listener;
    private Integer suggestedTurn;

    /**
     * @param target which labels to offer
     * @param turnCount turns of the run (the turn picker's range)
     * @param suggestedTurn 1-based turn to preselect for a dismissal (e.g. the last turn naming the entity), or null
     */
    public AnnotationEditor(AnnotationsModel model, String entity, AnnotationLabel.Target target, int turnCount,
                            Integer suggestedTurn) {
        this.model = model;
        this.entity = entity;
        this.suggestedTurn = suggestedTurn;
        getStyleClass().add("annotation-editor");
        label.getItems().setAll(AnnotationsModel.labels(target));
        label.setPromptText(target == AnnotationLabel.Target.MISSED ? "why missed?" : "why a false positive?");
        label.getStyleClass().add("annotation-label");
        label.setButtonCell(labelCell());
        label.setCellFactory(lv -> labelCell());
        turn.setValueFactory(turns);
        turn.setEditable(true);
        turn.setPrefWidth(80);
        turn.getStyleClass().add("annotation-turn");
        Label turnLabel = new Label("turn");
        turnLabel.visibleProperty().bind(turn.visibleProperty());
        turnLabel.managedProperty().bind(turn.visibleProperty());
        turn.managedProperty().bind(turn.visibleProperty());
        turn.setVisible(false);
        setTurnCount(turnCount);
        label.valueProperty().addListener((o, a, b) -> turn.setVisible(b == AnnotationLabel.LOOKED_AT_AND_DISMISSED));
        note.setPromptText("note");
        note.getStyleClass().add("annotation-note");
        HBox.setHgrow(note, Priority.ALWAYS);
        // a narrow pane (the inspector's scoring pane, compare's side panels) shrinks the field, not the buttons
        note.setPrefColumnCount(8);
        note.setMinWidth(60);
        Button save = new Button("Save");
        save.getStyleClass().add("annotation-save");
        save.disableProperty().bind(label.valueProperty().isNull());
        save.setOnAction(e -> save());
        note.setOnAction(e -> save());
        Button clear = new Button("Clear");
        clear.getStyleClass().add("annotation-clear");
        clear.setOnAction(e -> model.delete(entity));
        saved.getStyleClass().addAll("pane-note", "annotation-saved");
        FlowPane pick = new FlowPane(4, 2, label, turnLabel, turn);
        pick.setAlignment(Pos.CENTER_LEFT);
        // A combo box is never narrower than its prompt by default, which pushed a narrow pane into a horizontal
        // scroll bar; it may shrink (its text then ends in "…"), and so may the rows holding it.
        label.setMinWidth(60);
        pick.setMinWidth(0);
        save.setMinWidth(Region.USE_PREF_SIZE);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        HBox noteRow = new HBox(4, note, save, clear);
        noteRow.setAlignment(Pos.CENTER_LEFT);
        noteRow.setMinWidth(0);
        setMinWidth(0);
        getChildren().addAll(pick, noteRow, saved);
        setSpacing(2);
        listener = c -> {
            if (c.getKey().equalsIgnoreCase(entity.strip())) {
                showStored();
            }
        };
        model.byEntity().addListener(listener);
        showStored();
    }

    private static ListCell<AnnotationLabel> labelCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(AnnotationLabel item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
            }
        };
    }

    /** Updates the turn picker's range (the run may still be growing). */
    public void setTurnCount(int n) {
        turns.setMax(Math.max(1, n));
        if (turn.getValue() == null || turn.getValue() > turns.getMax() || !turn.isVisible() && suggestedTurn != null) {
            turns.setValue(suggestedTurn == null ? 1 : Math.max(1, Math.min(suggestedTurn, turns.getMax())));
        }
    }

    public void setSuggestedTurn(Integer t) {
        suggestedTurn = t;
    }

    private void save() {
        AnnotationLabel l = label.getValue();
        if (l == null) {
            return;
        }
        try {
            model.save(entity, l, l == AnnotationLabel.LOOKED_AT_AND_DISMISSED ? turn.getValue() : null, note.getText());
        } catch (IllegalArgumentException e) {
            saved.setText(e.getMessage());
        }
    }

    private void showStored() {
        Annotation a = model.of(entity);
        if (a == null) {
            label.setValue(null);
            note.setText("");
            saved.setText("not annotated");
            return;
        }
        label.setValue(a.label());
        note.setText(a.note() == null ? "" : a.note());
        if (a.turn() != null) {
            turns.setMax(Math.max(turns.getMax(), a.turn()));
            turns.setValue(a.turn());
        }
        String turnText = a.turn() == null ? "" : " (turn " + a.turn() + ")";
        saved.setText(a.label().text() + turnText + " — " + AnnotationsModel.describe(a));
    }

    public String entity() {
        return entity;
    }

    public ComboBox<AnnotationLabel> labelPicker() {
        return label;
    }

    public TextField noteField() {
        return note;
    }

    public Spinner<Integer> turnPicker() {
        return turn;
    }

    /** Stops following the model. */
    public void dispose() {
        model.byEntity().removeListener(listener);
    }
}
