package io.srebench.sim.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.k8s.Hashes;
import io.srebench.sim.k8s.Json;
import io.srebench.sim.k8s.K8sTime;
import io.srebench.sim.k8s.KubeEvent;
import io.srebench.sim.k8s.PodStatus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes {@code k8s_objects_raw.tsv} (a pull of every recorded resource every five minutes, as the collector's
 * k8sobjects receiver does; Secrets are not pulled) and {@code k8s_events_raw.tsv} (watch notifications of Events:
 * events that exist when the watch starts arrive as ADDED at the start, repeats arrive as MODIFIED).
 * Deployment/ReplicaSet status and Endpoints are derived from the pods at each observation.
 */
public final class K8sRecorder {
    static final String[] LOG_COLUMNS = {"Timestamp", "TimestampTime", "TraceId", "SpanId", "TraceFlags", "SeverityText",
        "SeverityNumber", "ServiceName", "Body", "ResourceSchemaUrl", "ResourceAttributes", "ScopeSchemaUrl", "ScopeName",
        "ScopeVersion", "ScopeAttributes", "LogAttributes"};
    private static final String SCOPE = "github.com/open-telemetry/opentelemetry-collector-contrib/receiver/k8sobjectsreceiver";
    private static final long EVENT_TTL = 3_600_000L;
    private final Cluster cluster;
    private final SplittableRandom rng;

    public K8sRecorder(Cluster cluster, long seed) {
        this.cluster = cluster;
        this.rng = new SplittableRandom(seed ^ 0xE7E7L);
    }

    static String plural(String kind) {
        String k = kind.toLowerCase(java.util.Locale.ROOT);
        if (k.endsWith("chaos") || k.equals("endpoints")) {
            return k;
        }
        if (k.endsWith("s")) {
            return k + "es";
        }
        if (k.endsWith("y")) {
            return k.substring(0, k.length() - 1) + "ies";
        }
        return k + "s";
    }

    /** Writes the object observations; returns the number of rows. */
    public long writeObjects(Path file) {
        try (Tsv out = new Tsv(file, LOG_COLUMNS)) {
            long first = cluster.timeline().start() + cluster.timeline().objectPhase();
            for (long t = first; t < cluster.timeline().end(); t += 300_000) {
                long ns = t * 1_000_000L + rng.nextInt(1_000_000);
                for (ObjectNode o : observe(t)) {
                    if (o.get("kind").asText().equals("Secret")) {
                        continue;
                    }
                    String namespace = o.get("metadata").path("namespace").asText("");
                    Map<String, String> res = new LinkedHashMap<>();
                    if (!namespace.isEmpty()) {
                        res.put("k8s.namespace.name", namespace);
                    }
                    Map<String, String> attrs = new LinkedHashMap<>();
                    attrs.put("k8s.resource.name", plural(o.get("kind").asText()));
                    row(out, ns, "", Json.text(o), res, attrs);
                }
            }
            return out.rows();
        }
    }

    private static void row(Tsv out, long ns, String service, String body, Map<String, String> res, Map<String, String> attrs) {
        out.cell(K8sTime.naiveNanos(ns)).cell(K8sTime.naiveSeconds(ns / 1_000_000L)).cell("").cell("").cell(0).cell("")
                .cell(0).cell(service).cell(body).cell("").cell(Tsv.pyDict(res)).cell("").cell(SCOPE).cell("0.129.0")
                .cell("{}").cell(Tsv.pyDict(attrs));
        out.end();
    }

    /** The objects as the API returns them at {@code t}, with derived workload status and Endpoints. */
    public List<ObjectNode> observe(long t) {
        List<ObjectNode> out = new ArrayList<>();
        List<ObjectNode> live = cluster.world().all(t);
        List<ObjectNode> pods = new ArrayList<>();
        for (ObjectNode o : live) {
            if (o.get("kind").asText().equals("Pod")) {
                pods.add(o);
            }
        }
        for (ObjectNode o : live) {
            String kind = o.get("kind").asText();
            if (kind.equals("Deployment") || kind.equals("ReplicaSet") || kind.equals("StatefulSet")) {
                out.add(withStatus(o, pods));
            } else {
                out.add(o);
            }
            if (kind.equals("Service")) {
                out.add(endpoints(o, pods));
            }
        }
        return out;
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector == null || selector.isEmpty()) {
            return false;
        }
        var it = selector.fields();
        while (it.hasNext()) {
            var e = it.next();
            if (!labels.path(e.getKey()).asText("\u0000").equals(e.getValue().asText())) {
                return false;
            }
        }
        return true;
    }

    private static ObjectNode withStatus(ObjectNode o, List<ObjectNode> pods) {
        ObjectNode copy = o.deepCopy();
        JsonNode sel = o.path("spec").path("selector").path("matchLabels");
        String ns = o.get("metadata").path("namespace").asText();
        int total = 0;
        int ready = 0;
        for (ObjectNode p : pods) {
            if (p.get("metadata").path("namespace").asText().equals(ns) && selects(sel, p.get("metadata").path("labels"))) {
                total++;
                ready += PodStatus.ready(p) ? 1 : 0;
            }
        }
        int want = o.path("spec").path("replicas").asInt(1);
        ObjectNode st = copy.putObject("status");
        st.put("observedGeneration", o.get("metadata").path("generation").asInt(1));
        st.put("replicas", total);
        st.put("readyReplicas", ready);
        st.put("availableReplicas", ready);
        if (o.get("kind").asText().equals("Deployment")) {
            st.put("updatedReplicas", total);
            if (want > ready) {
                st.put("unavailableReplicas", want - ready);
            }
            ArrayNode conds = st.putArray("conditions");
            String created = o.get("metadata").get("creationTimestamp").asText();
            conds.addObject().put("type", "Available").put("status", ready >= want ? "True" : "False")
                    .put("reason", ready >= want ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable")
                    .put("message", ready >= want ? "Deployment has minimum availability."
                            : "Deployment does not have minimum availability.").put("lastUpdateTime", created);
            conds.addObject().put("type", "Progressing").put("status", "True").put("reason", "NewReplicaSetAvailable")
                    .put("message", "ReplicaSet \"" + o.get("metadata").get("name").asText() + "\" is progressing.")
                    .put("lastUpdateTime", created);
        } else {
            st.put("fullyLabeledReplicas", total);
        }
        return copy;
    }

    private ObjectNode endpoints(ObjectNode svc, List<ObjectNode> pods) {
        ObjectNode md = (ObjectNode) svc.get("metadata");
        ObjectNode ep = Json.obj();
        ep.put("apiVersion", "v1");
        ep.put("kind", "Endpoints");
        ObjectNode emd = ep.putObject("metadata");
        emd.put("name", md.get("name").asText());
        emd.put("namespace", md.get("namespace").asText());
        emd.put("uid", md.get("uid").asText().substring(0, 24) + "e0e0e0e0e0e0");
        emd.put("creationTimestamp", md.get("creationTimestamp").asText());
        ArrayNode subsets = ep.putArray("subsets");
        ObjectNode subset = Json.obj();
        JsonNode sel = svc.path("spec").path("selector");
        for (ObjectNode p : pods) {
            if (!p.get("metadata").path("namespace").asText().equals(md.get("namespace").asText())
                    || !selects(sel, p.get("metadata").path("labels"))) {
                continue;
            }
            ObjectNode addr = subset.withArray(PodStatus.ready(p) ? "addresses" : "notReadyAddresses").addObject();
            addr.put("ip", p.path("status").path("podIP").asText(""));
            addr.put("nodeName", p.path("spec").path("nodeName").asText(""));
            addr.putObject("targetRef").put("kind", "Pod").put("name", p.get("metadata").get("name").asText())
                    .put("namespace", md.get("namespace").asText());
        }
        if (!subset.isEmpty()) {
            JsonNode port = svc.path("spec").path("ports").path(0);
            subset.putArray("ports").addObject().put("name", port.path("name").asText()).put("port", port.path("targetPort")
                    .asInt()).put("protocol", "TCP");
            subsets.add(subset);
        }
        return ep;
    }

    /** Writes the event notifications; returns the number of rows. */
    public long writeEvents(Path file) {
        long start = cluster.timeline().start();
        long end = cluster.timeline().end();
        record Row(long at, String body, String ns) {
        }
        List<Row> rows = new ArrayList<>();
        int seq = 0;
        for (KubeEvent e : cluster.events()) {
            if (e.last() < start - EVENT_TTL || e.first() >= end) {
                continue;
            }
            String name = e.name() + "." + Hashes.hex(rng, 16);
            String uid = Hashes.uid(rng);
            int updates = Math.min(e.count(), 8);
            for (int u = 1; u <= updates; u++) {
                long occurred = updates == 1 ? e.last()
                        : e.first() + (Math.min(e.last(), end - 1) - e.first()) * (u - 1) / (updates - 1);
                int count = updates == 1 ? e.count() : Math.max(1, (int) Math.round(e.count() * (double) u / updates));
                if (occurred >= end) {
                    break;
                }
                long recorded = Math.max(occurred + 40 + rng.nextInt(400), start + 1_500 + (seq++ % 997));
                if (occurred < start && u < updates && e.last() < start) {
                    continue;
                }
                rows.add(new Row(recorded, body(e, name, uid, u == 1 || occurred < start ? "ADDED" : "MODIFIED",
                        occurred, count), e.namespace()));
            }
        }
        rows.sort(Comparator.comparingLong(Row::at));
        try (Tsv out = new Tsv(file, LOG_COLUMNS)) {
            for (Row r : rows) {
                Map<String, String> res = new LinkedHashMap<>();
                res.put("k8s.namespace.name", r.ns() == null ? "" : r.ns());
                Map<String, String> attrs = new LinkedHashMap<>();
                attrs.put("k8s.resource.name", "events");
                attrs.put("event.domain", "k8s");
                row(out, r.at() * 1_000_000L + rng.nextInt(1_000_000), "", r.body(), res, attrs);
            }
            return out.rows();
        }
    }

    private static String body(KubeEvent e, String name, String uid, String type, long occurred, int count) {
        ObjectNode n = Json.obj();
        n.put("type", type);
        ObjectNode o = n.putObject("object");
        o.put("apiVersion", "v1");
        o.put("kind", "Event");
        ObjectNode md = o.putObject("metadata");
        md.put("name", name);
        if (e.namespace() != null) {
            md.put("namespace", e.namespace());
        }
        md.put("uid", uid);
        md.put("creationTimestamp", K8sTime.iso(e.first()));
        ObjectNode inv = o.putObject("involvedObject");
        inv.put("apiVersion", e.kind().equals("Pod") || e.kind().equals("Node") ? "v1" : "apps/v1");
        inv.put("kind", e.kind());
        inv.put("name", e.name());
        if (e.namespace() != null) {
            inv.put("namespace", e.namespace());
        }
        if (!e.fieldPath().isEmpty()) {
            inv.put("fieldPath", e.fieldPath());
        }
        o.put("reason", e.reason());
        o.put("message", e.message());
        ObjectNode src = o.putObject("source");
        src.put("component", e.component());
        if (!e.host().isEmpty()) {
            src.put("host", e.host());
        }
        o.put("firstTimestamp", K8sTime.iso(e.first()));
        o.put("lastTimestamp", K8sTime.iso(occurred));
        o.put("count", count);
        o.put("type", e.warning() ? "Warning" : "Normal");
        o.putNull("eventTime");
        o.put("reportingComponent", e.component());
        o.put("reportingInstance", e.host());
        return Json.text(n);
    }
}
