package io.srebench.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.run.NewRun;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.ScoreRecord;
import io.srebench.store.SqliteStore;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code srebench studio --snapshot out.png --view leaderboard} in a child JVM. */
class LeaderboardSnapshotTest {
    @TempDir
    Path dir;

    @Test
    void leaderboardViewRenders() throws Exception {
        Path db = dir.resolve("s.db");
        try (SqliteStore s = SqliteStore.open(db)) {
            for (int i = 0; i < 9; i++) {
                long id = s.createRun(new NewRun(1, "scenario-" + (i % 3), i < 3 ? "alert-echo" : i < 6 ? "topology-walk"
                        : "oracle", null, 1, "{}"));
                s.finishRun(id, RunStatus.DONE, null, "[]", Instant.now());
                s.putScore(id, new ScoreRecord("set", i / 8.0, 1, 1, "{}"), true);
            }
        }
        BufferedImage img = HeadlessSnapshotTest.render(dir, db, "leaderboard", "1500x950");
        assertEquals(1500, img.getWidth());
        assertEquals(950, img.getHeight());
        assertTrue(HeadlessSnapshotTest.distinctColours(img) > 10, "the leaderboard rendered blank");
    }
}
