package io.srebench.sim;

import io.srebench.sim.app.Workload;
import io.srebench.sim.k8s.Cluster;
import io.srebench.sim.k8s.KubeEvent;
import io.srebench.sim.k8s.Timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Production noise that is not the incident: a small steady error rate on several services, transient error bursts
 * and latency blips on the fault's neighbours (before the injection and during the incident), and a benign container
 * restart. They flow through the same trace, log, metric and alert generators as the fault's effects, so errors,
 * ERROR logs and firing alerts exist before the fault and on entities it never touches (docs/decisions/0005).
 *
 * <p>Limits: noise never blocks a call path for longer than a few minutes and never touches a workload the injections
 * name, so it raises plausible suspects without changing what caused the incident.
 */
final class Background {
    private final Cluster c;
    private final Incident inc;
    private final SplittableRandom rng;
    private final Timeline tl;

    private Background(Cluster c, Incident inc, long seed) {
        this.c = c;
        this.inc = inc;
        this.tl = c.timeline();
        this.rng = new SplittableRandom(seed ^ 0xBAC6L);
    }

    /** Adds the noise; {@code pool} are workloads it may touch, neighbours of the fault first. */
    static void add(Cluster c, Incident inc, List<Workload> pool, long seed) {
        List<Workload> instrumented = new ArrayList<>();
        for (Workload w : pool) {
            if (w.instrumented()) {
                instrumented.add(w);
            }
        }
        if (instrumented.isEmpty()) {
            return;
        }
        Background b = new Background(c, inc, seed);
        b.steadyErrors(instrumented);
        b.bursts(instrumented);
        b.restart(pool);
        b.probeFlaps(pool);
    }

    private long between(long from, long to) {
        return from + (long) (rng.nextDouble() * Math.max(1, to - from));
    }

    private void steadyErrors(List<Workload> pool) {
        int n = Math.min(pool.size(), 2 + rng.nextInt(3));
        for (int i = 0; i < n; i++) {
            Workload w = pool.get(rng.nextInt(pool.size()));
            inc.add(new Incident.ServiceFault(w.name(), null, Incident.Active.between(tl.start() - 600_000, tl.end()),
                    0.003 + rng.nextDouble() * 0.02, 0, message(w)));
        }
    }

    private void bursts(List<Workload> pool) {
        int n = 2 + rng.nextInt(2);
        for (int i = 0; i < n; i++) {
            Workload w = pool.get(Math.min(pool.size() - 1, rng.nextInt(Math.min(pool.size(), 4))));
            long len = 180_000 + rng.nextInt(360_000);
            long from = i == 0 ? between(tl.start() + 120_000, tl.inject() - len / 2)
                    : between(tl.start() + 60_000, tl.end() - len);
            Incident.Active when = Incident.Active.between(from, from + len);
            if (rng.nextDouble() < 0.6) {
                inc.add(new Incident.ServiceFault(w.name(), null, when, 0.12 + rng.nextDouble() * 0.35,
                        rng.nextDouble() * 300, message(w)));
            } else {
                inc.add(new Incident.ServiceFault(w.name(), null, when, 0.01, 400 + rng.nextDouble() * 1_400,
                        message(w)));
            }
        }
    }

    private void restart(List<Workload> pool) {
        Workload w = pool.get(rng.nextInt(pool.size()));
        // before the injection only: a restart must not revive a pod a fault keeps down
        long at = between(tl.start() + 90_000, tl.inject() - 60_000);
        var pods = c.pods(w.name(), at);
        if (pods.isEmpty()) {
            return;
        }
        boolean oom = rng.nextBoolean();
        var pod = pods.get(0);
        String name = pod.get("metadata").get("name").asText();
        String node = pod.path("spec").path("nodeName").asText();
        long down = 12_000 + rng.nextInt(30_000);
        c.restartContainer(name, at, oom ? "OOMKilled" : "Error", oom ? 137 : 1, down);
        c.event(new KubeEvent("Pod", c.app().namespace(), name, "spec.containers{" + w.container() + "}", "BackOff",
                "Back-off restarting failed container " + w.container() + " in pod " + name + "_" + c.app().namespace()
                        + "(" + pod.path("metadata").path("uid").asText() + ")", true, "kubelet", node, at + 1_000,
                at + down - 2_000, 2));
    }

    /** Readiness probes that time out now and then on busy pods, before and during the incident. */
    private void probeFlaps(List<Workload> pool) {
        int n = 1 + rng.nextInt(3);
        for (int i = 0; i < n; i++) {
            Workload w = pool.get(rng.nextInt(pool.size()));
            long at = between(tl.start() + 30_000, tl.end() - 120_000);
            var pods = c.pods(w.name(), at);
            if (pods.isEmpty()) {
                continue;
            }
            var pod = pods.get(0);
            String name = pod.get("metadata").get("name").asText();
            int times = 1 + rng.nextInt(4);
            c.event(new KubeEvent("Pod", c.app().namespace(), name, "spec.containers{" + w.container() + "}",
                    "Unhealthy", "Readiness probe failed: Get \"http://" + pod.path("status").path("podIP").asText() + ":"
                    + w.port() + "/health\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
                    true, "kubelet", pod.path("spec").path("nodeName").asText(), at, at + (times - 1) * 10_000L, times));
        }
    }

    /** An error message in the style of the workload's language runtime. */
    private String message(Workload w) {
        String[] pick = switch (w.language()) {
            case "java" -> new String[] {"java.net.SocketTimeoutException: Read timed out",
                "io.grpc.StatusRuntimeException: UNAVAILABLE: io exception",
                "org.apache.kafka.common.errors.TimeoutException: Expiring 1 record(s)"};
            case "python" -> new String[] {"grpc._channel._InactiveRpcError: StatusCode.UNAVAILABLE",
                "TimeoutError: timed out", "ConnectionResetError: [Errno 104] Connection reset by peer"};
            case "nodejs" -> new String[] {"Error: 14 UNAVAILABLE: No connection established", "Error: read ECONNRESET",
                "Error: 4 DEADLINE_EXCEEDED: Deadline exceeded"};
            case "dotnet" -> new String[] {"System.Net.Http.HttpRequestException: Connection refused",
                "Grpc.Core.RpcException: Status(StatusCode=\"DeadlineExceeded\", Detail=\"Deadline Exceeded\")"};
            case "ruby" -> new String[] {"Net::ReadTimeout with #<TCPSocket:(closed)>", "Errno::ECONNRESET"};
            default -> new String[] {"rpc error: code = Unavailable desc = connection error",
                "context deadline exceeded", "upstream connect error or disconnect/reset before headers"};
        };
        return pick[rng.nextInt(pick.length)];
    }
}
