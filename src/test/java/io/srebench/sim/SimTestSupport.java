package io.srebench.sim;

import io.srebench.sim.scenario.ScenarioSpec;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared ITBench data for tests (fails, not skips, when it is missing). */
final class SimTestSupport {
    private SimTestSupport() {
    }

    static Path itbench() {
        String dir = System.getProperty("srebench.itbench.dir");
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            throw new IllegalStateException("ITBench data not found: set -Dsrebench.itbench.dir (got " + dir + ")");
        }
        return Path.of(dir);
    }

    static Path scenarioDir(String n) {
        return itbench().resolve("scenarios").resolve(n);
    }

    static ScenarioSpec scenario(String n) {
        return ScenarioSpec.parse(scenarioDir(n).resolve("scenario.yaml"));
    }
}
