package io.srebench.sim;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Bench (excluded from the default build): generates every shared ITBench scenario in-process and prints
 * per-scenario figures and the total time. Run with
 * {@code mvn -B -o test -Dtest=SimulatorBench -Dtest.excludedGroups=live -Dscn=all} (or {@code -Dscn=17,20}).
 */
@Tag("bench")
class SimulatorBench {
    @Test
    void generateScenarios() throws Exception {
        SmokeRun.main(new String[] {System.getProperty("scn", "all")});
        long peak = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("peak heap %.1f MB%n", peak / 1e6);
    }
}
