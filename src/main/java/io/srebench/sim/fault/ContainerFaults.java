package io.srebench.sim.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.srebench.sim.Incident;
import io.srebench.sim.app.Workload;
import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.k8s.Hashes;
import io.srebench.sim.k8s.Json;
import io.srebench.sim.k8s.K8sObjects;
import io.srebench.sim.k8s.KubeEvent;
import io.srebench.sim.k8s.PodFates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Faults in a workload's pod template: image, command, resources, probes, init containers, environment and DNS
 * policy. Each patches the template and rolls the workload; the new pod meets the matching fate.
 */
final class ContainerFaults {
    private ContainerFaults() {
    }

    static List<Fault> all() {
        return List.of(new SimpleFault("nonexistent-kubernetes-workload-container-image", ContainerFaults::badImage),
                new SimpleFault("unsupported-architecture-kubernetes-workload-container-image", ContainerFaults::wrongArch),
                new SimpleFault("invalid-kubernetes-workload-container-command", ContainerFaults::badCommand),
                new SimpleFault("insufficient-kubernetes-workload-container-resources", ContainerFaults::tooLittleMemory),
                new SimpleFault("misconfigured-kubernetes-workload-container-readiness-probe", ContainerFaults::badProbe),
                new SimpleFault("crashing-kubernetes-workload-init-container", (c, a) -> initContainer(c, a, true)),
                new SimpleFault("hanging-kubernetes-workload-init-container", (c, a) -> initContainer(c, a, false)),
                new SimpleFault("unassigned-kubernetes-workload-container-resource-limits", ContainerFaults::noLimits),
                new SimpleFault("modified-kubernetes-workload-container-environment-variable", EnvFault::apply),
                new SimpleFault("failing-name-resolution-kubernetes-workload-dns-policy", ContainerFaults::badDns));
    }

    private static void badImage(FaultContext ctx, JsonNode args) {
        Workload w = ctx.workload(args);
        String container = ctx.container(args, w);
        String repo = w.image().contains(":") ? w.image().substring(0, w.image().lastIndexOf(':')) : w.image();
        String image = repo + ":nonexistent-" + Hashes.suffix(ctx.cluster().rng(), 6);
        ctx.cluster().rollout(w.name(), ctx.at(), ctx.manager(),
                spec -> Json.container(spec, container).put("image", image),
                PodFates.imagePullFailure("rpc error: code = NotFound desc = failed to pull and unpack image \"" + image
                        + "\": failed to resolve reference \"" + image + "\": " + image + ": not found"));
    }

    private static void wrongArch(FaultContext ctx, JsonNode args) {
        Workload w = ctx.workload(args);
        String container = ctx.container(args, w);
        String image = "docker.io/arm64v8/" + w.name() + ":2.1.3";
        ctx.cluster().rollout(w.name(), ctx.at(), ctx.manager(), spec -> {
            Json.container(spec, container).put("image", image);
            spec.putObject("nodeSelector").put("kubernetes.io/arch", "amd64");
        }, PodFates.imagePullFailure("rpc error: code = NotFound desc = failed to pull and unpack image \"" + image
                + "\": no match for platform in manifest: not found"));
    }

    private static void badCommand(FaultContext ctx, JsonNode args) {
        Workload w = ctx.workload(args);
        String container = ctx.container(args, w);
        Cluster c = ctx.cluster();
        String cmd = "/bin/" + w.name().replace("-", "") + "-srv";
        c.rollout(w.name(), ctx.at(), ctx.manager(),
                spec -> Json.container(spec, container).putArray("command").add(cmd),
                PodFates.crashLoop("StartError", 128, 200));
        for (String pod : c.podNames(w.name())) {
            var p = c.world().latest("Pod", c.app().namespace(), pod);
            if (p.path("spec").path("containers").path(0).has("command")) {
                c.event(new KubeEvent("Pod", c.app().namespace(), pod, "spec.containers{" + container + "}", "Failed",
                        "Error: failed to create containerd task: failed to create shim task: OCI runtime create failed:"
                                + " runc create failed: unable to start container process: error during container init:"
                                + " exec: \"" + cmd + "\": stat " + cmd + ": no such file or directory: unknown", true,
                        "kubelet", p.path("spec").path("nodeName").asText(), ctx.at() + 3_000, ctx.end() - 5_000, 9));
            }
        }
    }

    private static void tooLittleMemory(FaultContext ctx, JsonNode args) {
        Workload w = ctx.workload(args);
        String container = ctx.container(args, w);
        Cluster c = ctx.cluster();
        c.rollout(w.name(), ctx.at(), ctx.manager(), spec -> {
            ObjectNode res = Json.container(spec, container).putObject("resources");
            res.putObject("requests").put("cpu", "10m").put("memory", "8Mi");
            res.putObject("limits").put("cpu", "20m").put("memory", "8Mi");
        }, PodFates.crashLoop("OOMKilled", 137, 4_000));
        oomNodeEvents(c, w, ctx.at(), ctx.end());
    }

    /** Node events of the kernel OOM killer for a crash-looping workload's processes. */
    static void oomNodeEvents(Cluster c, Workload w, long from, long end) {
        for (String pod : c.podNames(w.name())) {
            var p = c.world().latest("Pod", c.app().namespace(), pod);
            var created = p.get("metadata").get("creationTimestamp").asText();
            if (created.compareTo(io.srebench.sim.k8s.K8sTime.iso(from)) < 0) {
                continue;
            }
            String node = p.path("spec").path("nodeName").asText();
            c.event(new KubeEvent("Node", null, node, "", "OOMKilling", "Memory cgroup out of memory: Killed process "
                    + (2000 + c.rng().nextInt(30000)) + " (" + w.name().replace("-", "") + ") total-vm:"
                    + (700_000 + c.rng().nextInt(300_000)) + "kB, anon-rss:" + (8000 + c.rng().nextInt(300)) + "kB,"
                    + " file-rss:0kB, shmem-rss:0kB, UID:0 pgtables:312kB oom_score_adj:999", true, "kernel-monitor", node,
                    from + 8_000, end - 20_000, 9));
        }
    }

    private static void badProbe(FaultContext ctx, JsonNode args) {
        Workload w = ctx.workload(args);
        String container = args.path("container").has("name") ? ctx.container(args, w) : w.container();
        Cluster c = ctx.cluster();
        int port = w.port() + 1;
        c.rollout(w.name(), ctx.at(), ctx.manager(), spec -> {
            ObjectNode probe = Json.container(spec, container).putObject("readinessProbe");
            probe.putObject("httpGet").put("path", "/ready").put("port", port).put("scheme", "HTTP");
            probe.put("initialDelaySeconds", 5).put("periodSeconds", 10).put("failureThreshold", 3).put("timeoutSeconds", 1);
        }, PodFates.notReady("Readiness probe failed: Get \"http://10.244.2.17:" + port + "/ready\": dial tcp 10.244.2.17:"
                + port + ": connect: connection refused"));
    }

    private static void initContainer(FaultContext ctx, JsonNode args, boolean crashing) {
        Workload w = ctx.workload(args);
        Cluster c = ctx.cluster();
        String ns = c.app().namespace();
        String init = crashing ? "validate-config" : "wait-for-dependencies";
        String cm = w.name() + "-config";
        String key = args.path("configMapName").asText("config.json");
        if (crashing) {
            Map<String, String> data = new LinkedHashMap<>();
            data.put(key, "{\"features\": {\"recommendations\": {\"enabled\": true, \"cache\": {\"size\": 512, \"items\": ["
                    + "\"OLJCESPC7Z\", \"66VCHSJNUP\", \"1YMWWN1N4O\", \"L9ECAV7KIM\"");
            data.put("validate.sh", "#!/bin/sh\nset -e\npython3 -c 'import json,sys; json.load(open(\"/config/" + key
                    + "\"))'\n");
            ctx.create(K8sObjects.data("ConfigMap", ns, cm, Hashes.uid(c.rng()), ctx.at(), data), ctx.at());
        }
        c.rollout(w.name(), ctx.at() + 2_000, ctx.manager(), spec -> {
            ObjectNode ic = spec.putArray("initContainers").addObject();
            ic.put("name", init);
            ic.put("image", crashing ? "python:3.12-alpine" : "busybox:1.37");
            if (crashing) {
                ic.putArray("command").add("/bin/sh").add("/config/validate.sh");
                ic.putArray("volumeMounts").addObject().put("name", "config").put("mountPath", "/config");
                spec.withArray("volumes").addObject().put("name", "config").putObject("configMap").put("name", cm);
            } else {
                ic.putArray("command").add("/bin/sh").add("-c").add("until nslookup " + w.name()
                        + "-dependency.invalid; do echo waiting for dependency; sleep 2; done");
            }
        }, PodFates.initBlocked(init, crashing));
    }

    private static void noLimits(FaultContext ctx, JsonNode args) {
        Workload w = ctx.workload(args);
        String container = args.path("container").has("name") ? ctx.container(args, w) : w.container();
        ctx.cluster().rollout(w.name(), ctx.at(), ctx.manager(),
                spec -> ((ObjectNode) Json.container(spec, container).get("resources")).remove("limits"),
                PodFates.healthy());
    }

    private static void badDns(FaultContext ctx, JsonNode args) {
        Workload w = ctx.workload(args);
        ctx.cluster().rollout(w.name(), ctx.at(), ctx.manager(), spec -> {
            spec.put("dnsPolicy", "None");
            ObjectNode dns = spec.putObject("dnsConfig");
            dns.putArray("nameservers").add("192.0.2.53");
            dns.putArray("searches").add("invalid.local");
        }, PodFates.healthy());
        ctx.incident().add(new Incident.LogNote(w.name(), ctx.fromNow(), 20_000, "ERROR",
                "dns lookup failed: read udp 10.244.1.9:41533->192.0.2.53:53: i/o timeout"));
    }
}
