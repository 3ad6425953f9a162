package io.srebench.studio.inspector;

import io.srebench.studio.kit.RunViewContext;
import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Renders an inspector to a PNG without a person at the screen (the {@code srebench studio --snapshot} command,
 * tests, and the benchmark). Starts the JavaFX toolkit if it is not running; with {@code headless} the Monocle
 * headless platform is selected first (it must be on the classpath, and it only takes effect if the toolkit has
 * not started yet in this JVM). Waits until the inspector has loaded everything, moves to the requested turn, lets
 * it lay out, and takes a scene snapshot. Call it from any thread except the JavaFX application thread.
 */
public final class InspectorRenderer {
    /** How long loading may take before the render gives up. */
    public static final long TIMEOUT_SECONDS = 120;

    private InspectorRenderer() {
    }

    /** Starts the JavaFX toolkit once per JVM; with {@code headless}, on Monocle's headless platform. */
    public static synchronized void ensureToolkit(boolean headless) {
        if (headless) {
            setIfAbsent("glass.platform", "Monocle");
            setIfAbsent("monocle.platform", "Headless");
            setIfAbsent("prism.order", "sw");
            setIfAbsent("java.awt.headless", "true");
            // Monocle's headless screen is 1280x800 unless told otherwise; larger stages fail to paint
            setIfAbsent("headless.geometry", "3840x2160-32");
        }
        try {
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.get(30, TimeUnit.SECONDS);
        } catch (IllegalStateException alreadyRunning) {
            // the toolkit is up (a studio window, TestFX, or an earlier render)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting JavaFX", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot start JavaFX: " + e.getMessage(), e);
        }
        Platform.setImplicitExit(false);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /**
     * Renders the inspector of {@code runId} at {@code turn} to {@code out} (PNG, {@code width} x {@code height}).
     *
     * @param turn 1-based turn to show, clamped to the run's turns; 0 or less for the last
     * @throws IOException if the PNG cannot be written
     * @throws IllegalStateException if loading does not settle within {@link #TIMEOUT_SECONDS}
     */
    public static void renderPng(RunViewContext ctx, long runId, int turn, int width, int height, Path out)
            throws IOException {
        BufferedImage img = render(ctx, runId, turn, width, height);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(img, "png", out.toFile())) {
            throw new IOException(out + ": no PNG writer available");
        }
    }

    /** Like {@link #renderPng} but returns the image. */
    public static BufferedImage render(RunViewContext ctx, long runId, int turn, int width, int height) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("render the inspector from a background thread, not the JavaFX thread");
        }
        ensureToolkit(true);
        Stage[] stage = new Stage[1];
        InspectorView view = onFx(() -> {
            if (Application.getUserAgentStylesheet() == null) {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            }
            InspectorView v = InspectorView.open(ctx, runId, turn);
            stage[0] = new Stage();
            stage[0].setScene(new Scene(v, width, height));
            stage[0].show();
            return v;
        });
        try {
            waitFor(view::isSettled);
            onFx(() -> {
                view.topologyPane().showInitialView();
                return null;
            });
            onFx(() -> null); // one more pulse for the transcript's scroll
            return onFx(() -> {
                WritableImage img = view.getScene().snapshot(null);
                return SwingFXUtils.fromFXImage(img, null);
            });
        } finally {
            onFx(() -> {
                view.dispose();
                stage[0].close();
                return null;
            });
        }
    }

    /** Waits (off the FX thread) until {@code scene} has gone through one more layout pulse. */
    static void waitForPulse(Scene scene) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            done.complete(null);
        };
        Platform.runLater(() -> {
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        try {
            done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("no layout pulse within " + TIMEOUT_SECONDS + " s", e);
        }
    }

    /** Polls {@code condition} on the FX thread until true. */
    static void waitFor(Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!Boolean.TRUE.equals(onFx(condition::get))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the inspector did not finish loading within " + TIMEOUT_SECONDS + " s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /** Runs {@code s} on the FX thread and waits for its result. */
    static <T> T onFx(Supplier<T> s) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(s.get());
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the JavaFX thread did not answer within " + TIMEOUT_SECONDS + " s", e);
        }
    }
}
