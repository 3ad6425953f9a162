package io.srebench.sim;

import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.sim.app.AppModel;
import io.srebench.sim.app.BookInfoModel;
import io.srebench.sim.app.OtelDemoModel;
import io.srebench.sim.app.Workload;
import io.srebench.sim.fault.Fault;
import io.srebench.sim.fault.FaultContext;
import io.srebench.sim.fault.FaultLibrary;
import io.srebench.sim.fault.UnsupportedFaultException;
import io.srebench.sim.io.K8sRecorder;
import io.srebench.sim.io.TelemetryFiles;
import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.k8s.Timeline;
import io.srebench.sim.scenario.ScenarioSpec;
import io.srebench.sim.telemetry.AlertEvaluator;
import io.srebench.sim.telemetry.ExpectedAlert;
import io.srebench.sim.telemetry.MetricsWriter;
import io.srebench.sim.telemetry.SpanStats;
import io.srebench.sim.telemetry.TraceGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns an ITBench scenario into an ITBench-Lite snapshot directory. Deterministic: the same scenario, seed and
 * expected alerts give byte-identical files. The time frame, background churn, noise and decoys all derive from the
 * seed ({@link Timeline#forSeed}, {@link Churn}, {@link Background}, {@link Decoys}).
 *
 * <p>Limits: one application per scenario; the modelled namespaces are the application's and {@code chaos-mesh};
 * faults are refused ({@link UnsupportedFaultException}) when they need anything else.
 */
public final class Simulator {
    /** Figures about a generated snapshot. */
    public record Result(Path dir, int spans, int logs, long events, long objects, long metricRows, int alertPolls,
                         int alertsAdded, int faults, List<String> added) {
    }

    /** Traffic of the load generator in requests per second. */
    static final double RATE = 0.85;
    private final ScenarioSpec spec;
    private final long seed;
    private final String file;

    public Simulator(ScenarioSpec spec, long seed, String scenarioFileName) {
        this.spec = spec;
        this.seed = seed;
        this.file = scenarioFileName;
    }

    /** A new model of the scenario's application. */
    public static AppModel model(String application) {
        return application.equals("book-info") ? BookInfoModel.create() : OtelDemoModel.create();
    }

    /** Builds the cluster with the scenario's faults applied (no telemetry yet); used by tests and {@link #generate}. */
    public Built build() {
        AppModel app = model(spec.application());
        Timeline tl = Timeline.forSeed(seed);
        Cluster cluster = new Cluster(app, tl, seed);
        ClusterBaseline.build(cluster, spec.hpa());
        List<String> involved = involved(app);
        Traps.add(cluster, involved);
        Incident incident = new Incident();
        for (ScenarioSpec.Waiter w : spec.waiters()) {
            if (w.pre()) {
                Waiters.run(cluster, w, tl.inject() - 300_000, file);
            }
        }
        int i = 0;
        for (ScenarioSpec.Injection inj : spec.injections()) {
            Fault f = FaultLibrary.get(inj.id());
            if (f == null) {
                throw new UnsupportedFaultException(file + ": " + inj.path() + ".id: unknown fault mechanism \"" + inj.id()
                        + "\" (known: " + FaultLibrary.ids().size() + " ITBench mechanisms)");
            }
            f.apply(new FaultContext(cluster, incident, tl.inject() + i++ * 20_000L, file, inj.path()), inj.args());
        }
        int j = 0;
        for (ScenarioSpec.Waiter w : spec.waiters()) {
            if (!w.pre()) {
                Waiters.run(cluster, w, tl.inject() + 45_000 + j++ * 20_000L, file);
            }
        }
        List<Workload> pool = Neighbours.pool(app, involved, seed);
        Churn.add(cluster, pool, seed);
        Decoys.add(cluster, incident, pool, seed);
        Background.add(cluster, incident, pool, seed);
        return new Built(cluster, incident);
    }

    /** The simulated cluster and incident effects. */
    public record Built(Cluster cluster, Incident incident) {
    }

    private List<String> involved(AppModel app) {
        List<String> out = new ArrayList<>();
        for (ScenarioSpec.Injection inj : spec.injections()) {
            String text = inj.args().toString();
            for (String w : app.workloads().keySet()) {
                if (text.contains("\"" + w + "\"")) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** Generates the snapshot into {@code out} (created; must be empty or absent). */
    public Result generate(Path out, List<ExpectedAlert> expected) {
        try {
            Files.createDirectories(out);
            try (var s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    throw new IllegalArgumentException("output directory is not empty: " + out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Built b = build();
        Cluster cluster = b.cluster();
        Timeline tl = cluster.timeline();
        DataPlane plane = new DataPlane(cluster);
        TraceGenerator traces = new TraceGenerator(cluster, b.incident(), plane, seed, cluster.app().istio() ? 1.2 : RATE);
        traces.run();
        NoiseLogs.add(cluster, b.incident(), traces.logs(), seed);
        SpanStats stats = new SpanStats(traces.spans(), tl.start(), tl.end(), 30_000);
        MetricsWriter metrics = new MetricsWriter(cluster, b.incident(), stats, seed);
        metrics.writePods(out.resolve("metrics"));
        metrics.writeServices(out.resolve("metrics"));
        K8sRecorder rec = new K8sRecorder(cluster, seed);
        long objects = rec.writeObjects(out.resolve("k8s_objects_raw.tsv"));
        long events = rec.writeEvents(out.resolve("k8s_events_raw.tsv"));
        TelemetryFiles.traces(out.resolve("otel_traces_raw.tsv"), cluster.app(), traces.spans());
        TelemetryFiles.logs(out.resolve("otel_logs_raw.tsv"), cluster.app(), traces.logs());
        AlertEvaluator alerts = new AlertEvaluator(cluster, stats, metrics);
        alerts.run();
        List<String> added = new ArrayList<>();
        for (ExpectedAlert e : expected) {
            String entity = entityFor(cluster, e);
            if (alerts.ensure(e, entity)) {
                added.add(e.name() + "/" + entity);
            }
        }
        TelemetryFiles.alerts(out.resolve("alerts"), alerts.polls());
        TelemetryFiles.topology(out.resolve("topology.json"), cluster.app(), rec.observe(tl.end() - 1));
        return new Result(out, traces.spans().size(), traces.logs().size(), events, objects, metrics.rows(),
                alerts.polls().size(), added.size(), spec.injections().size(), List.copyOf(added));
    }

    /** The entity name an expected alert is about, resolved against the simulated objects (null: namespace-wide). */
    static String entityFor(Cluster c, ExpectedAlert e) {
        if (e.pattern() == null || e.kind() == null) {
            return null;
        }
        Pattern p = Pattern.compile(e.pattern(), Pattern.CASE_INSENSITIVE);
        long t = c.timeline().end() - 1;
        List<String> candidates = new ArrayList<>();
        switch (e.kind()) {
            case "Pod" -> {
                for (String w : c.app().workloads().keySet()) {
                    for (String pod : c.podNames(w)) {
                        if (c.world().at("Pod", c.app().namespace(), pod, t) != null) {
                            candidates.add(pod);
                        }
                    }
                }
            }
            case "Namespace" -> candidates.add(c.app().namespace());
            default -> {
                for (var w : c.app().workloads().values()) {
                    if (!candidates.contains(w.service())) {
                        candidates.add(w.service());
                    }
                }
            }
        }
        for (String name : candidates) {
            if (p.matcher(name).lookingAt()) {
                return name;
            }
        }
        return null;
    }

    /** The args of the first injection of the scenario (for titles). */
    public JsonNode firstArgs() {
        return spec.injections().isEmpty() ? null : spec.injections().get(0).args();
    }
}
