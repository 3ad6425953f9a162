package io.srebench.interop;

import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.trajectory.TrajectoryIO;
import io.srebench.run.RunSummary;
import io.srebench.run.TaskScoring;
import io.srebench.score.ScoreOptions;
import io.srebench.score.ScoreVariant;
import io.srebench.store.SqliteStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Import figures for the issue note (not a test): every fixture imported into a fresh store, per format tried /
 * imported / refused with the reason, stored token totals against the source's own totals, and the time to import
 * a 100-sample {@code .eval}. Run from the test classpath: {@code java -cp target/classes:target/test-classes:<deps>
 * io.srebench.interop.ImportFigures}.
 */
public final class ImportFigures {
    private ImportFigures() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("srebench-import-figures");
        for (String d : new String[] {"d", "e", "f"}) {
            Files.createDirectories(dir.resolve(d));
        }
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("stirrup v0.2", Fixtures.write(dir.resolve("a/history.json"), Fixtures.STIRRUP_V02));
        files.put("stirrup v0.1", Fixtures.write(dir.resolve("b/run.json"), Fixtures.STIRRUP_V01));
        files.put("plain chat (not stirrup)", Fixtures.write(dir.resolve("c/chat.json"), ForeignFixtures.OPENAI_CHAT));
        files.put("inspect .eval deflate, 100 samples", InspectFixture.eval(dir.resolve("d/log.eval"), 100,
                ZipBuilder.DEFLATE, 2000));
        files.put("inspect .eval zstd pooled", Files.write(dir.resolve("e/pooled.eval"), new ZipBuilder()
                .add("header.json", InspectFixture.HEADER, ZipBuilder.ZSTD)
                .add("samples/p_epoch_1.json", InspectFixture.pooledSample("p"), ZipBuilder.ZSTD).bytes()));
        files.put("inspect .eval header only", Files.write(dir.resolve("f/empty.eval"), new ZipBuilder()
                .add("header.json", InspectFixture.HEADER, ZipBuilder.DEFLATE).bytes()));
        files.put("inspect .json 2 samples", Fixtures.write(dir.resolve("g/log.json"), InspectFixture.jsonLog(2)));
        files.put("inspect .json unpaired events", Fixtures.write(dir.resolve("h/r.json"), TokenFidelityTest.UNPAIRED_LOG));
        Fixtures.write(dir.resolve("i/agent_outputs/17/2/agent_output.json"), Fixtures.ITBENCH_OUTPUT);
        Fixtures.write(dir.resolve("i/agent_outputs/17/2/trace.jsonl"), Fixtures.ITBENCH_TRACE);
        files.put("itbench agent_outputs/<n>/<run>", dir.resolve("i/agent_outputs"));
        files.put("itbench tree (Scenario-N, fenced)", Fixtures.itbenchTree(dir.resolve("j/outputs")));
        files.put("itbench 2025 id/root_cause", Fixtures.write(dir.resolve("k/data/2/1/outputs/agent_output.json"),
                "{\"entities\": [{\"id\": \"otel-demo/ConfigMap/flagd-config\", \"root_cause\": true}]}"));
        files.put("atif v1.6", Fixtures.write(dir.resolve("l/trajectory.json"), Fixtures.ATIF));
        files.put("atif final_metrics > steps", Fixtures.write(dir.resolve("m/trajectory.json"),
                TokenFidelityTest.ATIF_WITH_FINAL_METRICS));
        files.put("swe-agent .traj", Fixtures.write(dir.resolve("n/x.traj"), ForeignFixtures.SWE_AGENT_TRAJ));
        files.put("mini-swe-agent 1.x", Fixtures.write(dir.resolve("o/x.traj.json"), ForeignFixtures.MINI_SWE_AGENT));
        files.put("codex rollout", Fixtures.write(dir.resolve("p/rollout.jsonl"), ForeignFixtures.CODEX_ROLLOUT));
        files.put("ibm ground_truths.json", Fixtures.write(dir.resolve("q/ground_truths.json"),
                ForeignFixtures.IBM_GROUND_TRUTHS));
        files.put("unknown object", Fixtures.write(dir.resolve("r/x.json"), "{\"answer\": 1}"));
        ImportService service = new ImportService(id -> Optional.empty(), new TaskScoring(ScoreOptions.DEFAULT),
                ScoreVariant.SET);
        try (SqliteStore s = SqliteStore.open(dir.resolve("figures.db"))) {
            for (Map.Entry<String, Path> e : files.entrySet()) {
                long t0 = System.nanoTime();
                ImportService.FileOutcome o = service.importFile(e.getValue(), s);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                long stored = 0;
                long source = 0;
                boolean anySource = false;
                for (long id : o.runIds()) {
                    RunSummary r = s.run(id).orElseThrow();
                    stored += r.inputTokens() + r.outputTokens();
                    JsonNode t = TrajectoryIO.MAPPER.readTree(s.detail(id).orElseThrow().configJson()).path("import")
                            .path("sourceTotals");
                    if (t.isObject()) {
                        anySource = true;
                        source += t.path("inputTokens").asLong() + t.path("outputTokens").asLong();
                    }
                }
                String verdict = o.refused() ? "REFUSED " + o.error().substring(o.error().indexOf(": ") + 2)
                        : o.runIds().size() + " runs; tokens stored " + stored + (anySource ? ", source says " + source : "")
                        + (o.notes().isEmpty() ? "" : "; " + String.join("; ", o.notes()));
                System.out.printf(Locale.ROOT, "%-36s %5d ms  %s%n", e.getKey(), ms, verdict);
            }
            ImportService.FileOutcome again = service.importFile(files.get("atif v1.6"), s);
            System.out.println("re-import atif: " + again.summary().substring(again.summary().indexOf(": ") + 2));
        }
    }
}
