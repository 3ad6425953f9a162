package io.srebench.sim.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.app.AppModel;
import io.srebench.sim.app.Workload;
import io.srebench.sim.k8s.Json;
import io.srebench.sim.k8s.K8sTime;
import io.srebench.sim.telemetry.Alert;
import io.srebench.sim.telemetry.AlertEvaluator;
import io.srebench.sim.telemetry.LogLine;
import io.srebench.sim.telemetry.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes traces, logs, alert polls and the topology file of a snapshot. */
public final class TelemetryFiles {
    private static final String[] TRACE_COLUMNS = {"Timestamp", "TraceId", "SpanId", "ParentSpanId", "TraceState",
        "SpanName", "SpanKind", "ServiceName", "ResourceAttributes", "ScopeName", "ScopeVersion", "SpanAttributes",
        "Duration", "StatusCode", "StatusMessage", "Events.Timestamp", "Events.Name", "Events.Attributes",
        "Links.TraceId", "Links.SpanId", "Links.TraceState", "Links.Attributes"};
    private static final DateTimeFormatter ALERT_FILE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss")
            .withZone(ZoneOffset.UTC);

    private TelemetryFiles() {
    }

    private static Map<String, String> resource(AppModel app, String service, String workload, String pod, String node) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("k8s.deployment.name", workload);
        r.put("k8s.namespace.name", app.namespace());
        r.put("k8s.node.name", node);
        r.put("k8s.pod.name", pod);
        r.put("service.name", service);
        return r;
    }

    /** The instrumentation scope that would emit a span: the proxy's own, else the language's RPC/HTTP library. */
    static String scope(AppModel app, String service, String workload, String spanName) {
        if (service.equals("frontend-proxy") || service.endsWith("-istio")) {
            return "envoy";
        }
        Workload w = app.workload(workload);
        String lang = w == null ? "" : w.language();
        boolean http = spanName.startsWith("GET") || spanName.startsWith("POST") || spanName.startsWith("HTTP");
        boolean db = spanName.startsWith("HGET") || spanName.startsWith("HMSET") || spanName.startsWith("SELECT")
                || spanName.startsWith("INSERT");
        return switch (lang) {
            case "go" -> http ? "go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
                    : "go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc";
            case "java" -> http ? "io.opentelemetry.java-http-client" : "io.opentelemetry.grpc-1.6";
            case "python" -> http ? "opentelemetry.instrumentation.flask" : "opentelemetry.instrumentation.grpc";
            case "nodejs" -> http ? "@opentelemetry/instrumentation-http" : "@opentelemetry/instrumentation-grpc";
            case "dotnet" -> db ? "OpenTelemetry.Instrumentation.StackExchangeRedis" : "Microsoft.AspNetCore";
            case "ruby" -> "OpenTelemetry::Instrumentation::Sinatra";
            case "cpp" -> "currency";
            case "rust" -> "shipping";
            case "php" -> "io.opentelemetry.contrib.php.slim";
            default -> "opentelemetry-instrumentation";
        };
    }

    /** Writes {@code otel_traces_raw.tsv}. */
    public static void traces(Path file, AppModel app, List<Span> spans) {
        Map<String, String> resCache = new LinkedHashMap<>();
        try (Tsv out = new Tsv(file, TRACE_COLUMNS)) {
            for (Span s : spans) {
                String res = resCache.computeIfAbsent(s.pod() + "|" + s.service(),
                        k -> Tsv.pyDict(resource(app, s.service(), s.workload(), s.pod(), s.node())));
                boolean err = s.error();
                out.cell(K8sTime.naiveNanos(s.startNs())).cell(s.traceId()).cell(s.spanId()).cell(s.parentId()).cell("")
                        .cell(s.name()).cell(s.kind()).cell(s.service()).cell(res)
                        .cell(scope(app, s.service(), s.workload(), s.name())).cell("")
                        .cell(Tsv.pyDict(s.attributes())).cell(s.durationNs()).cell(s.status()).cell(s.statusMessage())
                        .cell(err ? Tsv.pyList(K8sTime.naiveNanos(s.startNs() + s.durationNs())) : "[]")
                        .cell(err ? "['exception']" : "[]")
                        .cell(err ? "[{'exception.message': " + Tsv.pyStr(s.statusMessage()) + "}]" : "[]")
                        .cell("[]").cell("[]").cell("[]").cell("[]");
                out.end();
            }
        }
    }

    /** Writes {@code otel_logs_raw.tsv}. */
    public static void logs(Path file, AppModel app, List<LogLine> logs) {
        try (Tsv out = new Tsv(file, K8sRecorder.LOG_COLUMNS)) {
            for (LogLine l : logs) {
                Map<String, String> attrs = new LinkedHashMap<>();
                if (!l.traceId().isEmpty()) {
                    attrs.put("log.record.uid", l.spanId());
                }
                out.cell(K8sTime.naiveNanos(l.timeNs())).cell(K8sTime.naiveSeconds(l.timeNs() / 1_000_000L))
                        .cell(l.traceId()).cell(l.spanId()).cell(l.traceId().isEmpty() ? 0 : 1).cell(l.severity())
                        .cell(l.severityNumber()).cell(l.service()).cell(l.body()).cell("")
                        .cell(Tsv.pyDict(resource(app, l.service(), l.workload(), l.pod(), l.node()))).cell("")
                        .cell(l.service()).cell("").cell("{}").cell(Tsv.pyDict(attrs));
                out.end();
            }
        }
    }

    /** Writes one {@code alerts/alerts_at_<stamp>.json} per poll: a JSON array (indent 4) of firing alerts. */
    public static void alerts(Path dir, List<AlertEvaluator.Poll> polls) {
        try {
            Files.createDirectories(dir);
            int i = 0;
            for (AlertEvaluator.Poll p : polls) {
                long micros = 387_695 + (i++ * 7_919) % 600_000;
                String name = "alerts_at_" + ALERT_FILE.format(Instant.ofEpochMilli(p.time())) + "."
                        + String.format("%06d", micros) + ".json";
                Files.writeString(dir.resolve(name), alertJson(p.firing()), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String alertJson(List<Alert> alerts) {
        if (alerts.isEmpty()) {
            return "[]";
        }
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < alerts.size(); i++) {
            Alert a = alerts.get(i);
            sb.append("    {\n");
            sb.append("        \"labels\": ").append(map(a.labels(), 8)).append(",\n");
            sb.append("        \"annotations\": ").append(map(a.annotations(), 8)).append(",\n");
            sb.append("        \"state\": \"firing\",\n");
            sb.append("        \"activeAt\": \"").append(activeAt(a.activeAt())).append("\",\n");
            sb.append("        \"value\": \"").append(goFloat(a.value())).append("\"\n");
            sb.append(i + 1 < alerts.size() ? "    },\n" : "    }\n");
        }
        return sb.append("]").toString();
    }

    private static String map(Map<String, String> m, int indent) {
        StringBuilder sb = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, String> e : m.entrySet()) {
            sb.append(" ".repeat(indent + 4)).append(Json.text(e.getKey())).append(": ").append(Json.text(e.getValue()));
            sb.append(++i < m.size() ? ",\n" : "\n");
        }
        return sb.append(" ".repeat(indent)).append("}").toString();
    }

    /** RFC 3339 with the sub-second digits Prometheus prints (trailing zeros trimmed). */
    static String activeAt(long ms) {
        String base = K8sTime.iso(ms);
        long nanos = (ms % 1000) * 1_000_000 + Math.floorMod(ms * 7919, 1_000_000);
        String frac = String.format("%09d", nanos).replaceAll("0+$", "");
        return frac.isEmpty() ? base : base.substring(0, base.length() - 1) + "." + frac + "Z";
    }

    /** Go's strconv 'e' shortest formatting: {@code 1e+00}, {@code 2.5e-01}. */
    static String goFloat(double v) {
        if (v == 0) {
            return "0e+00";
        }
        BigDecimal d = new BigDecimal(Double.toString(Math.abs(v))).stripTrailingZeros();
        int exp = d.precision() - d.scale() - 1;
        String digits = d.unscaledValue().toString();
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (v < 0 ? "-" : "") + mant + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
    }

    /** Writes {@code topology.json}: the recorded objects and call graph as nodes and edges. */
    public static void topology(Path file, AppModel app, List<ObjectNode> objects) {
        ObjectNode root = Json.obj();
        ArrayNode nodes = root.putArray("nodes");
        ArrayNode edges = root.putArray("edges");
        Map<String, String> idsByKindName = new LinkedHashMap<>();
        for (ObjectNode o : objects) {
            String kind = o.get("kind").asText();
            if (kind.equals("Secret") || kind.equals("Endpoints")) {
                continue;
            }
            String ns = o.get("metadata").path("namespace").asText("");
            String name = o.get("metadata").get("name").asText();
            String id = (ns.isEmpty() ? "" : ns + "/") + kind + "/" + name;
            idsByKindName.put(kind + "/" + ns + "/" + name, id);
            ObjectNode n = nodes.addObject().put("id", id).put("kind", kind).put("name", name);
            if (!ns.isEmpty()) {
                n.put("namespace", ns);
            }
        }
        for (ObjectNode o : objects) {
            String kind = o.get("kind").asText();
            String ns = o.get("metadata").path("namespace").asText("");
            String id = idsByKindName.get(kind + "/" + ns + "/" + o.get("metadata").get("name").asText());
            if (id == null) {
                continue;
            }
            if (!ns.isEmpty() && idsByKindName.containsKey("Namespace//" + ns)) {
                edge(edges, idsByKindName.get("Namespace//" + ns), "contains", id);
            }
            for (var ref : o.path("metadata").path("ownerReferences")) {
                String owner = idsByKindName.get(ref.path("kind").asText() + "/" + ns + "/" + ref.path("name").asText());
                if (owner != null) {
                    edge(edges, owner, "contains", id);
                }
            }
            if (kind.equals("Pod")) {
                String node = idsByKindName.get("Node//" + o.path("spec").path("nodeName").asText());
                if (node != null) {
                    edge(edges, id, "depends_on", node);
                }
                for (var v : o.path("spec").path("volumes")) {
                    String cm = idsByKindName.get("ConfigMap/" + ns + "/" + v.path("configMap").path("name").asText());
                    if (cm != null) {
                        edge(edges, id, "depends_on", cm);
                    }
                }
            }
        }
        for (String[] e : app.edges()) {
            String from = idsByKindName.get("Service/" + app.namespace() + "/" + app.workload(e[0]).service());
            String to = idsByKindName.get("Service/" + app.namespace() + "/" + e[1]);
            if (from != null && to != null) {
                edge(edges, from, "calls", to).putObject("meta").put("protocol", e[2]);
            }
        }
        try {
            Files.writeString(file, Json.M.writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode edge(ArrayNode edges, String source, String relation, String target) {
        return edges.addObject().put("source", source).put("relation", relation).put("target", target);
    }
}
