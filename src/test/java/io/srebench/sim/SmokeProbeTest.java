package io.srebench.sim;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("bench")
class SmokeProbeTest {
    @Test
    void run() throws Exception {
        SmokeRun.main(new String[] {System.getProperty("scn", "17")});
    }
}
