package io.srebench.sim.telemetry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.DataPlane;
import io.srebench.sim.Incident;
import io.srebench.sim.app.AppModel;
import io.srebench.sim.app.Call;
import io.srebench.sim.app.Operation;
import io.srebench.sim.app.Workload;
import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.k8s.Hashes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates user traffic and the spans and log lines it leaves: the load generator sends requests at a steady
 * rate (scaled by {@link Incident.Traffic}); each request walks the call graph, routed by the {@link DataPlane}
 * (so pods that are missing, not ready, unreachable or blocked fail their callers), slowed or failed by
 * {@link Incident} effects, with deadlines that turn slowness into errors upstream.
 */
public final class TraceGenerator {
    private static final long MS = 1_000_000L;
    private final Cluster cluster;
    private final AppModel app;
    private final Incident incident;
    private final DataPlane plane;
    private final SplittableRandom rng;
    private final double ratePerSecond;
    private final List<Span> spans = new ArrayList<>();
    private final List<LogLine> logs = new ArrayList<>();

    /** Outcome of serving one operation. */
    private record Served(long endNs, boolean error, String message, int httpStatus) {
    }

    public TraceGenerator(Cluster cluster, Incident incident, DataPlane plane, long seed, double ratePerSecond) {
        this.cluster = cluster;
        this.app = cluster.app();
        this.incident = incident;
        this.plane = plane;
        this.rng = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.ratePerSecond = ratePerSecond;
    }

    public List<Span> spans() {
        return spans;
    }

    public List<LogLine> logs() {
        return logs;
    }

    /** Runs the traffic over the recorded window. */
    public void run() {
        List<AppModel.Entry> entries = app.entries();
        double total = entries.stream().mapToDouble(AppModel.Entry::weight).sum();
        long start = cluster.timeline().start();
        long end = cluster.timeline().end();
        for (long sec = start; sec < end; sec += 1000) {
            DataPlane.Backend source = plane.pod(app.entryWorkload(), sec, rng);
            if (source == null) {
                continue;
            }
            for (AppModel.Entry e : entries) {
                double expected = ratePerSecond * e.weight() / total * incident.trafficFactor(e.operation(), sec);
                int n = (int) expected + (rng.nextDouble() < expected - (int) expected ? 1 : 0);
                for (int i = 0; i < n; i++) {
                    long t0 = sec * MS + (long) (rng.nextDouble() * 1000 * MS);
                    request(source, app.operation(e.operation()), t0);
                }
            }
        }
        spans.sort((a, b) -> a.startNs() != b.startNs() ? Long.compare(a.startNs(), b.startNs())
                : a.spanId().compareTo(b.spanId()));
        logs.sort((a, b) -> Long.compare(a.timeNs(), b.timeNs()));
    }

    private void request(DataPlane.Backend source, Operation entry, long t0) {
        String traceId = Hashes.hex(rng, 32);
        Workload target = app.workload(entry.workload());
        Call call = Call.sync(target.service(), entry.name(), "http");
        callOut(traceId, null, source, app.workload(app.entryWorkload()), call, t0, 60_000 * MS);
    }

    private long selfNs(double medianMs) {
        return (long) (medianMs * Math.exp(0.35 * rng.nextGaussian()) * MS);
    }

    private Served serve(String traceId, String parentId, DataPlane.Backend at, Operation op, String protocol, long startNs) {
        Workload w = app.workload(at.workload());
        long t = startNs / MS;
        String spanId = Hashes.hex(rng, 16);
        boolean instrumented = w.instrumented();
        String childParent = instrumented ? spanId : parentId;
        long self = selfNs(op.selfMillis());
        boolean error = false;
        String message = "";
        int status = 200;
        double extraMs = 0;
        for (Incident.ServiceFault f : incident.serviceFaults()) {
            if (f.workload().equals(w.name()) && (f.operation() == null || op.name().contains(f.operation()))
                    && f.when().at(t)) {
                extraMs += f.extraMs() * (0.8 + 0.4 * rng.nextDouble());
                if (f.errorProb() > 0 && rng.nextDouble() < f.errorProb()) {
                    error = true;
                    message = f.message();
                    status = 500;
                }
            }
        }
        long cursor = startNs + self / 3 + (long) (extraMs * MS / 2);
        if (!error) {
            for (Call c : op.calls()) {
                if (c.probability() < 1 && rng.nextDouble() >= c.probability()) {
                    continue;
                }
                long timeout = (w.name().equals("frontend-proxy") || w.name().endsWith("-istio") ? 15_000 : 10_000) * MS;
                Served s = callOut(traceId, childParent, at, w, c, cursor, timeout);
                if (c.async()) {
                    cursor += MS / 2;
                    continue;
                }
                cursor = s.endNs();
                if (s.error()) {
                    error = true;
                    message = wrap(w, c, s.message());
                    status = s.httpStatus() == 403 || s.httpStatus() == 504 ? s.httpStatus() : 500;
                    break;
                }
            }
        }
        long end = cursor + self * 2 / 3 + (long) (extraMs * MS / 2);
        if (instrumented) {
            String kind = protocol.equals("kafka") ? "Consumer" : "Server";
            Map<String, String> attrs = SpanText.server(protocol, op.name(), status, error);
            spans.add(new Span(traceId, spanId, parentId == null ? "" : parentId, op.name(), kind, w.service(), w.name(),
                    at.pod(), at.node(), startNs, end - startNs, error ? "Error" : "Unset",
                    error ? message : "", attrs));
            log(traceId, spanId, w, at, op.name(), end, error, message);
        }
        return new Served(end, error, message, status);
    }

    private String wrap(Workload w, Call c, String message) {
        String m = switch (w.name()) {
            case "checkout" -> c.callee().equals("payment") ? "failed to charge card: could not charge the card: " + message
                    : c.callee().equals("shipping") ? "shipping quote failure: failed POST to shipping service: " + message
                    : c.callee().equals("cart") ? "cart failure: failed to get user cart during checkout: " + message
                    : "failed to prepare order: " + message;
            case "frontend-proxy", "bookinfo-gateway-istio" -> message;
            default -> message;
        };
        return m.length() > 400 ? m.substring(0, 400) : m;
    }

    private void log(String traceId, String spanId, Workload w, DataPlane.Backend at, String op, long endNs, boolean error,
                     String message) {
        if (error) {
            if (rng.nextDouble() < 0.7) {
                logs.add(new LogLine(endNs - 200_000, traceId, spanId, "ERROR", w.service(), w.name(), at.pod(), at.node(),
                        errorLine(w, op, message)));
            }
            return;
        }
        if (rng.nextDouble() < 0.12) {
            String body = SpanText.info(w.service(), op, rng);
            if (body != null) {
                logs.add(new LogLine(endNs - 300_000, traceId, spanId, "INFO", w.service(), w.name(), at.pod(), at.node(),
                        body));
            }
        }
    }

    private static String errorLine(Workload w, String op, String message) {
        return switch (w.language()) {
            case "go" -> "failed to serve " + op + ": " + message;
            case "nodejs" -> "Error: " + message;
            case "java" -> "ERROR " + op + " failed: " + message;
            case "python" -> "Error in " + op + ": " + message;
            default -> op + " error: " + message;
        };
    }

    /** A call from {@code from} (pod {@code at}) and the client span it records; returns when the caller sees the answer. */
    private Served callOut(String traceId, String parentId, DataPlane.Backend at, Workload from, Call c, long startNs,
                           long timeoutNs) {
        long t = startNs / MS;
        String clientId = Hashes.hex(rng, 16);
        String childParent = from.instrumented() ? clientId : parentId;
        long net = (long) ((0.2 + rng.nextDouble() * 0.6) * MS);
        double extraMs = 0;
        boolean edgeFail = false;
        boolean edgeTimeout = false;
        String edgeMessage = null;
        for (Incident.EdgeFault f : incident.edgeFaults()) {
            boolean callerMatch = f.caller() == null || f.caller().equals(from.name());
            boolean calleeMatch = f.callee() == null || f.callee().equals(c.callee());
            if (callerMatch && calleeMatch && f.when().at(t)) {
                extraMs += f.extraMs() * (0.9 + 0.2 * rng.nextDouble());
                if (f.errorProb() > 0 && rng.nextDouble() < f.errorProb()) {
                    edgeFail = true;
                    edgeTimeout |= f.timeout();
                    edgeMessage = f.message();
                }
            }
        }
        DataPlane.Outcome o = plane.call(from.name(), at.pod(), c.callee(), SpanText.method(c.operation()), t, rng);
        ObjectNode svc = cluster.world().at("Service", app.namespace(), c.callee(), t);
        String ip = svc == null ? "" : svc.path("spec").path("clusterIP").asText();
        int port = svc == null ? 0 : svc.path("spec").path("ports").path(0).path("port").asInt();
        long end;
        boolean error;
        String message;
        int http;
        DataPlane.Failure failure = o.failure();
        if (edgeFail && failure == DataPlane.Failure.NONE) {
            failure = edgeTimeout ? DataPlane.Failure.TIMEOUT : DataPlane.Failure.RESET;
        }
        if (failure == DataPlane.Failure.NONE) {
            Operation target = app.operation(o.backend().workload(), c.operation());
            Served s = target == null ? new Served(startNs + net, true, "unimplemented: " + c.operation(), 404)
                    : serve(traceId, childParent, o.backend(), target, c.protocol(), startNs + net
                            + (c.async() ? (long) (3 + rng.nextDouble() * 20) * MS : 0));
            end = (c.async() ? startNs + 2 * net : s.endNs()) + net + (long) (extraMs * MS);
            error = !c.async() && s.error();
            message = s.message();
            http = s.httpStatus();
        } else if (failure == DataPlane.Failure.FORBIDDEN) {
            // the gateway itself answers 403: it records its server span, the backend is never called
            Workload gw = app.workload(o.backend().workload());
            long gwStart = startNs + net;
            long gwEnd = gwStart + selfNs(0.3);
            String sid = Hashes.hex(rng, 16);
            spans.add(new Span(traceId, sid, childParent == null ? "" : childParent, c.operation(), "Server", gw.service(),
                    gw.name(), o.backend().pod(), o.backend().node(), gwStart, gwEnd - gwStart, "Error",
                    "RBAC: access denied", SpanText.server("http", c.operation(), 403, true)));
            end = gwEnd + net;
            error = true;
            message = "RBAC: access denied";
            http = 403;
        } else {
            long wait = switch (failure) {
                case TIMEOUT -> timeoutNs;
                // Redis and Kafka clients retry the connection until their connect timeout before failing
                case REFUSED, DNS -> c.protocol().equals("redis") || c.protocol().equals("kafka")
                        ? (long) ((4_500 + rng.nextDouble() * 1_000) * MS) : (long) ((0.5 + rng.nextDouble()) * MS);
                default -> (long) ((0.5 + rng.nextDouble()) * MS);
            };
            end = startNs + wait + (long) (extraMs * MS);
            error = true;
            message = edgeMessage != null && failure != o.failure() ? edgeMessage : SpanText.failure(failure, c, ip, port);
            http = SpanText.httpStatus(failure);
        }
        if (end - startNs > timeoutNs) {
            end = startNs + timeoutNs;
            error = !c.async();
            message = c.protocol().equals("grpc") ? "4 DEADLINE_EXCEEDED: context deadline exceeded" : "upstream request timeout";
            http = 504;
            failure = DataPlane.Failure.TIMEOUT;
        }
        if (from.instrumented()) {
            String kind = c.protocol().equals("kafka") ? "Producer" : "Client";
            String code = error ? SpanText.grpcCode(failure) : "0";
            spans.add(new Span(traceId, clientId, parentId == null ? "" : parentId, c.operation(), kind, from.service(),
                    from.name(), at.pod(), at.node(), startNs, end - startNs, error ? "Error" : "Unset",
                    error ? message : "", SpanText.client(c, port, error ? http : 200, code)));
        }
        return new Served(end, error, message, http);
    }
}
