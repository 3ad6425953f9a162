package io.srebench.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.app.Workload;
import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.telemetry.LogLine;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Background log lines every instrumented service writes (housekeeping, and per service a varying share of warnings
 * and errors that are not the incident; flagd lines only where the application has flagd), and fault log notes.
 */
final class NoiseLogs {
    private NoiseLogs() {
    }

    private static final String[] HOUSEKEEPING = {"health check passed", "metrics exported ({n} data points)",
        "connection pool stats: active={a} idle={i}", "gc completed in {n}ms", "cache refreshed: {n} entries",
        "request served in {n}ms", "config reloaded", "opened new connection to upstream (pool size {a})",
        "closing idle connection after 90s", "heartbeat ok"};
    private static final String[] FLAGD_HOUSEKEEPING = {"flag configuration up to date",
        "feature flag provider ready"};
    private static final String[] WARNINGS = {"slow response from otel-collector exporter, retrying in {a}s",
        "retrying request after transient error (attempt {a} of 3)", "request took {n}ms, above the 500ms budget",
        "connection pool nearly exhausted: active={n} max=100", "dropping {n} spans: export queue is full",
        "DNS lookup took {n}ms", "deprecated configuration key used: tracing.sampler",
        "client closed the connection before the response was written"};
    private static final String[] ERRORS = {"failed to export metrics: context deadline exceeded",
        "failed to export spans: rpc error: code = Unavailable desc = connection reset",
        "error closing idle connection: use of closed network connection",
        "unexpected EOF while reading request body", "failed to refresh cache: timeout after {n}ms"};

    static void add(Cluster c, Incident incident, List<LogLine> logs, long seed) {
        SplittableRandom rng = new SplittableRandom(seed ^ 0x10C5L);
        boolean flagd = c.app().workload("flagd") != null;
        for (Workload w : c.app().workloads().values()) {
            if (!w.instrumented()) {
                continue;
            }
            long every = (c.app().istio() ? 9_000 : 24_000) - 2_000 + rng.nextInt(4_000);
            // each service has its own level of chatter: warnings and errors that are not the incident
            double warn = 0.01 + rng.nextDouble() * 0.07;
            double error = rng.nextDouble() < 0.5 ? rng.nextDouble() * 0.02 : 0;
            for (long t = c.timeline().start() + rng.nextInt((int) every); t < c.timeline().end();
                 t += every / 2 + rng.nextInt((int) every)) {
                List<ObjectNode> pods = c.pods(w.name(), t);
                if (pods.isEmpty() || !pods.get(0).path("status").path("containerStatuses").path(0).path("state")
                        .has("running")) {
                    continue;
                }
                ObjectNode p = pods.get(0);
                double x = rng.nextDouble();
                String sev = x < error ? "ERROR" : x < error + warn ? "WARN" : "INFO";
                String[] pool = sev.equals("ERROR") ? ERRORS : sev.equals("WARN") ? WARNINGS
                        : flagd && rng.nextDouble() < 0.15 ? FLAGD_HOUSEKEEPING : HOUSEKEEPING;
                String body = fill(pool[rng.nextInt(pool.length)], rng);
                logs.add(new LogLine(t * 1_000_000L + rng.nextInt(1_000_000), "", "", sev, w.service(), w.name(),
                        p.get("metadata").get("name").asText(), p.path("spec").path("nodeName").asText(), body));
            }
        }
        for (Incident.LogNote n : incident.notes()) {
            Workload w = c.app().workload(n.workload());
            for (long t = n.when().from(); t < n.when().to(); t += n.everyMs()) {
                if (!n.when().at(t)) {
                    continue;
                }
                List<ObjectNode> pods = c.pods(n.workload(), t);
                if (pods.isEmpty()) {
                    continue;
                }
                ObjectNode p = pods.get(0);
                logs.add(new LogLine(t * 1_000_000L + rng.nextInt(1_000_000), "", "", n.severity(), w.service(), w.name(),
                        p.get("metadata").get("name").asText(), p.path("spec").path("nodeName").asText(), n.body()));
            }
        }
        logs.sort((a, b) -> Long.compare(a.timeNs(), b.timeNs()));
    }

    private static String fill(String template, SplittableRandom rng) {
        return template.replace("{n}", Integer.toString(3 + rng.nextInt(900))).replace("{a}",
                Integer.toString(1 + rng.nextInt(3))).replace("{i}", Integer.toString(4 + rng.nextInt(12)));
    }
}
