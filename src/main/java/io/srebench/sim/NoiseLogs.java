package io.srebench.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.app.Workload;
import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.telemetry.LogLine;

import java.util.List;
import java.util.SplittableRandom;

/** Background log lines every instrumented service writes (health, housekeeping), and fault log notes. */
final class NoiseLogs {
    private NoiseLogs() {
    }

    private static final String[] HOUSEKEEPING = {"health check passed", "metrics exported", "flag configuration up to date",
        "connection pool stats: active=2 idle=8", "gc completed in 4ms"};

    static void add(Cluster c, Incident incident, List<LogLine> logs, long seed) {
        SplittableRandom rng = new SplittableRandom(seed ^ 0x10C5L);
        for (Workload w : c.app().workloads().values()) {
            if (!w.instrumented()) {
                continue;
            }
            long every = c.app().istio() ? 9_000 : 24_000;
            for (long t = c.timeline().start() + rng.nextInt((int) every); t < c.timeline().end(); t += every) {
                List<ObjectNode> pods = c.pods(w.name(), t);
                if (pods.isEmpty() || !pods.get(0).path("status").path("containerStatuses").path(0).path("state")
                        .has("running")) {
                    continue;
                }
                ObjectNode p = pods.get(0);
                String sev = rng.nextDouble() < 0.03 ? "WARN" : "INFO";
                String body = sev.equals("WARN") ? "slow response from otel-collector exporter, retrying in 5s"
                        : HOUSEKEEPING[rng.nextInt(HOUSEKEEPING.length)];
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
}
