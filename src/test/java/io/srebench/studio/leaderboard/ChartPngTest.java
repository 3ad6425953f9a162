package io.srebench.studio.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 13, item 10: a chart exported from a dark window keeps its dark background (was transparent). */
@ExtendWith(ApplicationExtension.class)
class ChartPngTest {
    private ScatterChart<Number, Number> chart;

    @Start
    void start(Stage stage) {
        chart = new ScatterChart<>(new NumberAxis(), new NumberAxis());
        chart.setAnimated(false);
        StackPane dark = new StackPane(chart);
        dark.setStyle("-fx-background-color: #0d1117;");
        stage.setScene(new Scene(dark, 400, 300));
        stage.show();
    }

    @Test
    void theExportIsFilledWithTheBackgroundItIsDrawnOn(FxRobot robot) throws Exception {
        Path png = Files.createTempDirectory("chart-png").resolve("c.png");
        robot.interact(() -> {
            try {
                ChartPng.write(chart, png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage img = ImageIO.read(png.toFile());
        int argb = img.getRGB(1, 1);
        assertEquals(0xff, argb >>> 24, "opaque, not transparent");
        assertTrue((argb & 0xff) < 0x40 && ((argb >> 8) & 0xff) < 0x40, Integer.toHexString(argb));
    }
}
