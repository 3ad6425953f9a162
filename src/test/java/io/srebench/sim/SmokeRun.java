package io.srebench.sim;

import io.srebench.sim.scenario.ExpectedAlerts;
import io.srebench.sim.tasks.TaskMaterializer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Debugging aid: generates scenarios in-process and prints figures (used by the bench-tagged probe test). */
final class SmokeRun {
    private SmokeRun() {
    }

    public static void main(String[] args) throws Exception {
        List<String> ids = new ArrayList<>();
        if (args.length == 0 || args[0].equals("all")) {
            try (var s = Files.list(SimTestSupport.itbench().resolve("scenarios"))) {
                s.map(p -> p.getFileName().toString()).sorted((a, b) -> Integer.compare(Integer.parseInt(a),
                        Integer.parseInt(b))).forEach(ids::add);
            }
        } else {
            ids.addAll(List.of(args[0].split(",")));
        }
        long all = System.nanoTime();
        for (String n : ids) {
            Path dir = SimTestSupport.scenarioDir(n);
            Path out = Files.createTempDirectory("sim-" + n);
            long t0 = System.nanoTime();
            try {
                Simulator.Result r = new Simulator(SimTestSupport.scenario(n), Long.parseLong(n), "scenario.yaml")
                        .generate(out, ExpectedAlerts.read(dir.resolve("groundtruth_v1.yaml"),
                                dir.resolve("groundtruth.yaml"), dir.resolve("index.json")));
                System.out.printf("%s spans=%d logs=%d events=%d added=%s size=%.1fMB %d ms%n", n, r.spans(), r.logs(),
                        r.events(), r.added(), TaskMaterializer.size(out) / 1e6, (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                System.out.println(n + " REFUSED " + e.getMessage());
            }
            if (System.getProperty("keep") == null) {
                TaskMaterializer.delete(out);
            } else {
                System.out.println("  kept " + out);
            }
        }
        System.out.printf("total %d ms%n", (System.nanoTime() - all) / 1_000_000);
    }
}
