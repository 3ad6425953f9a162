package io.srebench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.srebench.sim.fault.FaultLibrary;
import io.srebench.sim.scenario.ScenarioSpec;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

class FaultLibraryTest {
    @Test
    void everyItbenchMechanismIsModelled() throws Exception {
        TreeSet<String> schemas = new TreeSet<>();
        try (var s = Files.list(SimTestSupport.itbench().resolve("schemas/faults"))) {
            s.map(p -> p.getFileName().toString().replace(".json", "")).forEach(schemas::add);
        }
        assertEquals(31, schemas.size());
        assertEquals(schemas, new TreeSet<>(FaultLibrary.ids()));
    }

    @Test
    void sharedScenariosBuildOrAreRefusedForANamedReason() throws Exception {
        List<String> refused = new ArrayList<>();
        try (var s = Files.list(SimTestSupport.itbench().resolve("scenarios"))) {
            for (Path dir : s.sorted().toList()) {
                ScenarioSpec spec = ScenarioSpec.parse(dir.resolve("scenario.yaml"));
                try {
                    new Simulator(spec, 1, "scenario.yaml").build();
                    if (spec.injections().isEmpty()) {
                        refused.add(dir.getFileName() + ": no injection");
                    }
                } catch (io.srebench.sim.fault.UnsupportedFaultException e) {
                    refused.add(dir.getFileName() + ": " + e.getMessage());
                }
            }
        }
        assertEquals(2, refused.size(), refused.toString());
        assertTrue(refused.stream().anyMatch(r -> r.startsWith("37: no injection")), refused.toString());
        assertTrue(refused.stream().anyMatch(r -> r.startsWith("54: ") && r.contains("kube-system")), refused.toString());
    }

    @Test
    void familiesUseTheManifestVocabulary() {
        for (String id : FaultLibrary.ids()) {
            assertTrue(List.of("infrastructure", "service", "application", "chaos").contains(FaultLibrary.family(id)), id);
        }
        assertEquals("chaos", FaultLibrary.family("scheduled-chaos-mesh-experiment"));
        assertEquals("application", FaultLibrary.family("opentelemetry-demo-feature-flag"));
    }
}
