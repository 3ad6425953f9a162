package io.srebench.sandbox.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.srebench.sandbox.ExecResult;
import io.srebench.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * The client path of the Kubernetes executor against fabric8's mock API server (no cluster): pods created and
 * deleted per second (the hardened pod spec, through the CRUD server), exec round trip of a command whose reply is
 * scripted (so the figure is the client's overhead: websocket upgrade, channel framing, status, caps), and a whole
 * sandbox open (create, wait, upload a 1 MiB snapshot, wait) + close.
 *
 * <pre>scripts/bench.sh KubernetesBench [PODS] [EXECS]</pre>
 */
public final class KubernetesBench {
    private KubernetesBench() {
    }

    public static void main(String[] args) throws Exception {
        int podCount = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int execCount = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path root = Files.createTempDirectory("k8s-bench");
        try (FakeKubelet kubelet = new FakeKubelet(root.resolve("pods")); KubernetesClient client = kubelet.client()) {
            KubernetesSettings settings = KubernetesSettings.of(null, "bench", "sandbox:bench", 4);
            SandboxOptions options = SandboxOptions.defaults();
            for (int round = 0; round < 2; round++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < podCount; i++) {
                    Pod p = PodTemplate.pod("bench-" + round + "-" + i, "bench", PodTemplate.labels(1, i), settings, options);
                    client.pods().inNamespace("bench").resource(p).create();
                    client.pods().inNamespace("bench").withName(p.getMetadata().getName()).withGracePeriod(0).delete();
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "%s pods created+deleted: %d in %.2f s = %.0f pods/s%n",
                        round == 0 ? "warm-up" : "measured", podCount, secs, podCount / secs);
            }
            Path snap = Files.createDirectories(root.resolve("snap/metrics"));
            Files.write(snap.resolve("cpu.tsv"), new byte[1024 * 1024]);
            kubelet.commands = r -> FakeKubelet.ExecReply.of("ok\n", "", 0);
            try (SandboxPods pods = new SandboxPods(client, settings, options)) {
                long[] opens = new long[10];
                for (int i = 0; i < opens.length; i++) {
                    long t = System.nanoTime();
                    pods.open(2, i, root.resolve("snap")).close();
                    opens[i] = System.nanoTime() - t;
                }
                System.out.printf(Locale.ROOT, "sandbox open+close (create, 1 MiB upload, delete): p50 %.1f ms%n",
                        pct(opens, 50) / 1e6);
                try (KubernetesSandbox s = pods.open(3, 1, root.resolve("snap"))) {
                    for (int i = 0; i < 30; i++) {
                        s.exec("true", Duration.ofSeconds(10));
                    }
                    long[] t = new long[execCount];
                    for (int i = 0; i < execCount; i++) {
                        long start = System.nanoTime();
                        ExecResult r = s.exec("true", Duration.ofSeconds(10));
                        t[i] = System.nanoTime() - start;
                        if (r.exitCode() != 0) {
                            throw new IllegalStateException("exec failed: " + r);
                        }
                    }
                    System.out.printf(Locale.ROOT, "exec round trip (scripted reply, %d runs): p50 %.2f ms, p99 %.2f ms%n",
                            execCount, pct(t, 50) / 1e6, pct(t, 99) / 1e6);
                }
            }
        }
    }

    private static double pct(long[] v, int p) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }
}
