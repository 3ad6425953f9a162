package io.srebench.studio.leaderboard;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes a node (a chart) as it is currently laid out to a PNG. Call on the JavaFX thread. */
public final class ChartPng {
    private ChartPng() {
    }

    public static void write(Node node, Path file) throws IOException {
        WritableImage img = node.snapshot(new SnapshotParameters(), null);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile())) {
            throw new IOException("no PNG writer for " + file);
        }
    }
}
