package io.srebench.studio.inspector;

import io.srebench.studio.kit.RunViewFixture;
import io.srebench.studio.kit.RunViewContext;
import io.srebench.studio.kit.Ticker;
import io.srebench.store.SqliteStore;
import io.srebench.studio.app.FxBackgroundExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders the inspector on the fixture run to a PNG (test-scope main, for looking at the inspector):
 * {@code InspectorShot <out.png> [turn] [width] [height]}.
 */
public final class InspectorShot {
    private InspectorShot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/inspector.png");
        int turn = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int w = args.length > 2 ? Integer.parseInt(args[2]) : 1600;
        int h = args.length > 3 ? Integer.parseInt(args[3]) : 900;
        Path dir = Files.createTempDirectory("inspector-shot");
        Path snap = RunViewFixture.writeSnapshot(dir.resolve("snap"));
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"));
             FxBackgroundExecutor ex = new FxBackgroundExecutor(2)) {
            long id = RunViewFixture.fillRun(store);
            RunViewContext ctx = RunViewFixture.context(store, snap, ex, Ticker.fx(), new AtomicInteger());
            InspectorRenderer.renderPng(ctx, id, turn, w, h, out);
        }
        System.out.println("wrote " + out);
        System.exit(0);
    }
}
