package io.srebench.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Manual run: mvn exec is not available offline, so tests call this main directly when debugging. */
final class SmokeRun {
    private SmokeRun() {
    }

    public static void main(String[] args) throws Exception {
        String n = args.length > 0 ? args[0] : "17";
        Path out = Files.createTempDirectory("sim-" + n);
        long t0 = System.nanoTime();
        Simulator.Result r = new Simulator(SimTestSupport.scenario(n), 1, "scenario.yaml").generate(out, List.of());
        System.out.println(r + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }
}
