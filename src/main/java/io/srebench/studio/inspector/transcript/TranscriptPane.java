package io.srebench.studio.inspector.transcript;

import io.srebench.studio.app.Subscriptions;
import io.srebench.studio.inspector.Focus;
import io.srebench.studio.inspector.InspectorViewModel;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * The shell-turns pane: the whole transcript in a read-only, virtualised RichTextFX area. The document (text and
 * styles) is built by the view-model; this pane only shows it, highlights the current turn, scrolls to the focus,
 * and turns clicks into view-model calls (expand/collapse lines, choosing a turn).
 */
public final class TranscriptPane extends BorderPane {
    private final InspectorViewModel vm;
    private final TranscriptModel model;
    private final Subscriptions subs = new Subscriptions();
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private TranscriptDoc shown = TranscriptDoc.empty();
    private int styledFrom = -1;
    private int styledTo = -1;
    private Focus pendingFocus;

    public TranscriptPane(InspectorViewModel vm) {
        this.vm = vm;
        this.model = vm.transcript();
        setId("transcript-pane");
        getStyleClass().add("inspector-pane");
        area.setId("transcript-area");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("transcript");
        Label title = new Label("Shell turns");
        title.getStyleClass().add("pane-title");
        Label matches = new Label();
        matches.setId("match-label");
        matches.getStyleClass().add("pane-note");
        matches.textProperty().bind(model.matchLabelProperty());
        subs.add(() -> matches.textProperty().unbind());
        HBox bar = new HBox(8, title, matches);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4));
        setTop(bar);
        setCenter(new VirtualizedScrollPane<>(area));
        area.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                click(e.getX(), e.getY());
            }
        });
        subs.onChange(model.docProperty(), (o, a, b) -> show(b));
        subs.onChange(vm.focusProperty(), (o, a, b) -> applyFocus(b));
        subs.onChange(vm.currentProperty(), (o, a, b) -> markCurrent());
        show(model.docProperty().get());
    }

    /** The text area (for tests and focus handling). */
    public StyleClassedTextArea area() {
        return area;
    }

    private void click(double x, double y) {
        if (shown.text().isEmpty()) {
            return;
        }
        int offset = area.hit(x, y).getInsertionIndex();
        int par = area.offsetToPosition(offset, TwoDimensional.Bias.Forward).getMajor();
        String toggle = shown.toggles().get(par);
        if (toggle != null) {
            model.toggle(toggle);
            return;
        }
        int turn = shown.turnAtParagraph(par);
        if (turn >= 0 && turn != vm.currentProperty().get()) {
            vm.goTo(turn, false);
        }
    }

    private void show(TranscriptDoc doc) {
        boolean textChanged = !doc.text().equals(shown.text());
        int firstVisible = shown.text().isEmpty() ? 0 : area.firstVisibleParToAllParIndex();
        shown = doc;
        if (textChanged) {
            area.replaceText(doc.text());
            styledFrom = -1;
            styledTo = -1;
        }
        if (!doc.text().isEmpty()) {
            StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>(doc.runLengths().length);
            for (int i = 0; i < doc.runLengths().length; i++) {
                b.add(doc.runStyles().get(i), doc.runLengths()[i]);
            }
            area.setStyleSpans(0, b.create());
        }
        markCurrent();
        if (pendingFocus != null) {
            Focus f = pendingFocus;
            pendingFocus = null;
            applyFocus(f);
        } else if (textChanged && area.getParagraphs().size() > firstVisible) {
            // a relayout (expand/collapse, new live turns) keeps what the user was looking at
            area.showParagraphAtTop(firstVisible);
        }
    }

    /**
     * Marks the current turn: its header paragraph gets a style, and every paragraph of the turn a bar in the
     * gutter. The gutter is a paragraph-graphic factory, so only the visible paragraphs are touched (restyling
     * each paragraph of a long turn would be one document change per paragraph).
     */
    private void markCurrent() {
        int turn = vm.currentProperty().get();
        int paragraphs = area.getParagraphs().size();
        if (styledFrom >= 0 && styledFrom < paragraphs) {
            area.setParagraphStyle(styledFrom, List.of());
        }
        styledFrom = -1;
        styledTo = -1;
        if (turn >= 0 && turn < shown.turns()) {
            styledFrom = shown.turnFirstParagraph()[turn];
            styledTo = shown.turnLastParagraph()[turn];
            if (styledFrom < paragraphs) {
                area.setParagraphStyle(styledFrom, List.of("current-turn-header"));
            }
        }
        int from = styledFrom;
        int to = styledTo;
        area.setParagraphGraphicFactory(p -> {
            Region bar = new Region();
            bar.getStyleClass().add(p >= from && p <= to ? "turn-gutter-current" : "turn-gutter");
            bar.setMinWidth(5);
            bar.setPrefWidth(5);
            bar.setMinHeight(15);
            return bar;
        });
    }

    private void applyFocus(Focus f) {
        if (f == null || f.turn() < 0 || !f.scroll()) {
            return;
        }
        if (f.turn() >= shown.turns()) {
            pendingFocus = f;
            return;
        }
        if (f.match() != null) {
            OptionalInt at = shown.offsetOf(f.match());
            if (at.isEmpty()) {
                pendingFocus = f;
                return;
            }
            int start = at.getAsInt();
            area.selectRange(start, start + f.match().length());
            int par = area.offsetToPosition(start, TwoDimensional.Bias.Forward).getMajor();
            area.showParagraphAtCenter(par);
            return;
        }
        area.deselect();
        area.showParagraphAtTop(shown.turnFirstParagraph()[f.turn()]);
    }

    /** Whether the document on screen is the model's latest. */
    public boolean isUpToDate() {
        return shown == model.docProperty().get();
    }

    public void dispose() {
        subs.releaseAll();
    }
}
