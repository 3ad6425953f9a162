package io.srebench.sim.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.Incident;
import io.srebench.sim.Incident.Active;
import io.srebench.sim.app.FlagdFlags;
import io.srebench.sim.app.Workload;
import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.k8s.Json;
import io.srebench.sim.k8s.PodFates;

import java.util.List;

/**
 * Application-level faults: OpenTelemetry Demo feature flags (the flagd ConfigMap changes; the flagged service
 * misbehaves as the demo implements it) and the two Valkey faults (changed password, memory hog).
 */
final class AppFaults {
    private AppFaults() {
    }

    static List<Fault> all() {
        return List.of(new SimpleFault("opentelemetry-demo-feature-flag", AppFaults::flag),
                new SimpleFault("valkey-workload-changed-password", AppFaults::valkeyPassword),
                new SimpleFault("valkey-workload-out-of-memory", AppFaults::valkeyOom));
    }

    private static void flag(FaultContext ctx, JsonNode args) {
        String kind = ctx.text(args, "kubernetesObject.kind");
        String cm = ctx.text(args, "kubernetesObject.metadata.name");
        if (!kind.equals("ConfigMap") || !cm.equals("flagd-config")) {
            throw ctx.bad("kubernetesObject", "expected ConfigMap \"flagd-config\"");
        }
        String ns = ctx.namespace(args);
        String flag = ctx.text(args, "flag.name");
        String state = ctx.text(args, "flag.state");
        if (ctx.app().workload("flagd") == null) {
            throw ctx.unsupported("the modelled " + ctx.app().id() + " has no flagd");
        }
        if (!FlagdFlags.known(flag)) {
            throw ctx.unsupported("feature flag \"" + flag + "\" is not implemented by the modelled OpenTelemetry Demo");
        }
        if (!FlagdFlags.hasVariant(flag, state)) {
            throw ctx.bad("flag.state", "flag " + flag + " has no variant \"" + state + "\"");
        }
        Cluster c = ctx.cluster();
        c.world().update("ConfigMap", ns, cm, ctx.at(), ctx.manager(), o -> {
            String doc = o.get("data").get(FlagdFlags.FILE).asText();
            ((ObjectNode) o.get("data")).put(FlagdFlags.FILE, FlagdFlags.withDefault(doc, flag, state));
        });
        // flagd re-reads the file on change within seconds; services evaluate the flag on their next request
        flagEffect(ctx, flag, FlagdFlags.value(flag, state), Active.between(ctx.at() + 15_000, ctx.end()));
    }

    private static double num(Object v) {
        return v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).doubleValue();
    }

    private static void flagEffect(FaultContext ctx, String flag, Object value, Active when) {
        Incident inc = ctx.incident();
        double v = num(value);
        if (v == 0) {
            return;
        }
        switch (flag) {
            case "productCatalogFailure" -> inc.add(new Incident.ServiceFault("product-catalog", "GetProduct", when, 0.1, 0,
                    "Error: Product Catalog Fail Feature Flag Enabled"));
            case "recommendationCacheFailure" -> {
                inc.add(new Incident.ServiceFault("recommendation", null, when, 0, 900, ""));
                inc.add(new Incident.Burn("recommendation", when, 0.05, 350, true));
            }
            case "adManualGc" -> {
                inc.add(new Incident.ServiceFault("ad", null, new Active(when.from(), when.to(), 60_000, 20_000), 0, 2_500,
                        ""));
                inc.add(new Incident.Burn("ad", when, 0.3, 120, false));
                inc.add(new Incident.LogNote("ad", when, 30_000, "WARN", "The full garbage collector ran, GC time: 2314ms"));
            }
            case "adHighCpu" -> {
                inc.add(new Incident.Burn("ad", when, 1.5, 0, false));
                inc.add(new Incident.ServiceFault("ad", null, when, 0, 800, ""));
            }
            case "adFailure" -> inc.add(new Incident.ServiceFault("ad", "GetAds", when, 0.1, 0,
                    "io.grpc.StatusRuntimeException: UNAVAILABLE: Ad service failure, adFailure feature flag is enabled"));
            case "kafkaQueueProblems" -> {
                inc.add(new Incident.ServiceFault("accounting", null, when, 0, 1_500 * v / 100, ""));
                inc.add(new Incident.ServiceFault("fraud-detection", null, when, 0, 1_500 * v / 100, ""));
                inc.add(new Incident.Burn("kafka", when, 0.4, 150, true));
            }
            case "cartFailure" -> inc.add(new Incident.ServiceFault("cart", "EmptyCart", when, 1.0, 0,
                    "Wasn't able to connect to redis: EmptyCart failed, cartFailure feature flag is enabled"));
            case "paymentFailure" -> inc.add(new Incident.ServiceFault("payment", "Charge", when, v, 0,
                    "Payment request failed. Invalid token. app.loyalty.level=gold"));
            case "paymentUnreachable" -> inc.add(new Incident.EdgeFault("checkout", "payment", when, 1.0, 0,
                    "14 UNAVAILABLE: Name resolution failed for target dns:badAddress:50051", false));
            case "loadGeneratorFloodHomepage" -> {
                inc.add(new Incident.Traffic(when, "frontend-proxy GET /", 1 + v / 25));
                inc.add(new Incident.ServiceFault("frontend-proxy", null, when, 0.12, 400,
                        "upstream connect error or disconnect/reset before headers. reset reason: overflow"));
                inc.add(new Incident.Burn("frontend", when, 0.15, 60, false));
                inc.add(new Incident.Burn("frontend-proxy", when, 0.08, 10, false));
            }
            case "imageSlowLoad" -> inc.add(new Incident.ServiceFault("image-provider", null, when, 0, v, ""));
            case "emailMemoryLeak" -> {
                inc.add(new Incident.Burn("email", when, 0.02, Math.min(90, v * 0.5), true));
                inc.add(new Incident.ServiceFault("email", null, when, 0, Math.min(3_000, v * 2), ""));
            }
            case "failedReadinessProbe" -> ctx.cluster().rollout("cart", when.from(), "kubelet", s -> { },
                    PodFates.notReady("Readiness probe failed: HTTP probe failed with statuscode: 503"));
            default -> throw ctx.unsupported("feature flag \"" + flag + "\" has no modelled effect");
        }
    }

    private static Workload valkey(FaultContext ctx, JsonNode args) {
        Workload w = ctx.workload(args);
        ctx.container(args, w);
        if (!w.image().contains("valkey")) {
            throw ctx.unsupported("workload \"" + w.name() + "\" does not run Valkey");
        }
        return w;
    }

    private static void valkeyPassword(FaultContext ctx, JsonNode args) {
        Workload w = valkey(ctx, args);
        Cluster c = ctx.cluster();
        c.rollout(w.name(), ctx.at(), ctx.manager(), spec -> {
            ArrayNode a = Json.container(spec, w.container()).putArray("args");
            a.add("--requirepass").add(io.srebench.sim.k8s.Hashes.hex(c.rng(), 16));
        }, PodFates.healthy());
        for (String caller : ctx.app().callers(w.service())) {
            // the client retries its connection handshake until its connect timeout before giving up
            ctx.incident().add(new Incident.EdgeFault(caller, w.service(), Active.between(ctx.at() + 12_000, ctx.end()),
                    0.85, 2_600, "NOAUTH Authentication required.", false));
        }
    }

    private static void valkeyOom(FaultContext ctx, JsonNode args) {
        Workload w = valkey(ctx, args);
        Cluster c = ctx.cluster();
        c.rollout(w.name(), ctx.at(), ctx.manager(), spec -> {
            ObjectNode ct = Json.container(spec, w.container());
            ct.putArray("command").add("/bin/sh").add("-c");
            ct.putArray("args").add("valkey-server --maxmemory 0 & python3 -c \"b=[]\nwhile True: b.append(' ' * 10**6)\"");
        }, PodFates.crashLoop("OOMKilled", 137, 25_000));
        ContainerFaults.oomNodeEvents(c, w, ctx.at(), ctx.end());
    }
}
