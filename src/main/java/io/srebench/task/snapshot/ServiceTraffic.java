package io.srebench.task.snapshot;

import io.srebench.task.tsv.Timestamps;
import io.srebench.task.tsv.TsvReader;
import io.srebench.task.tsv.TsvRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Requests and errors of one service per metric sample, from its {@code metrics/service_<name>.tsv} file: requests
 * are the {@code +Inf} bucket of the duration histogram, errors the calls counter with an error status
 * ({@code STATUS_CODE_ERROR}, or a 5xx {@code response_code} in Istio's). The file holds cumulative counters; the
 * series here are the increase since the previous sample (a counter that drops was reset: its new value counts).
 *
 * @param times the sample times, oldest first
 * @param requests requests in each interval
 * @param errors errored requests in each interval
 */
public record ServiceTraffic(List<Instant> times, double[] requests, double[] errors) {
    public ServiceTraffic {
        times = List.copyOf(times);
        requests = requests.clone();
        errors = errors.clone();
    }

    /** The largest number of requests in one interval. */
    public double peakRequests() {
        double m = 0;
        for (double r : requests) {
            m = Math.max(m, r);
        }
        return m;
    }

    /** Errored requests over all intervals. */
    public double totalErrors() {
        double s = 0;
        for (double e : errors) {
            s += e;
        }
        return s;
    }

    /**
     * Reads one service metrics file; rows it cannot use are skipped.
     *
     * @throws io.srebench.common.BadInputException when the file is not a readable TSV
     */
    public static ServiceTraffic read(Path file) {
        Map<Instant, double[]> cumulative = new TreeMap<>();
        try (TsvReader in = TsvReader.open(file)) {
            for (TsvRecord r : in) {
                String metric = r.first("metric_name");
                Instant t = parse(r.first("timestamp"));
                double v = number(r.first("value"));
                if (metric == null || t == null || Double.isNaN(v)) {
                    continue;
                }
                double[] c = cumulative.computeIfAbsent(t, k -> new double[2]);
                if (metric.endsWith("_bucket") && "+Inf".equalsIgnoreCase(String.valueOf(r.first("bucket_le")))) {
                    c[0] += v;
                } else if ((metric.endsWith("calls_total") || metric.endsWith("requests_total"))
                        && isError(r.first("status_code"))) {
                    c[1] += v;
                }
            }
        }
        List<Instant> times = new ArrayList<>(cumulative.keySet());
        double[] req = new double[times.size()];
        double[] err = new double[times.size()];
        double lastReq = 0;
        double lastErr = 0;
        int i = 0;
        for (double[] c : cumulative.values()) {
            req[i] = c[0] >= lastReq ? c[0] - lastReq : c[0];
            // a sample without an error row means no errors yet, or none since: the counter keeps its value
            double errNow = c[1] == 0 ? lastErr : c[1];
            err[i] = errNow >= lastErr ? errNow - lastErr : errNow;
            lastReq = c[0];
            lastErr = errNow;
            i++;
        }
        return new ServiceTraffic(times, req, err);
    }

    private static boolean isError(String status) {
        if (status == null || status.isBlank()) {
            return false;
        }
        String s = status.trim().toUpperCase(Locale.ROOT);
        return s.equals("STATUS_CODE_ERROR") || s.equals("ERROR") || s.startsWith("5");
    }

    private static Instant parse(String text) {
        try {
            return text == null || text.isBlank() ? null : Timestamps.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static double number(String text) {
        try {
            return text == null ? Double.NaN : Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
