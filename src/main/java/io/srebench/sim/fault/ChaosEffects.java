package io.srebench.sim.fault;

import com.fasterxml.jackson.databind.JsonNode;
import io.srebench.sim.Incident;
import io.srebench.sim.Incident.Active;
import io.srebench.sim.app.Workload;
import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.k8s.PodFates;

import java.util.List;

/** What each Chaos Mesh experiment kind does to the selected workloads while it runs. */
final class ChaosEffects {
    private final FaultContext ctx;
    private final JsonNode spec;
    private final String field;
    private final List<Workload> targets;
    private final Active when;

    ChaosEffects(FaultContext ctx, JsonNode spec, String field, List<Workload> targets, Active when) {
        this.ctx = ctx;
        this.spec = spec;
        this.field = field;
        this.targets = targets;
        this.when = when;
    }

    /** Parses Go-style durations: {@code 500ms}, {@code 55s}, {@code 5m}, {@code 1h}, {@code 1m30s}. */
    static long parseDuration(FaultContext ctx, String text, String field) {
        var m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)").matcher(text.trim());
        long total = 0;
        int pos = 0;
        while (m.find()) {
            if (m.start() != pos) {
                throw ctx.bad(field, "not a duration: \"" + text + "\"");
            }
            double v = Double.parseDouble(m.group(1));
            total += (long) (v * switch (m.group(2)) {
                case "ms" -> 1;
                case "s" -> 1_000;
                case "m" -> 60_000;
                default -> 3_600_000;
            });
            pos = m.end();
        }
        if (pos != text.trim().length() || pos == 0) {
            throw ctx.bad(field, "not a duration: \"" + text + "\"");
        }
        return total;
    }

    private static double percent(String s) {
        return Double.parseDouble(s.replace("%", "").trim());
    }

    void network(List<Workload> peers) {
        String action = spec.path("action").asText("");
        Incident inc = ctx.incident();
        double extra = 0;
        double errorProb = 0;
        boolean timeout = false;
        String message = null;
        switch (action) {
            case "delay" -> {
                extra = parseDuration(ctx, spec.path("delay").path("latency").asText("0ms"), field + ".delay.latency");
                if (spec.path("delay").has("jitter")) {
                    extra += parseDuration(ctx, spec.path("delay").path("jitter").asText(), field + ".delay.jitter") / 2.0;
                }
            }
            case "loss" -> {
                errorProb = percent(spec.path("loss").path("loss").asText("0")) / 100;
                timeout = true;
                extra = 200;
            }
            case "partition" -> {
                errorProb = 1;
                timeout = true;
            }
            case "duplicate", "corrupt" -> {
                errorProb = percent(spec.path(action).path(action).asText("0")) / 200;
                message = "connection reset by peer";
                extra = 20;
            }
            case "bandwidth" -> extra = 40;
            default -> throw ctx.unsupported(field + ".action \"" + action + "\" is not a modelled network chaos action");
        }
        boolean blocks = errorProb > 0;
        for (Workload t : targets) {
            if (peers.isEmpty()) {
                // all traffic of the selected pods: their answers to callers and their own requests
                inc.add(new Incident.EdgeFault(null, t.service(), when, errorProb, extra, message, timeout));
                inc.add(new Incident.EdgeFault(t.name(), null, when, errorProb, extra, message, timeout));
                continue;
            }
            for (Workload p : peers) {
                inc.add(new Incident.EdgeFault(t.name(), p.service(), when, errorProb, extra, message, timeout));
                if (blocks || spec.path("direction").asText("to").equals("both")) {
                    // a TCP exchange needs both directions: blocking one breaks calls either way
                    inc.add(new Incident.EdgeFault(p.name(), t.service(), when, errorProb, extra, message, timeout));
                }
            }
        }
    }

    void stress() {
        Cluster c = ctx.cluster();
        JsonNode st = spec.path("stressors");
        if (!st.has("cpu") && !st.has("memory")) {
            throw ctx.bad(field + ".stressors", "needs cpu or memory");
        }
        for (Workload w : targets) {
            double cpuLimit = w.cpuMilli()[1] / 1000.0;
            if (st.has("cpu")) {
                double demand = st.path("cpu").path("workers").asInt(1) * st.path("cpu").path("load").asDouble(100) / 100;
                double ratio = demand / cpuLimit;
                ctx.incident().add(new Incident.Burn(w.name(), when, Math.min(demand, cpuLimit * 1.5), 0, false));
                if (ratio > 0.5) {
                    ctx.incident().add(new Incident.ServiceFault(w.name(), null, when, 0, Math.min(3_000, 100 * ratio), ""));
                }
            }
            if (st.has("memory")) {
                String size = st.path("memory").path("size").asText("256MB");
                boolean noLimit = !hasMemoryLimit(c, w);
                double mi = size.endsWith("%") ? percent(size) / 100 * (noLimit ? 15_000 : w.memMi()[1])
                        : megabytes(size) * Math.max(1, st.path("memory").path("workers").asInt(1)) / 4.0;
                if (!noLimit && w.baseMemMi() + mi >= w.memMi()[1] * 0.98) {
                    oomEveryRun(c, w);
                } else {
                    ctx.incident().add(new Incident.Burn(w.name(), when, 0.05, mi, false));
                    if (noLimit && mi > 4_000) {
                        ctx.incident().add(new Incident.ServiceFault(w.name(), null, when, 0.02, 350,
                                "System.OutOfMemoryException: Insufficient memory to continue the execution of the program."));
                        String node = c.pods(w.name(), ctx.at()).isEmpty() ? c.workers().get(0)
                                : c.pods(w.name(), ctx.at()).get(0).path("spec").path("nodeName").asText();
                        c.event(new io.srebench.sim.k8s.KubeEvent("Node", null, node, "", "NodeHasInsufficientMemory",
                                "Node " + node + " status is now: NodeHasInsufficientMemory", false, "kubelet", node,
                                ctx.at() + 30_000, ctx.end() - 60_000, 12));
                    }
                }
            }
        }
    }

    private boolean hasMemoryLimit(Cluster c, Workload w) {
        var d = c.workloadObject(w.name(), ctx.at() + 1);
        return d != null && d.path("spec").path("template").path("spec").path("containers").path(0).path("resources")
                .path("limits").has("memory");
    }

    private static double megabytes(String s) {
        String u = s.toUpperCase(java.util.Locale.ROOT).trim();
        double mult = u.endsWith("GB") || u.endsWith("GI") ? 1024 : u.endsWith("KB") ? 1 / 1024.0 : 1;
        return Double.parseDouble(u.replaceAll("[A-Z]+$", "")) * mult;
    }

    /** The stressor pushes the container over its memory limit: the kernel kills it at every run. */
    private void oomEveryRun(Cluster c, Workload w) {
        for (long t = when.from(); t < when.to(); t += Math.max(60_000, when.period())) {
            for (var p : c.pods(w.name(), t)) {
                c.restartContainer(p.get("metadata").get("name").asText(), t + 6_000, "OOMKilled", 137, 14_000);
            }
        }
        ContainerFaults.oomNodeEvents(c, w, ctx.at() - 1, ctx.end());
    }

    void http() {
        String method = spec.path("method").asText("");
        String op = method.isEmpty() ? null : method + " ";
        for (Workload w : targets) {
            if (spec.path("abort").asBoolean(false)) {
                ctx.incident().add(new Incident.ServiceFault(w.name(), op, when, 1, 0, "connection reset by peer"));
            } else if (spec.has("delay")) {
                ctx.incident().add(new Incident.ServiceFault(w.name(), op, when, 0,
                        parseDuration(ctx, spec.path("delay").asText(), field + ".delay"), ""));
            } else if (spec.has("patch") || spec.has("replace")) {
                String body = spec.path("patch").path("body").path("value").asText(spec.path("replace").path("body")
                        .asText("<replaced>"));
                ctx.incident().add(new Incident.ServiceFault(w.name(), op, when, 1, 0, w.language().equals("ruby")
                        ? "NoMethodError: undefined method `[]' for an instance of String (request body: " + body + ")"
                        : "failed to decode request body: " + body));
            } else {
                throw ctx.unsupported(field + ": HTTP chaos without abort, delay, patch or replace has no modelled effect");
            }
        }
    }

    void jvm() {
        String action = spec.path("action").asText("");
        for (Workload w : targets) {
            if (!w.language().equals("java")) {
                throw ctx.unsupported(field + ": JVM chaos needs a JVM workload; \"" + w.name() + "\" runs " + w.language());
            }
            Incident inc = ctx.incident();
            switch (action) {
                case "stress" -> {
                    boolean heap = spec.has("memType");
                    inc.add(new Incident.Burn(w.name(), when, heap ? 0.2 : 1.0, heap ? w.memMi()[1] * 0.4 : 0, false));
                    inc.add(new Incident.ServiceFault(w.name(), null, when, heap ? 0.08 : 0, heap ? 1_800 : 900,
                            "java.lang.OutOfMemoryError: Java heap space"));
                }
                case "gc" -> inc.add(new Incident.ServiceFault(w.name(), null, when, 0, 1_200, ""));
                case "latency" -> inc.add(new Incident.ServiceFault(w.name(), null, when, 0,
                        spec.path("latency").asDouble(1000), ""));
                case "exception" -> inc.add(new Incident.ServiceFault(w.name(), null, when, 1, 0,
                        spec.path("exception").asText("java.io.IOException: chaos")));
                case "ruleData", "return" -> {
                    String rule = spec.path("ruleData").asText(spec.path("value").asText(""));
                    String cls = after(rule, "CLASS");
                    String method = after(rule, "METHOD");
                    inc.add(new Incident.ServiceFault(w.name(), null, when, 1, 0, rule.contains("null")
                            ? "java.lang.NullPointerException: Cannot invoke method because the return value of \"" + cls
                            + "." + method + "()\" is null" : "java.lang.RuntimeException: " + cls + "." + method));
                }
                default -> throw ctx.unsupported(field + ".action \"" + action + "\" is not a modelled JVM chaos action");
            }
        }
    }

    private static String after(String rule, String keyword) {
        for (String line : rule.split("\\\\n|\n")) {
            if (line.trim().startsWith(keyword + " ")) {
                return line.trim().substring(keyword.length() + 1).trim();
            }
        }
        return "?";
    }

    void pod(long durationMs) {
        String action = spec.path("action").asText("");
        Cluster c = ctx.cluster();
        for (Workload w : targets) {
            for (long t = when.from(); t < when.to(); t += Math.max(60_000, when.period())) {
                switch (action) {
                    case "pod-kill" -> c.replacePods(w.name(), t, PodFates.healthy());
                    case "container-kill" -> {
                        for (var p : c.pods(w.name(), t)) {
                            c.restartContainer(p.get("metadata").get("name").asText(), t, "Error", 137, 8_000);
                        }
                    }
                    case "pod-failure" -> {
                        for (var p : c.pods(w.name(), t)) {
                            c.restartContainer(p.get("metadata").get("name").asText(), t, "Error", 1,
                                    durationMs > 0 ? durationMs : ctx.end() - t);
                        }
                    }
                    default -> throw ctx.unsupported(field + ".action \"" + action + "\" is not a modelled pod chaos action");
                }
                if (when.period() <= 0) {
                    break;
                }
            }
        }
    }

    void io() {
        String action = spec.path("action").asText("");
        for (Workload w : targets) {
            switch (action) {
                case "latency" -> ctx.incident().add(new Incident.ServiceFault(w.name(), null, when, 0,
                        parseDuration(ctx, spec.path("delay").asText("100ms"), field + ".delay") * 3, ""));
                case "fault" -> ctx.incident().add(new Incident.ServiceFault(w.name(), null, when,
                        spec.path("percent").asDouble(100) / 100, 0, "input/output error (errno " + spec.path("errno")
                        .asInt(5) + ")"));
                default -> throw ctx.unsupported(field + ".action \"" + action + "\" is not a modelled IO chaos action");
            }
        }
    }
}
