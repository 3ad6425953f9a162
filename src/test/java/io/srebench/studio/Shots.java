package io.srebench.studio;

import io.srebench.studio.leaderboard.ChartPng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import org.testfx.api.FxRobot;

/** Screenshots from UI tests, only when {@code -Dsrebench.shots=DIR} is given (docs/screenshots). */
public final class Shots {
    private Shots() {
    }

    /** Writes {@code node} as {@code DIR/name.png} when screenshots are asked for. */
    public static void take(FxRobot robot, Node node, String name) {
        String dir = System.getProperty("srebench.shots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        robot.interact(() -> {
            try {
                Files.createDirectories(Path.of(dir));
                ChartPng.write(node, Path.of(dir, name + ".png"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
