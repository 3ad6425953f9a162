package io.srebench.task.snapshot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Service metric files hold cumulative counters; the sparkline series are per-interval increases. */
class ServiceTrafficTest {
    @TempDir
    Path dir;

    @Test
    void cumulativeCountersBecomeIncreasesWithResetsAndMissingErrorRows() throws IOException {
        String h = "metric_name\ttimestamp\tvalue\tservice_name\tnamespace\tbucket_le\ttags\tmetric_type\tstatus_code\n";
        String b = "traces_span_metrics_duration_milliseconds_bucket";
        String c = "traces_span_metrics_calls_total";
        Path f = dir.resolve("service_cart_raw.tsv");
        Files.writeString(f, h
                + b + "\t2025-12-01 21:00:00\t4.0\tcart\totel-demo\t5.0\t{}\tduration_p95\t\n"
                + b + "\t2025-12-01 21:00:00\t10.0\tcart\totel-demo\t+Inf\t{}\tduration_p95\t\n"
                + b + "\t2025-12-01 21:00:30\t25.0\tcart\totel-demo\t+Inf\t{}\tduration_p95\t\n"
                + c + "\t2025-12-01 21:00:30\t3.0\tcart\totel-demo\t\t{}\terror_rate\tSTATUS_CODE_ERROR\n"
                + b + "\t2025-12-01 21:01:00\t7.0\tcart\totel-demo\t+Inf\t{}\tduration_p95\t\n"
                + b + "\t2025-12-01 21:01:30\t9.0\tcart\totel-demo\t+Inf\t{}\tduration_p95\t\n"
                + c + "\t2025-12-01 21:01:30\t5.0\tcart\totel-demo\t\t{}\terror_rate\tSTATUS_CODE_ERROR\n"
                + "not a row\n");
        ServiceTraffic t = ServiceTraffic.read(f);
        assertEquals(4, t.times().size());
        assertArrayEquals(new double[] {10, 15, 7, 2}, t.requests(), 1e-9, "the counter reset at 21:01 counts 7");
        assertArrayEquals(new double[] {0, 3, 0, 2}, t.errors(), 1e-9, "no error row at 21:01: none since 21:00:30");
        assertEquals(15, t.peakRequests(), 1e-9);
        assertEquals(5, t.totalErrors(), 1e-9);
    }
}
