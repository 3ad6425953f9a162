package io.srebench.studio.kit.topology;

import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * A clipped viewport onto a larger drawing: the mouse wheel zooms about the pointer, dragging pans, {@link #fit()}
 * shows the whole drawing, {@link #showReadable} shows as much as fits without going below {@link #READABLE_SCALE}.
 * A view requested before the pane has a size is applied at its first layout with one.
 */
public final class ZoomPane extends Pane {
    /** Smallest and largest zoom. */
    public static final double MIN_SCALE = 0.05;
    public static final double MAX_SCALE = 4;
    /** The smallest zoom {@link #showReadable} uses: 13 px names stay about 10 px high, 11 px kind lines 8 px. */
    public static final double READABLE_SCALE = 0.75;

    private final Group content = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate translate = new Translate();
    private double dragX;
    private double dragY;
    private Runnable pendingView;

    public ZoomPane() {
        getStyleClass().add("zoom-pane");
        content.getTransforms().addAll(translate, scale);
        content.setManaged(false); // positioned only by the zoom/pan transforms
        getChildren().add(content);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.MIDDLE) {
                dragX = e.getX();
                dragY = e.getY();
            }
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            translate.setX(translate.getX() + e.getX() - dragX);
            translate.setY(translate.getY() + e.getY() - dragY);
            dragX = e.getX();
            dragY = e.getY();
        });
    }

    /** The drawing (children are in drawing coordinates). */
    public Group content() {
        return content;
    }

    public double zoom() {
        return scale.getX();
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        zoomAt(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15, e.getX(), e.getY());
        e.consume();
    }

    /** Multiplies the zoom by {@code factor}, keeping the drawing point under {@code (x, y)} in place. */
    public void zoomAt(double factor, double x, double y) {
        double s = clamp(scale.getX() * factor);
        double f = s / scale.getX();
        translate.setX(x - (x - translate.getX()) * f);
        translate.setY(y - (y - translate.getY()) * f);
        scale.setX(s);
        scale.setY(s);
    }

    /** Scales and centres the drawing to fill the viewport (never above 1.5x). */
    public void fit() {
        if (deferred(this::fit)) {
            return;
        }
        Bounds b = content.getLayoutBounds();
        if (b.getWidth() <= 0 || b.getHeight() <= 0) {
            return;
        }
        centre(b, clamp(fitScale(b, 1.5)));
    }

    /**
     * The initial view: the whole drawing when it fits at {@link #READABLE_SCALE} or more; otherwise the region
     * {@code focus} (in drawing coordinates; null for none) as large as fits between {@link #READABLE_SCALE} and
     * 1x, centred; without a focus, the drawing's left edge (where a left-to-right graph starts) at that zoom.
     */
    public void showReadable(Bounds focus) {
        if (deferred(() -> showReadable(focus))) {
            return;
        }
        Bounds b = content.getLayoutBounds();
        if (b.getWidth() <= 0 || b.getHeight() <= 0) {
            return;
        }
        double all = fitScale(b, 1.5);
        if (all >= READABLE_SCALE) {
            centre(b, clamp(all));
        } else if (focus != null && focus.getWidth() > 0) {
            centre(focus, Math.max(READABLE_SCALE, Math.min(1.0, fitScale(focus, 1.0))));
        } else {
            double s = READABLE_SCALE;
            centre(new javafx.geometry.BoundingBox(b.getMinX(), b.getMinY(), getWidth() / s * 0.95, b.getHeight()), s);
        }
    }

    private boolean deferred(Runnable view) {
        if (getWidth() <= 0 || getHeight() <= 0) {
            pendingView = view;
            return true;
        }
        pendingView = null;
        return false;
    }

    /** The zoom at which {@code b} fills 95% of the viewport, at most {@code max}. */
    private double fitScale(Bounds b, double max) {
        return Math.min(max, Math.min(getWidth() / b.getWidth(), getHeight() / b.getHeight()) * 0.95);
    }

    private void centre(Bounds b, double s) {
        scale.setX(s);
        scale.setY(s);
        translate.setX((getWidth() - b.getWidth() * s) / 2 - b.getMinX() * s);
        translate.setY((getHeight() - b.getHeight() * s) / 2 - b.getMinY() * s);
    }

    /** Pans so that {@code n} (a descendant of the content) is centred, if it is outside the viewport. */
    public void reveal(Node n) {
        Bounds b = content.sceneToLocal(n.localToScene(n.getLayoutBounds()));
        double cx = translate.getX() + (b.getMinX() + b.getWidth() / 2) * scale.getX();
        double cy = translate.getY() + (b.getMinY() + b.getHeight() / 2) * scale.getY();
        if (cx < 0 || cy < 0 || cx > getWidth() || cy > getHeight()) {
            translate.setX(translate.getX() + getWidth() / 2 - cx);
            translate.setY(translate.getY() + getHeight() / 2 - cy);
        }
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (pendingView != null && getWidth() > 0 && getHeight() > 0) {
            pendingView.run();
        }
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
