package io.srebench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.srebench.agent.LoopConfig;
import io.srebench.common.UserDirs;
import io.srebench.score.ScoreVariant;
import io.srebench.sandbox.SandboxFactory;
import io.srebench.sandbox.SandboxOptions;
import io.srebench.sandbox.kubernetes.FakeKubelet;
import io.srebench.sandbox.kubernetes.KubernetesSettings;
import io.srebench.sandbox.kubernetes.LocalKubeletCommands;
import io.srebench.sandbox.kubernetes.PodTemplate;
import io.srebench.sandbox.kubernetes.SandboxPods;
import io.srebench.store.SqliteStore;
import io.srebench.trajectory.RunStatus;
import io.srebench.trajectory.TrajectoryIO;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline baselines give the same transcripts and scores whether their sandboxes run locally or as pods (fabric8's
 * mock API server with a fake kubelet that runs each pod's commands in a local sandbox on the snapshot it was sent),
 * and no pod outlives its session.
 */
class KubernetesExecutorEndToEndTest {
    private static final List<String> TIMING = List.of("startedAt", "endedAt", "modelLatencyMs", "toolTimeMs", "durationMs");

    @TempDir
    static Path shared;
    @TempDir
    Path tmp;

    /** One workbench per class: the generated snapshots are made once. */
    private static Workbench workbench() {
        UserDirs dirs = new UserDirs(Map.of("SREBENCH_CACHE_DIR", shared.resolve("cache").toString(),
                "SREBENCH_CONFIG_DIR", shared.resolve("config").toString()), "linux", shared);
        return new Workbench(Path.of(System.getProperty("user.dir"), "tasks"), dirs);
    }

    @Test
    void localAndKubernetesExecutorsGiveIdenticalTranscriptsAndScores() throws Exception {
        assumeTrue(SandboxFactory.bwrapAvailable() || SandboxFactory.bwrapRequired(), "no bubblewrap for the fake kubelet");
        Workbench wb = workbench();
        List<String> tasks = wb.catalog().ids().subList(0, 1);
        BenchmarkSpec spec = new BenchmarkSpec("parity", tasks, List.of(wb.agent("oracle"), wb.agent("alert-echo")), 1, 2,
                2, 20, ScoreVariant.SET);
        try (SqliteStore store = SqliteStore.open(tmp.resolve("runs.db"));
             FakeKubelet kubelet = new FakeKubelet(tmp.resolve("pods"));
             LocalKubeletCommands runtime = new LocalKubeletCommands();
             KubernetesClient client = kubelet.client()) {
            kubelet.commands = runtime;
            BenchmarkRunner local = new BenchmarkRunner(store, wb.sessions(LoopConfig.DEFAULT, w -> { }));
            long localId = local.create(spec);
            local.start(localId, null).await();

            AgentSessionExecutor sessions = wb.sessions(LoopConfig.DEFAULT, w -> { });
            BenchmarkRunner onPods = new BenchmarkRunner(store, sessions);
            long podsId = onPods.create(spec);
            try (SandboxPods pods = new SandboxPods(client, KubernetesSettings.of(null, "bench", "sandbox:test", 2),
                    SandboxOptions.defaults())) {
                wb.onPods(sessions, pods, podsId);
                onPods.start(podsId, null).await();
                assertTrue(pods.livePods().isEmpty(), "pods left open: " + pods.livePods());
            }
            assertTrue(client.pods().inNamespace("bench").withLabel(PodTemplate.MANAGED_BY, PodTemplate.MANAGER).list()
                    .getItems().isEmpty(), "a pod outlived its session");

            Map<String, RunSummary> a = byTaskAndAgent(store, localId);
            Map<String, RunSummary> b = byTaskAndAgent(store, podsId);
            assertEquals(a.keySet(), b.keySet());
            for (String key : a.keySet()) {
                RunSummary l = a.get(key);
                RunSummary k = b.get(key);
                assertEquals(RunStatus.DONE, l.status(), key + " local: " + l.error());
                assertEquals(RunStatus.DONE, k.status(), key + " kubernetes: " + k.error());
                assertEquals("kubernetes", k.sandbox());
                assertEquals(l.score(), k.score(), key);
                assertEquals(transcript(store, l.id()), transcript(store, k.id()), key);
            }
        }
    }

    @Test
    void aLostExecStreamErrorsTheRunRetryablyAndCancelLeavesNoPod() throws Exception {
        Workbench wb = workbench();
        BenchmarkSpec spec = new BenchmarkSpec("errors", wb.catalog().ids().subList(0, 1), List.of(wb.agent("alert-echo")),
                1, 1, 1, 20, ScoreVariant.SET);
        try (SqliteStore store = SqliteStore.open(tmp.resolve("runs.db"));
             FakeKubelet kubelet = new FakeKubelet(tmp.resolve("pods"));
             LocalKubeletCommands runtime = new LocalKubeletCommands();
             KubernetesClient client = kubelet.client();
             SandboxPods pods = new SandboxPods(client, KubernetesSettings.of(null, "bench", "sandbox:test", 2),
                     SandboxOptions.defaults())) {
            kubelet.commands = runtime;
            kubelet.scenario = FakeKubelet.Scenario.EXEC_STREAM_LOST;
            AgentSessionExecutor sessions = wb.sessions(LoopConfig.DEFAULT, w -> { });
            BenchmarkRunner runner = new BenchmarkRunner(store, sessions);
            long id = runner.create(spec);
            wb.onPods(sessions, pods, id);
            runner.start(id, null).await();
            RunSummary errored = store.list(RunQuery.all()).get(0);
            assertEquals(RunStatus.ERRORED, errored.status());
            assertTrue(errored.error().matches(".*kubernetes: pod srebench-b" + id + "-r" + errored.id()
                    + "-[0-9a-f]{6}: exec stream lost.*") && !errored.error().contains("\n"), errored.error());
            assertNoPods(client);

            kubelet.scenario = FakeKubelet.Scenario.NORMAL;
            assertEquals(1, runner.recover(id, true));
            runner.start(id, null).await();
            assertEquals(RunStatus.DONE, store.run(errored.id()).orElseThrow().status());
            assertNoPods(client);

            // cancel while a command runs in the pod: the session stops and its pod is deleted
            java.util.concurrent.CountDownLatch inPod = new java.util.concurrent.CountDownLatch(1);
            kubelet.commands = r -> {
                inPod.countDown();
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return runtime.apply(r);
            };
            long second = runner.create(spec);
            wb.onPods(sessions, pods, second);
            BenchmarkRunner.Handle h = runner.start(second, null);
            assertTrue(inPod.await(60, java.util.concurrent.TimeUnit.SECONDS));
            h.cancel();
            h.await();
            assertTrue(store.list(RunQuery.ofBenchmark(second)).stream()
                    .noneMatch(r -> r.status() == RunStatus.DONE), "the cancelled run finished");
            assertNoPods(client);
            assertTrue(pods.livePods().isEmpty());
        }
    }

    private static void assertNoPods(KubernetesClient client) {
        assertTrue(client.pods().inNamespace("bench").list().getItems().isEmpty(), "a pod outlived its session");
    }

    static Map<String, RunSummary> byTaskAndAgent(SqliteStore store, long benchmark) {
        Map<String, RunSummary> m = new TreeMap<>();
        for (RunSummary r : store.list(RunQuery.ofBenchmark(benchmark))) {
            m.put(r.taskId() + "/" + r.agent(), r);
        }
        return m;
    }

    /** The run's turns without wall-clock fields. */
    static List<String> transcript(SqliteStore store, long run) throws Exception {
        List<String> turns = new ArrayList<>();
        for (TurnRecord t : store.turns(run)) {
            JsonNode n = TrajectoryIO.MAPPER.readTree(t.json());
            stripTiming(n);
            turns.add(n.toString());
        }
        assertTrue(!turns.isEmpty(), "run " + run + " has no turns");
        return turns;
    }

    private static void stripTiming(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.remove(TIMING);
        }
        for (Iterator<JsonNode> it = n.elements(); it.hasNext();) {
            stripTiming(it.next());
        }
    }
}
