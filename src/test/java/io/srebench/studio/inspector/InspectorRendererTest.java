package io.srebench.studio.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.studio.kit.RunViewFixture;
import io.srebench.studio.kit.RunViewContext;
import io.srebench.studio.kit.Ticker;
import io.srebench.store.SqliteStore;
import io.srebench.studio.app.FxBackgroundExecutor;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectorRendererTest {
    @TempDir
    Path dir;

    @Test
    void rendersANonEmptyPngOfTheRequestedSize() throws Exception {
        Path snap = RunViewFixture.writeSnapshot(dir.resolve("snap"));
        Path png = dir.resolve("out/inspector.png");
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"));
             FxBackgroundExecutor ex = new FxBackgroundExecutor(2)) {
            long id = RunViewFixture.fillRun(store);
            InspectorRenderer.ensureToolkit(true);
            RunViewContext ctx = RunViewFixture.context(store, snap, ex, Ticker.fx(), new AtomicInteger());
            InspectorRenderer.renderPng(ctx, id, 3, 1100, 700, png);
        }
        assertTrue(Files.size(png) > 10_000);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1100, img.getWidth());
        assertEquals(700, img.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "a real picture, not a blank: " + colours.size() + " colours");
        // the transcript's dark background covers a good part of the middle
        int dark = 0;
        for (int y = 100; y < 600; y += 10) {
            int rgb = img.getRGB(img.getWidth() * 2 / 3, y);
            if (((rgb >> 16) & 0xff) < 60 && (rgb & 0xff) < 60) {
                dark++;
            }
        }
        assertTrue(dark > 20, "transcript area drawn");
    }
}
