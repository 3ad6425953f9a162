package io.srebench.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.trajectory.TrajectoryIO;
import io.srebench.run.RunQuery;
import io.srebench.run.TaskScoring;
import io.srebench.score.ScoreOptions;
import io.srebench.score.ScoreVariant;
import io.srebench.store.SqliteStore;
import io.srebench.common.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Truncated and byte-corrupted variants of every fixture: an importer either reads a variant or refuses it with a
 * BadInputException (never another exception, never its internal-error net), and a refused file leaves the store
 * exactly as it was.
 */
class FuzzImportTest {
    @TempDir
    Path dir;

    private Map<String, byte[]> fixtures() throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("stirrup.json", Fixtures.STIRRUP_V02.getBytes(StandardCharsets.UTF_8));
        m.put("stirrup-v01.json", Fixtures.STIRRUP_V01.getBytes(StandardCharsets.UTF_8));
        m.put("agent_output.json", Fixtures.ITBENCH_OUTPUT.getBytes(StandardCharsets.UTF_8));
        m.put("trajectory.json", Fixtures.ATIF.getBytes(StandardCharsets.UTF_8));
        m.put("x.traj", ForeignFixtures.SWE_AGENT_TRAJ.getBytes(StandardCharsets.UTF_8));
        m.put("mini.traj.json", ForeignFixtures.MINI_SWE_AGENT.getBytes(StandardCharsets.UTF_8));
        m.put("rollout.jsonl", ForeignFixtures.CODEX_ROLLOUT.getBytes(StandardCharsets.UTF_8));
        m.put("log.json", InspectFixture.jsonLog(2).getBytes(StandardCharsets.UTF_8));
        m.put("deflate.eval", Files.readAllBytes(InspectFixture.eval(dir.resolve("d.eval"), 2, ZipBuilder.DEFLATE, 0)));
        m.put("zstd.eval", new ZipBuilder().add("header.json", InspectFixture.HEADER, ZipBuilder.ZSTD)
                .add("samples/p_epoch_1.json", InspectFixture.pooledSample("p"), ZipBuilder.ZSTD).bytes());
        m.put("run.jsonl", TrajectoryIO.toJsonl(SampleRuns.trajectory("scenario-1", 3)).getBytes(StandardCharsets.UTF_8));
        m.put("run.json", TrajectoryIO.toJson(SampleRuns.trajectory("scenario-1", 2)).getBytes(StandardCharsets.UTF_8));
        return m;
    }

    private static List<byte[]> variants(byte[] good, long seed) {
        List<byte[]> out = new ArrayList<>();
        Random r = new Random(seed);
        for (int k = 1; k <= 12; k++) {
            out.add(Arrays.copyOf(good, (int) ((long) good.length * k / 13)));
        }
        out.add(Arrays.copyOf(good, good.length - 1));
        for (int k = 0; k < 30; k++) {
            byte[] b = good.clone();
            int flips = 1 + r.nextInt(4);
            for (int f = 0; f < flips; f++) {
                int pos = r.nextInt(b.length);
                b[pos] = switch (r.nextInt(4)) {
                    case 0 -> (byte) r.nextInt(256);
                    case 1 -> (byte) '"';
                    case 2 -> (byte) '{';
                    default -> 0;
                };
            }
            out.add(b);
        }
        return out;
    }

    @Test
    void everyVariantIsReadOrRefusedAndNothingIsHalfImported() throws IOException {
        int refused = 0;
        int read = 0;
        try (SqliteStore store = SqliteStore.open(dir.resolve("fuzz.db"))) {
            ImportService service = new ImportService(id -> Optional.empty(), new TaskScoring(ScoreOptions.DEFAULT),
                    ScoreVariant.SET);
            long seed = 1;
            for (Map.Entry<String, byte[]> fx : fixtures().entrySet()) {
                assertFalse(service.importFile(Files.write(dir.resolve("ok-" + fx.getKey()), fx.getValue()), store)
                        .refused(), fx.getKey() + " itself must import");
                int i = 0;
                for (byte[] v : variants(fx.getValue(), seed++)) {
                    Path f = Files.write(Files.createDirectories(dir.resolve("v" + seed + "-" + i++)).resolve(fx.getKey()), v);
                    try {
                        Importers.read(f);
                    } catch (BadInputException e) {
                        assertFalse(e.getMessage().contains("internal error"), f + ": " + e.getMessage());
                        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
                    }
                    int before = store.list(RunQuery.all()).size();
                    ImportService.FileOutcome o = service.importFile(f, store);
                    int after = store.list(RunQuery.all()).size();
                    if (o.refused()) {
                        refused++;
                        assertEquals(before, after, "refused " + f + " but the store changed");
                    } else {
                        read++;
                        assertEquals(before + o.runIds().size(), after);
                    }
                }
            }
        }
        assertTrue(refused > 100, "refused " + refused);
        assertTrue(read > 0, "read " + read);
    }
}
