package io.srebench.sim.telemetry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-service request statistics in fixed steps, aggregated from the spans: inbound requests, errors, latency
 * histogram (spanmetrics bucket bounds) and outbound database calls. Feeds service metrics and alert rules.
 */
public final class SpanStats {
    /** Spanmetrics histogram upper bounds in milliseconds (last is +Inf). */
    public static final double[] BOUNDS = {5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, Double.POSITIVE_INFINITY};

    /** Counts of one service in one step. */
    public static final class Cell {
        public long requests;
        public long errors;
        public long dbCalls;
        public final long[] buckets = new long[BOUNDS.length];
        public long workloadPodRequests;
    }

    private final long start;
    private final long step;
    private final int steps;
    private final Map<String, Cell[]> byService = new TreeMap<>();
    private final Map<String, long[]> byPod = new LinkedHashMap<>();

    public SpanStats(List<Span> spans, long start, long end, long step) {
        this.start = start;
        this.step = step;
        this.steps = (int) ((end - start) / step);
        for (Span s : spans) {
            int i = (int) ((s.startNs() / 1_000_000L - start) / step);
            if (i < 0 || i >= steps) {
                continue;
            }
            if (s.inbound()) {
                Cell c = cell(s.service(), i);
                c.requests++;
                if (s.error()) {
                    c.errors++;
                }
                double ms = s.durationNs() / 1e6;
                int b = 0;
                while (ms > BOUNDS[b]) {
                    b++;
                }
                c.buckets[b]++;
                byPod.computeIfAbsent(s.pod(), k -> new long[steps])[i]++;
            } else if (s.kind().equals("Client") && s.attributes().containsKey("db.system")) {
                cell(s.service(), i).dbCalls++;
            }
        }
    }

    private Cell cell(String service, int i) {
        Cell[] cells = byService.computeIfAbsent(service, k -> {
            Cell[] a = new Cell[steps];
            for (int j = 0; j < steps; j++) {
                a[j] = new Cell();
            }
            return a;
        });
        return cells[i];
    }

    public int steps() {
        return steps;
    }

    public long stepMillis() {
        return step;
    }

    public long start() {
        return start;
    }

    /** Services that received requests, sorted by name. */
    public Map<String, Cell[]> services() {
        return byService;
    }

    /** Inbound requests a pod served per step (zeros when none). */
    public long[] podRequests(String pod) {
        return byPod.getOrDefault(pod, new long[steps]);
    }

    /** Sums cells of a service over steps [from, to). */
    public Cell sum(String service, int from, int to) {
        Cell out = new Cell();
        Cell[] cells = byService.get(service);
        if (cells == null) {
            return out;
        }
        for (int i = Math.max(0, from); i < Math.min(steps, to); i++) {
            out.requests += cells[i].requests;
            out.errors += cells[i].errors;
            out.dbCalls += cells[i].dbCalls;
            for (int b = 0; b < BOUNDS.length; b++) {
                out.buckets[b] += cells[i].buckets[b];
            }
        }
        return out;
    }

    /** The 95th percentile (bucket upper bound, linear inside the bucket) of a summed cell, in ms. */
    public static double p95(Cell c) {
        if (c.requests == 0) {
            return 0;
        }
        double rank = 0.95 * c.requests;
        long acc = 0;
        for (int b = 0; b < BOUNDS.length; b++) {
            if (acc + c.buckets[b] >= rank) {
                double lo = b == 0 ? 0 : BOUNDS[b - 1];
                double hi = Double.isInfinite(BOUNDS[b]) ? lo * 2 : BOUNDS[b];
                return lo + (hi - lo) * (rank - acc) / Math.max(1, c.buckets[b]);
            }
            acc += c.buckets[b];
        }
        return BOUNDS[BOUNDS.length - 2];
    }
}
