package io.srebench.interop;

import io.srebench.run.RunQuery;
import io.srebench.trajectory.RunStatus;
import io.srebench.run.TaskScoring;
import io.srebench.score.ScoreOptions;
import io.srebench.score.ScoreVariant;
import io.srebench.store.SqliteStore;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Import/export figures (not a test): a ~100 MB Inspect {@code .eval} (zstd) and {@code .json} log, and a 1,000-run
 * store exported as JSONL and imported again. Run with
 * {@code mvn -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.srebench.interop.ImportBench}
 * or from an IDE.
 */
public final class ImportBench {
    private ImportBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("srebench-import-bench");
        Random rnd = new Random(42);
        // kubectl-like output lines with random ids: compresses about as much as real tool output
        int samples = 100;
        StringBuilder pad = new StringBuilder();
        ZipBuilder z = new ZipBuilder().add("header.json", InspectFixture.HEADER, ZipBuilder.ZSTD);
        StringBuilder json = new StringBuilder(InspectFixture.HEADER.substring(0, InspectFixture.HEADER.lastIndexOf('}')))
                .append(", \"samples\": [");
        for (int i = 0; i < samples; i++) {
            pad.setLength(0);
            while (pad.length() < 1_300_000) {
                pad.append("otel-demo  pod/cart-").append(Long.toHexString(rnd.nextLong())).append("  ")
                        .append(rnd.nextInt(5)).append("/1  Running  ").append(rnd.nextInt(100000)).append("ms  ")
                        .append(Long.toString(rnd.nextLong(), 36)).append('\n');
            }
            String s = InspectFixture.sample("scenario-" + (i % 52 + 1), 1, "scenario-" + (i % 52 + 1), pad.toString());
            z.add("samples/" + i + "_epoch_1.json", s, ZipBuilder.ZSTD);
            json.append(i == 0 ? "" : ",").append(s);
        }
        Path eval = z.write(dir.resolve("big.eval"));
        Path jsonLog = Files.writeString(dir.resolve("big.json"), json.append("]}"));
        json.setLength(0);
        for (Path f : new Path[] {eval, jsonLog}) {
            for (int rep = 0; rep < 3; rep++) {
                long t0 = System.nanoTime();
                int runs = Importers.read(f).runs().size();
                long t1 = System.nanoTime();
                Path db = dir.resolve("bench-" + f.getFileName() + rep + ".db");
                try (SqliteStore s = SqliteStore.open(db)) {
                    new ImportService(id -> Optional.empty(), new TaskScoring(ScoreOptions.DEFAULT), ScoreVariant.SET)
                            .importFile(f, s);
                }
                long t2 = System.nanoTime();
                System.out.printf(Locale.ROOT, "%-9s %6.1f MB  %d runs  parse %6.0f ms  parse+store %6.0f ms%n",
                        f.getFileName(), Files.size(f) / 1e6, runs, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
            }
        }
        Path store = dir.resolve("thousand.db");
        try (SqliteStore s = SqliteStore.open(store)) {
            for (int i = 0; i < 1000; i++) {
                SampleRuns.store(s, 0, SampleRuns.trajectory("scenario-" + (i % 52 + 1), 12), 1, RunStatus.DONE);
            }
        }
        Path out = dir.resolve("thousand.jsonl");
        for (int rep = 0; rep < 3; rep++) {
            long t0 = System.nanoTime();
            try (SqliteStore s = SqliteStore.open(store); Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                TrajectoryExport.writeJsonl(s, s.list(RunQuery.all()), w);
            }
            long t1 = System.nanoTime();
            int n;
            try (SqliteStore s = SqliteStore.open(dir.resolve("re" + rep + ".db"))) {
                n = new ImportService(id -> Optional.empty(), new TaskScoring(ScoreOptions.DEFAULT), ScoreVariant.SET)
                        .importFile(out, s).runIds().size();
            }
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT,
                    "1,000-run JSONL (%.1f MB, 12 turns each): export %5.0f ms  re-import %d runs %5.0f ms%n",
                    Files.size(out) / 1e6, (t1 - t0) / 1e6, n, (t2 - t1) / 1e6);
        }
    }
}
