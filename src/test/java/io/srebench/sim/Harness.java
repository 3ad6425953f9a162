package io.srebench.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.k8s.KubeEvent;
import io.srebench.sim.k8s.Timeline;
import io.srebench.sim.scenario.ScenarioSpec;
import io.srebench.sim.telemetry.Alert;
import io.srebench.sim.telemetry.AlertEvaluator;
import io.srebench.sim.telemetry.MetricsWriter;
import io.srebench.sim.telemetry.Span;
import io.srebench.sim.telemetry.SpanStats;
import io.srebench.sim.telemetry.TraceGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Runs a scenario in memory (no files) and answers questions about the simulated incident. */
final class Harness {
    final Cluster cluster;
    final Incident incident;
    final List<Span> spans;
    final List<AlertEvaluator.Poll> polls;
    final MetricsWriter metrics;
    final long inject;
    final long end;

    private Harness(ScenarioSpec spec) {
        Simulator.Built b = new Simulator(spec, 7, "scenario.yaml").build();
        cluster = b.cluster();
        incident = b.incident();
        Timeline tl = cluster.timeline();
        inject = tl.inject();
        end = tl.end();
        TraceGenerator g = new TraceGenerator(cluster, incident, new DataPlane(cluster), 7, 0.7);
        g.run();
        spans = g.spans();
        SpanStats stats = new SpanStats(spans, tl.start(), tl.end(), 30_000);
        metrics = new MetricsWriter(cluster, incident, stats, 7);
        AlertEvaluator ev = new AlertEvaluator(cluster, stats, metrics);
        ev.run();
        polls = ev.polls();
    }

    /** A scenario YAML with one application and the given injections block (already indented as list items). */
    static String yaml(String app, String injections) {
        return "apiVersion: itbench.io/v2\nkind: Scenario\nmetadata:\n  name: scenario-test\nspec:\n  applications:\n    "
                + app + ":\n      enabled: true\n  faults:\n    - injections:\n" + injections;
    }

    static ScenarioSpec spec(String yaml) {
        try {
            Path f = Files.createTempFile("scenario", ".yaml");
            Files.writeString(f, yaml);
            ScenarioSpec s = ScenarioSpec.parse(f);
            Files.delete(f);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Harness run(String yaml) {
        return new Harness(spec(yaml));
    }

    /** One injection on a workload: {@code id}, kind Deployment, optional extra args lines (indented 10). */
    static String otel(String id, String workload, String extra) {
        return yaml("opentelemetryDemo", "        - id: " + id + "\n          args:\n            kubernetesObject:\n"
                + "              apiVersion: apps/v1\n              kind: Deployment\n              metadata:\n"
                + "                name: " + workload + "\n                namespace: otel-demo\n" + extra);
    }

    List<Span> spans(Predicate<Span> p) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (p.test(s)) {
                out.add(s);
            }
        }
        return out;
    }

    boolean after(Span s) {
        return s.startNs() / 1_000_000L > inject + 120_000;
    }

    boolean before(Span s) {
        return s.startNs() / 1_000_000L < inject;
    }

    /** Error ratio of spans of {@code service} and {@code kind} before or after the injection. */
    double errorRate(String service, String kind, boolean afterInjection) {
        List<Span> l = spans(s -> s.service().equals(service) && s.kind().equals(kind)
                && (afterInjection ? after(s) : before(s)));
        return l.isEmpty() ? 0 : l.stream().filter(Span::error).count() / (double) l.size();
    }

    /** Mean duration in ms. */
    double meanMs(List<Span> l) {
        return l.stream().mapToLong(Span::durationNs).average().orElse(0) / 1e6;
    }

    long count(String service, String kind, boolean afterInjection) {
        return spans(s -> s.service().equals(service) && s.kind().equals(kind) && (afterInjection ? after(s) : before(s)))
                .size();
    }

    List<KubeEvent> events(String reason) {
        List<KubeEvent> out = new ArrayList<>();
        for (KubeEvent e : cluster.events()) {
            if (e.reason().equals(reason)) {
                out.add(e);
            }
        }
        return out;
    }

    boolean event(String reason, String messagePart) {
        return events(reason).stream().anyMatch(e -> e.message().contains(messagePart));
    }

    ObjectNode obj(String kind, String ns, String name, long t) {
        return cluster.world().at(kind, ns, name, t);
    }

    List<ObjectNode> pods(String workload, long t) {
        return cluster.pods(workload, t);
    }

    /** Alerts firing in the last poll. */
    List<Alert> finalAlerts() {
        return polls.get(polls.size() - 1).firing();
    }

    boolean firing(String name, String entityPrefix) {
        for (Alert a : finalAlerts()) {
            String e = AlertEvaluator.entityOf(a);
            if (a.name().equals(name) && e != null && e.startsWith(entityPrefix)) {
                return true;
            }
        }
        return false;
    }
}
