package io.srebench.studio;

import io.srebench.store.SqliteStore;
import io.srebench.studio.app.FxBackgroundExecutor;
import io.srebench.studio.app.FxLogging;
import io.srebench.studio.app.StudioContext;
import io.srebench.studio.app.StudioSettings;
import io.srebench.studio.app.StudioView;
import io.srebench.common.BadInputException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Renders a studio view to a PNG without a display (Monocle headless), for docs, bug reports and
 * visual checks: {@code srebench studio --snapshot out.png --view runs|matrix|inspector|compare ...}.
 * Reached through {@link StudioLauncher#renderSnapshot}; {@link Studio} shows the requested view.
 */
final class HeadlessSnapshot {
    /**
     * @param db the store
     * @param tasksDir task definitions, or null for the bundled tasks
     * @param view which view
     * @param runId the run (inspector and compare)
     * @param runId2 the second run (compare), else null
     * @param turn the turn to show (inspector), 1-based; null for the last
     * @param width image width
     * @param height image height
     * @param out the PNG file
     * @param dark dark theme
     */
    record Request(Path db, Path tasksDir, String view, Long runId, Long runId2, Integer turn, int width, int height,
                   Path out, boolean dark) {
    }

    private HeadlessSnapshot() {
    }

    /** Renders and writes the PNG; starts and stops the JavaFX toolkit. Must be the process's only toolkit use. */
    static void render(Request r) {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
        }
        if (System.getProperty("headless.geometry") == null) {
            // Monocle's headless screen defaults to 1280x800 and overflows when a stage is larger
            System.setProperty("headless.geometry", Math.max(r.width(), 1280) + "x" + Math.max(r.height(), 800) + "-32");
        }
        if (r.width() < 200 || r.height() < 150 || r.width() > 8000 || r.height() > 8000) {
            throw new BadInputException("--size: " + r.width() + "x" + r.height() + " is out of range (200x150 to 8000x8000)");
        }
        FxLogging.quiet();
        SqliteStore store = SqliteStore.open(r.db());
        FxBackgroundExecutor executor = new FxBackgroundExecutor(2);
        StudioContext ctx = new StudioContext(store, executor, StudioSettings.inMemory(), r.tasksDir());
        CompletableFuture<Void> done = new CompletableFuture<>();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        try {
            started.await(30, TimeUnit.SECONDS);
            Platform.runLater(() -> {
                try {
                    StudioView view = StudioView.forSnapshot(r.view());
                    MainWindow.applyTheme(r.dark());
                    MainWindow window = new MainWindow(ctx);
                    Studio.configure(window);
                    Studio.show(ctx, window, view, r.runId(), r.runId2(), r.turn());
                    Stage stage = new Stage();
                    stage.setScene(new Scene(window, r.width(), r.height()));
                    stage.show();
                    whenIdle(executor, 0, () -> {
                        WritableImage img = stage.getScene().snapshot(null);
                        write(img, r.out());
                        window.dispose();
                        stage.close();
                        done.complete(null);
                    }, done);
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                }
            });
            done.get(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("rendering did not finish within 120 s", e);
        } finally {
            Platform.exit();
            ctx.close();
        }
    }

    /** Waits until background work is done and a few pulses have laid out the result, then runs {@code then}. */
    private static void whenIdle(FxBackgroundExecutor ex, int quietPulses, Runnable then, CompletableFuture<Void> done) {
        Thread waiter = new Thread(() -> {
            try {
                int quiet = 0;
                while (quiet < 5) {
                    Thread.sleep(60);
                    CountDownLatch pulse = new CountDownLatch(1);
                    Platform.runLater(pulse::countDown);
                    pulse.await(5, TimeUnit.SECONDS);
                    quiet = ex.pending() == 0 ? quiet + 1 : 0;
                }
                Platform.runLater(() -> {
                    try {
                        then.run();
                    } catch (RuntimeException e) {
                        done.completeExceptionally(e);
                    }
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done.completeExceptionally(e);
            }
        }, "snapshot-wait");
        waiter.setDaemon(true);
        waiter.start();
    }

    private static void write(WritableImage img, Path out) {
        BufferedImage b = SwingFXUtils.fromFXImage(img, null);
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(b, "png", out.toFile())) {
                throw new IllegalStateException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /** Parses {@code 1600x1000}. */
    static int[] parseSize(String s) {
        String[] p = s.toLowerCase(Locale.ROOT).split("x");
        try {
            if (p.length == 2) {
                return new int[] {Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim())};
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new BadInputException("--size: expected WIDTHxHEIGHT, e.g. 1600x1000, got \"" + s + "\"");
    }
}
