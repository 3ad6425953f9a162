package io.srebench.sim.telemetry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.Incident;
import io.srebench.sim.app.AppModel;
import io.srebench.sim.app.Workload;
import io.srebench.sim.io.Tsv;
import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.k8s.K8sTime;
import io.srebench.sim.k8s.PodStatus;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes {@code metrics/pod_<pod>_raw.tsv} (cAdvisor and kube-state-metrics series of every pod of the application
 * namespace) and {@code metrics/service_<service>_raw.tsv} (OpenTelemetry spanmetrics, or Istio request metrics for
 * a mesh application), one sample per step. Values are cumulative for counters, as Prometheus stores them.
 */
public final class MetricsWriter {
    private final Cluster cluster;
    private final AppModel app;
    private final Incident incident;
    private final SpanStats stats;
    private final SplittableRandom rng;
    private long rows;

    public MetricsWriter(Cluster cluster, Incident incident, SpanStats stats, long seed) {
        this.cluster = cluster;
        this.app = cluster.app();
        this.incident = incident;
        this.stats = stats;
        this.rng = new SplittableRandom(seed ^ 0xC0FFEEL);
    }

    /** Rows written so far. */
    public long rows() {
        return rows;
    }

    /** Writes all pod files. */
    public void writePods(Path dir) {
        for (Workload w : app.workloads().values()) {
            for (String pod : cluster.podNames(w.name())) {
                writePod(dir.resolve("pod_" + pod.replace('/', '_').replace(' ', '_') + "_raw.tsv"), w, pod);
            }
        }
    }

    private static double cpuLimit(ObjectNode pod) {
        String v = pod.path("spec").path("containers").path(0).path("resources").path("limits").path("cpu").asText("");
        if (v.isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        return v.endsWith("m") ? Double.parseDouble(v.substring(0, v.length() - 1)) / 1000 : Double.parseDouble(v);
    }

    private static double memLimitMi(ObjectNode pod) {
        String v = pod.path("spec").path("containers").path(0).path("resources").path("limits").path("memory").asText("");
        if (v.isEmpty()) {
            return Double.POSITIVE_INFINITY;
        }
        if (v.endsWith("Gi")) {
            return Double.parseDouble(v.substring(0, v.length() - 2)) * 1024;
        }
        return v.endsWith("Mi") ? Double.parseDouble(v.substring(0, v.length() - 2)) : Double.parseDouble(v) / 1048576;
    }

    private void writePod(Path file, Workload w, String pod) {
        String ns = app.namespace();
        long[] requests = stats.podRequests(pod);
        double meanReq = 0;
        for (long r : requests) {
            meanReq += r;
        }
        meanReq = Math.max(1, meanReq / Math.max(1, requests.length));
        double cpuTotal = w.baseCpu() * 1500;
        double periods = 45_000;
        double throttled = 0;
        double rx = 5e6;
        double tx = 4e6;
        boolean chronicThrottle = w.name().equals("fraud-detection");
        try (Tsv out = new Tsv(file, "metric_name", "timestamp", "value", "pod_name", "namespace", "tags")) {
            for (int i = 0; i < stats.steps(); i++) {
                long t = stats.start() + i * stats.stepMillis();
                ObjectNode p = cluster.world().at("Pod", ns, pod, t);
                if (p == null) {
                    continue;
                }
                String ts = K8sTime.naiveSeconds(t);
                String node = p.path("spec").path("nodeName").asText("");
                boolean running = p.path("status").path("containerStatuses").path(0).path("state").has("running");
                Map<String, String> ksm = tags("namespace", ns, "pod", pod);
                String phase = p.path("status").path("phase").asText("Pending");
                row(out, "kube_pod_status_phase", ts, 1, pod, ns, with(ksm, "phase", phase));
                row(out, "kube_pod_status_ready", ts, PodStatus.ready(p) ? 1 : 0, pod, ns, with(ksm, "condition", "true"));
                row(out, "kube_pod_container_status_restarts_total", ts, PodStatus.restarts(p), pod, ns,
                        with(ksm, "container", w.container()));
                String waiting = PodStatus.waitingReason(p);
                if (waiting != null) {
                    Map<String, String> wt = with(ksm, "container", w.container());
                    wt.put("reason", waiting);
                    row(out, "kube_pod_container_status_waiting_reason", ts, 1, pod, ns, wt);
                }
                double memLimit = memLimitMi(p);
                double cpuLimit = cpuLimit(p);
                if (!Double.isInfinite(memLimit)) {
                    row(out, "kube_pod_container_resource_limits", ts, memLimit * 1048576, pod, ns,
                            with(with(ksm, "container", w.container()), "resource", "memory"));
                }
                if (!running) {
                    continue;
                }
                double[] burn = incident.burn(w.name(), t);
                double load = requests[i] / meanReq;
                double demand = w.baseCpu() * (0.6 + 0.4 * load) * (0.9 + 0.2 * rng.nextDouble()) + burn[0];
                double used = Math.min(demand, cpuLimit);
                double ratio = demand > cpuLimit ? Math.min(0.95, (demand - cpuLimit) / demand + 0.25)
                        : chronicThrottle ? 0.3 + 0.1 * rng.nextDouble() : 0.01 * rng.nextDouble();
                cpuTotal += used * stats.stepMillis() / 1000.0;
                periods += stats.stepMillis() / 100.0;
                throttled += stats.stepMillis() / 100.0 * ratio;
                double mem = Math.min(memLimit * 0.995, (w.baseMemMi() * (0.97 + 0.06 * rng.nextDouble()) + burn[1]));
                rx += requests[i] * 1800 + 2000;
                tx += requests[i] * 2500 + 1500;
                Map<String, String> cad = tags("container", w.container(), "instance", node, "job", "kubelet",
                        "namespace", ns, "pod", pod);
                row(out, "container_cpu_usage_seconds_total", ts, round(cpuTotal), pod, ns, cad);
                row(out, "container_cpu_cfs_periods_total", ts, Math.floor(periods), pod, ns, cad);
                row(out, "container_cpu_cfs_throttled_periods_total", ts, Math.floor(throttled), pod, ns, cad);
                row(out, "container_memory_working_set_bytes", ts, Math.floor(mem * 1048576), pod, ns, cad);
                row(out, "container_memory_usage_bytes", ts, Math.floor(mem * 1.12 * 1048576), pod, ns, cad);
                if (i % 2 == 0) {
                    row(out, "container_network_receive_bytes_total", ts, Math.floor(rx), pod, ns, cad);
                    row(out, "container_network_transmit_bytes_total", ts, Math.floor(tx), pod, ns, cad);
                }
            }
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private void row(Tsv out, String metric, String ts, double value, String pod, String ns, Map<String, String> tags) {
        out.cell(metric).cell(ts).cell(num(value)).cell(pod).cell(ns).cell(Tsv.pyDict(tags));
        out.end();
        rows++;
    }

    /** A float the way pandas prints it (always with a decimal point). */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return (long) v + ".0";
        }
        return Double.toString(v);
    }

    private static Map<String, String> tags(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static Map<String, String> with(Map<String, String> base, String k, String v) {
        Map<String, String> m = new LinkedHashMap<>(base);
        m.put(k, v);
        return m;
    }

    /** Writes the service files: spanmetrics (or Istio metrics while the namespace is in the mesh). */
    public void writeServices(Path dir) {
        String ns = app.namespace();
        for (Map.Entry<String, SpanStats.Cell[]> e : stats.services().entrySet()) {
            String svc = e.getKey();
            if (svc.equals("flagd") || svc.equals("load-generator")) {
                continue;
            }
            boolean istio = app.istio();
            String bucketName = istio ? "istio_request_duration_milliseconds_bucket"
                    : "traces_span_metrics_duration_milliseconds_bucket";
            String callsName = istio ? "istio_requests_total" : "traces_span_metrics_calls_total";
            try (Tsv out = new Tsv(dir.resolve("service_" + svc + "_raw.tsv"), "metric_name", "timestamp", "value",
                    "service_name", "namespace", "bucket_le", "tags", "metric_type", "status_code")) {
                long[] cum = new long[SpanStats.BOUNDS.length];
                long errCum = 0;
                SpanStats.Cell[] cells = e.getValue();
                for (int i = 0; i < cells.length; i++) {
                    long t = stats.start() + (i + 1) * stats.stepMillis();
                    if (istio && !meshEnrolled(t)) {
                        continue;
                    }
                    String ts = K8sTime.naiveSeconds(t);
                    long acc = 0;
                    for (int b = 0; b < cum.length; b++) {
                        cum[b] += cells[i].buckets[b];
                    }
                    for (int b = 0; b < cum.length; b++) {
                        acc += cum[b];
                        String le = Double.isInfinite(SpanStats.BOUNDS[b]) ? "+Inf" : num(SpanStats.BOUNDS[b]);
                        Map<String, String> tags = istio
                                ? tags("destination_canonical_service", svc, "destination_service_namespace", ns,
                                "reporter", "destination", "le", le)
                                : tags("service_name", svc, "span_kind", "SPAN_KIND_SERVER", "le", le);
                        out.cell(bucketName).cell(ts).cell(num(acc)).cell(svc).cell(ns).cell(le).cell(Tsv.pyDict(tags))
                                .cell("duration_p95").cell(null);
                        out.end();
                        rows++;
                    }
                    errCum += cells[i].errors;
                    if (errCum > 0) {
                        Map<String, String> tags = istio
                                ? tags("destination_canonical_service", svc, "destination_service_namespace", ns,
                                "reporter", "destination", "response_code", "503")
                                : tags("service_name", svc, "span_kind", "SPAN_KIND_SERVER", "status_code",
                                "STATUS_CODE_ERROR", "namespace", ns);
                        String code = istio ? "503" : "STATUS_CODE_ERROR";
                        out.cell(callsName).cell(ts).cell(num(errCum)).cell(svc).cell(ns).cell(null).cell(Tsv.pyDict(tags))
                                .cell("error_rate").cell(code);
                        out.end();
                        rows++;
                    }
                }
            }
        }
    }

    /** True while the application namespace is enrolled in the Istio ambient mesh. */
    public boolean meshEnrolled(long t) {
        ObjectNode nsObj = cluster.world().at("Namespace", null, app.namespace(), t);
        JsonNode mode = nsObj == null ? null : nsObj.path("metadata").path("labels").get("istio.io/dataplane-mode");
        return mode != null && mode.asText().equals("ambient");
    }
}
