package io.srebench.run;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.srebench.agent.LoopConfig;
import io.srebench.common.UserDirs;
import io.srebench.score.ScoreVariant;
import io.srebench.sandbox.SandboxOptions;
import io.srebench.sandbox.kubernetes.FakeKubelet;
import io.srebench.sandbox.kubernetes.KubernetesSettings;
import io.srebench.sandbox.kubernetes.LocalKubeletCommands;
import io.srebench.sandbox.kubernetes.SandboxPods;
import io.srebench.store.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The offline baselines on every public task, once with local sandboxes and once as pods on fabric8's mock API
 * server (the fake kubelet runs each pod's commands in a local sandbox on the snapshot it was sent); prints how many
 * runs have identical transcripts (wall-clock fields aside) and scores, and names any that differ.
 *
 * <pre>scripts/bench.sh KubernetesParityBench [AGENTS]</pre>
 */
public final class KubernetesParityBench {
    private KubernetesParityBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> agents = List.of((args.length > 0 ? args[0] : "oracle,alert-echo").split(","));
        Path dir = Files.createTempDirectory("k8s-parity");
        Workbench wb = new Workbench(Path.of(System.getProperty("user.dir"), "tasks"), new UserDirs(Map.of(
                "SREBENCH_CACHE_DIR", dir.resolve("cache").toString(), "SREBENCH_CONFIG_DIR", dir.resolve("config").toString()),
                "linux", dir));
        BenchmarkSpec spec = new BenchmarkSpec("parity", wb.catalog().ids(), agents.stream().map(wb::agent).toList(), 1, 2,
                2, 100, ScoreVariant.SET);
        try (SqliteStore store = SqliteStore.open(dir.resolve("runs.db"));
             FakeKubelet kubelet = new FakeKubelet(dir.resolve("pods"));
             LocalKubeletCommands runtime = new LocalKubeletCommands();
             KubernetesClient client = kubelet.client();
             SandboxPods pods = new SandboxPods(client, KubernetesSettings.of(null, "parity", "sandbox:parity", 2),
                     SandboxOptions.defaults())) {
            kubelet.commands = runtime;
            long t0 = System.nanoTime();
            BenchmarkRunner local = new BenchmarkRunner(store, wb.sessions(LoopConfig.DEFAULT, w -> { }));
            long localId = local.create(spec);
            local.start(localId, null).await();
            long t1 = System.nanoTime();
            AgentSessionExecutor sessions = wb.sessions(LoopConfig.DEFAULT, w -> { });
            BenchmarkRunner onPods = new BenchmarkRunner(store, sessions);
            long podsId = onPods.create(spec);
            wb.onPods(sessions, pods, podsId);
            onPods.start(podsId, null).await();
            long t2 = System.nanoTime();
            Map<String, RunSummary> a = KubernetesExecutorEndToEndTest.byTaskAndAgent(store, localId);
            Map<String, RunSummary> b = KubernetesExecutorEndToEndTest.byTaskAndAgent(store, podsId);
            int sameScore = 0;
            int sameTranscript = 0;
            for (String key : a.keySet()) {
                RunSummary l = a.get(key);
                RunSummary k = b.get(key);
                boolean score = k != null && l.status() == k.status() && java.util.Objects.equals(l.score(), k.score());
                boolean transcript = k != null && KubernetesExecutorEndToEndTest.transcript(store, l.id())
                        .equals(KubernetesExecutorEndToEndTest.transcript(store, k.id()));
                sameScore += score ? 1 : 0;
                sameTranscript += transcript ? 1 : 0;
                if (!score || !transcript) {
                    System.out.println("DIFFERS " + key + ": local " + l.status() + " " + l.score() + ", kubernetes "
                            + (k == null ? "missing" : k.status() + " " + k.score() + " " + k.error()));
                }
            }
            System.out.printf(java.util.Locale.ROOT, "%d tasks x %s: identical scores %d/%d, identical transcripts %d/%d;"
                    + " local %.0f s, pods on the mock %.0f s%n", wb.catalog().size(), agents, sameScore, a.size(),
                    sameTranscript, a.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        }
    }
}
