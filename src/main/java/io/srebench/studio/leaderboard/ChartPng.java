package io.srebench.studio.leaderboard;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javax.imageio.ImageIO;

/**
 * Writes a node (a chart) as it is currently laid out to a PNG. Call on the JavaFX thread. The image is filled with
 * the background the node is drawn on (its own or its nearest ancestor's, e.g. the dark theme's), not left
 * transparent: a transparent dark-theme chart showed light text on a viewer's white (issue 13, item 10).
 */
public final class ChartPng {
    private ChartPng() {
    }

    public static void write(Node node, Path file) throws IOException {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(backgroundOf(node));
        WritableImage img = node.snapshot(p, null);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile())) {
            throw new IOException("no PNG writer for " + file);
        }
    }

    /** The opaque colour behind {@code node}: the first background fill up its parents, else the scene's, else white. */
    static Paint backgroundOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region r && r.getBackground() != null) {
                for (BackgroundFill f : r.getBackground().getFills()) {
                    if (f.getFill() instanceof Color c && c.getOpacity() > 0.5) {
                        return c;
                    }
                }
            }
            if (n.getParent() == null && n.getScene() != null && n.getScene().getFill() instanceof Color c
                    && c.getOpacity() > 0.5 && n instanceof Parent) {
                return c;
            }
        }
        return Color.WHITE;
    }
}
