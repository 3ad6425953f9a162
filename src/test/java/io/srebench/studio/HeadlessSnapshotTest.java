package io.srebench.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.run.NewRun;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.ScoreRecord;
import io.srebench.store.SqliteStore;
import io.srebench.studio.compare.CompareFixture;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code srebench studio --snapshot} in a child JVM (the JavaFX toolkit starts once per process):
 * each view renders to a PNG of the requested size that is not blank.
 */
class HeadlessSnapshotTest {
    @TempDir
    Path dir;

    static Process cli(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.srebench.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("cli.log").toFile());
        pb.environment().put("SREBENCH_CONFIG_DIR", dir.resolve("config").toString());
        return pb.start();
    }

    static BufferedImage render(Path dir, Path db, String view, String size, String... extra) throws Exception {
        Path png = dir.resolve(view + ".png");
        List<String> args = new ArrayList<>(List.of("studio", "--db", db.toString(), "--snapshot", png.toString(),
                "--view", view, "--size", size));
        args.addAll(List.of(extra));
        Process p = cli(dir, args.toArray(new String[0]));
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "render timed out");
        String log = Files.readString(dir.resolve("cli.log"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), log);
        assertTrue(log.contains("wrote " + png), log);
        return ImageIO.read(png.toFile());
    }

    static int distinctColours(BufferedImage img) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }

    @Test
    void runsAndMatrixViewsRenderAtTheRequestedSize() throws Exception {
        Path db = dir.resolve("s.db");
        try (SqliteStore s = SqliteStore.open(db)) {
            for (int i = 0; i < 6; i++) {
                long id = s.createRun(new NewRun(1, "scenario-" + (i % 3), i < 3 ? "alert-echo" : "topology-walk", null, 1,
                        "{}"));
                s.finishRun(id, RunStatus.DONE, null, "[]", Instant.now());
                s.putScore(id, new ScoreRecord("set", i / 5.0, 1, 1, "{}"), true);
            }
        }
        BufferedImage runs = render(dir, db, "runs", "1400x900");
        assertEquals(1400, runs.getWidth());
        assertEquals(900, runs.getHeight());
        assertTrue(distinctColours(runs) > 5, "the runs view rendered blank");
        BufferedImage matrix = render(dir, db, "matrix", "1700x1050");
        assertEquals(1700, matrix.getWidth());
        assertTrue(distinctColours(matrix) > 5, "the matrix view rendered blank");
    }

    @Test
    void compareViewRendersTwoRunsAtTheRequestedSize() throws Exception {
        Path db = dir.resolve("c.db");
        long[] ids;
        try (SqliteStore s = SqliteStore.open(db)) {
            ids = CompareFixture.fill(s);
        }
        BufferedImage img = render(dir, db, "compare", "1500x950", "--run", String.valueOf(ids[0]), "--run2",
                String.valueOf(ids[1]));
        assertEquals(1500, img.getWidth());
        assertEquals(950, img.getHeight());
        assertTrue(distinctColours(img) > 5, "the compare view rendered blank");
        Process p = cli(dir, "studio", "--db", db.toString(), "--snapshot", dir.resolve("y.png").toString(), "--view",
                "compare", "--run", String.valueOf(ids[0]));
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String log = Files.readString(dir.resolve("cli.log"));
        assertEquals(2, p.exitValue(), log);
        assertTrue(log.contains("--view compare needs --run RUN_ID and --run2 RUN_ID"), log);
    }

    @Test
    void anUnknownViewIsBadInput() throws Exception {
        Process p = cli(dir, "studio", "--db", dir.resolve("s.db").toString(), "--snapshot",
                dir.resolve("x.png").toString(), "--view", "nope");
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String log = Files.readString(dir.resolve("cli.log"));
        assertEquals(2, p.exitValue(), log);
        assertTrue(log.contains("--view: unknown view \"nope\""), log);
        assertTrue(!new File(dir.resolve("x.png").toString()).exists());
    }
}
